// Export, restore and erase: one snapshot out, all-or-nothing merge in.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '$lib/messages/common.en';
import { makeBackup, parseBackup, type Backup, type BackupData } from '$lib/core/backup';
import type { SessionRecord } from '$lib/core/model';
import * as active from './active';
import * as episodes from './episodes';
import { clearAll, exportAll, importBackup } from './backup';
import { onDataChange } from './broadcast';
import * as journal from './journal';
import * as programs from './programs';
import * as routines from './routines';
import * as sessions from './sessions';
import { setSetting } from './settings';
import { getStorageStatus } from './status';
import { entry, episode, freshStorage, program, routine, session, T0, timeline } from './testing';
import { storedCount, storedSettings } from './testing';

beforeEach(freshStorage);
afterEach(() => {
	vi.restoreAllMocks();
});

const NOW = Date.UTC(2024, 6, 1);

function backupOf(data: Partial<BackupData>): Backup {
	return makeBackup(
		{ sessions: [], journal: [], routines: [], programs: [], episodes: [], settings: {}, ...data },
		NOW
	);
}

async function exported(): Promise<Backup> {
	const result = await exportAll(NOW);
	if (!result.ok) throw result.error;
	return result.backup;
}

async function seed(): Promise<void> {
	for (let i = 0; i < 3; i++) await sessions.put(session(i));
	await journal.put(entry('2024-05-01'));
	await routines.put(routine('r1'));
	await programs.put(program('p1'));
	await episodes.put(episode('e1'));
	await setSetting('pref.voice', false);
	// Kept by an older restore: not a setting Limber uses, so no backup carries it on.
	await setSetting('constructor', 'dark');
	await setSetting('device.persistRequestedAt', NOW);
	await active.saveActive(timeline('run'));
}

describe('exportAll', () => {
	it('exports everything except device settings, unknown ones and the running session', async () => {
		await seed();
		const backup = await exported();
		expect(backup).toMatchObject({
			app: 'limber',
			format: 1,
			exportedAt: '2024-07-01T00:00:00.000Z'
		});
		expect(backup.sessions.map((s) => s.id)).toEqual(['s00000', 's00001', 's00002']);
		expect(backup.journal).toEqual([entry('2024-05-01')]);
		expect(backup.routines).toEqual([routine('r1')]);
		expect(backup.programs).toEqual([program('p1')]);
		expect(backup.episodes).toEqual([episode('e1')]);
		expect(backup.settings).toEqual({ 'pref.voice': false });
		expect(backup).not.toHaveProperty('active');
	});

	it('round-trips through a file into an empty device', async () => {
		await seed();
		const text = JSON.stringify(await exported());
		await freshStorage();
		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const result = await importBackup(parsed.backup);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.counts.sessions).toEqual({
			added: 3,
			updated: 0,
			unchanged: 0,
			kept: 0,
			builtIn: 0
		});
		expect(result.counts.settings.added).toBe(1);
		expect(await storedCount('sessions')).toBe(3);
		expect(await routines.get('r1')).toEqual(routine('r1'));
		expect(await episodes.all()).toEqual([episode('e1')]);
		expect(await storedSettings()).toEqual({ 'pref.voice': false });
	});

	it('exports 10,000 sessions completely', async () => {
		const many: SessionRecord[] = Array.from({ length: 10_000 }, (_, i) => session(i));
		const result = await importBackup(backupOf({ sessions: many }));
		expect(result.ok && result.counts.sessions.added).toBe(10_000);
		const backup = await exported();
		expect(backup.sessions).toHaveLength(10_000);
		expect(parseBackup(JSON.stringify(backup)).ok).toBe(true);
		// A volume test on fake IndexedDB: seconds on a busy shared machine.
	}, 30_000);
});

describe('importBackup merges', () => {
	it('by id without duplicates, keeping the newer copy of edited records', async () => {
		await sessions.put(session(1));
		await sessions.put(session(2, { note: 'here' }));
		await journal.put(entry('2024-05-01', { pain: 7, updatedAt: T0 + 10 }));
		await journal.put(entry('2024-05-02', { pain: 7, updatedAt: T0 }));
		await routines.put(
			routine('r1', { title: 'Newer here', updatedAt: '2024-06-01T00:00:00.000Z' })
		);
		await setSetting('pref.voice', true);
		await episodes.put(
			episode('e1', { endDay: '2024-05-05', endReason: 'settled', updatedAt: T0 + 10 })
		);

		const result = await importBackup(
			backupOf({
				sessions: [session(1), session(2, { note: 'from backup' }), session(3)],
				journal: [
					entry('2024-05-01', { pain: 2, updatedAt: T0 }), // older than ours: kept ours
					entry('2024-05-02', { pain: 2, updatedAt: T0 + 10 }) // newer: taken
				],
				routines: [routine('r1', { title: 'Older in backup' }), routine('r2')],
				episodes: [episode('e1'), episode('e2', { startDay: '2024-06-01' })],
				settings: { 'pref.voice': false, 'device.persistRequestedAt': 1 }
			})
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.counts).toEqual({
			sessions: { added: 1, updated: 1, unchanged: 1, kept: 0, builtIn: 0 },
			journal: { added: 0, updated: 1, unchanged: 0, kept: 1, builtIn: 0 },
			routines: { added: 1, updated: 0, unchanged: 0, kept: 1, builtIn: 0 },
			programs: { added: 0, updated: 0, unchanged: 0, kept: 0, builtIn: 0 },
			episodes: { added: 1, updated: 0, unchanged: 0, kept: 1, builtIn: 0 },
			settings: { added: 0, updated: 1, unchanged: 0, kept: 0, builtIn: 0 }
		});
		expect(result.persisted).toBe(true);
		expect(await storedCount('sessions')).toBe(3);
		expect((await sessions.get('s00002'))?.note).toBe('from backup');
		expect((await journal.get('2024-05-01'))?.pain).toBe(7);
		expect((await journal.get('2024-05-02'))?.pain).toBe(2);
		expect((await routines.get('r1'))?.title).toBe('Newer here');
		// The episode ended here after the backup was made stays ended.
		expect((await episodes.all()).find((e) => e.id === 'e1')?.endDay).toBe('2024-05-05');
		expect((await episodes.all()).find((e) => e.id === 'e2')?.startDay).toBe('2024-06-01');
		expect(await storedSettings()).toEqual({ 'pref.voice': false });
	});

	it('importing the same backup twice changes nothing the second time', async () => {
		const backup = backupOf({ sessions: [session(1), session(2)], journal: [entry('2024-05-01')] });
		await importBackup(backup);
		const heard = vi.fn();
		onDataChange(heard);
		const again = await importBackup(backup);
		expect(again.ok && again.counts.sessions).toEqual({
			added: 0,
			updated: 0,
			unchanged: 2,
			kept: 0,
			builtIn: 0
		});
		expect(await storedCount('sessions')).toBe(2);
		expect(heard).not.toHaveBeenCalled();
	});

	it('announces each store it changed', async () => {
		const heard = vi.fn();
		onDataChange(heard);
		await importBackup(backupOf({ sessions: [session(1)], programs: [program('p')] }));
		expect(heard.mock.calls.map((c) => c[0])).toEqual([
			{ store: 'sessions', op: 'import' },
			{ store: 'programs', op: 'import' }
		]);
	});
});

describe('importBackup of a backup from before built-ins lost their titles', () => {
	const iced = session(1, { kind: 'timer', sourceId: 'ice-20', title: 'Ice 20 / 20' });
	const own = session(2, { sourceId: 'r-mine', title: 'My evening stretch' });
	const gone = session(3, { sourceId: 'no-longer-built-in', title: 'Old routine' });

	it('keeps a built-in’s session by its ids alone, and every other title as it was', async () => {
		const result = await importBackup(backupOf({ sessions: [iced, own, gone] }));
		expect(result.ok && result.counts.sessions.added).toBe(3);
		expect(await sessions.all()).toEqual([{ ...iced, title: '' }, own, gone]);
	});

	it('finds the same session already here unchanged, so an old copy rewrites nothing', async () => {
		await sessions.put(iced);
		expect((await sessions.get(iced.id))?.title).toBe('');
		const again = await importBackup(backupOf({ sessions: [iced] }));
		expect(again.ok && again.counts.sessions).toEqual({
			added: 0,
			updated: 0,
			unchanged: 1,
			kept: 0,
			builtIn: 0
		});
	});

	it('reads an old backup file, titles and all', async () => {
		const file = JSON.stringify(backupOf({ sessions: [iced, own] }));
		const parsed = parseBackup(file);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.backup.sessions.map((r) => r.title)).toEqual([
			'Ice 20 / 20',
			'My evening stretch'
		]);
		expect((await importBackup(parsed.backup)).ok).toBe(true);
		expect((await sessions.all()).map((r) => r.title)).toEqual(['', 'My evening stretch']);
	});
});

describe('importBackup by edit time', () => {
	it('an older backup never replaces a note edited since, nor deletes one added since', async () => {
		await sessions.put(session(1, { note: 'edited later', updatedAt: NOW }));
		await sessions.put(session(2, { note: 'added since', updatedAt: NOW }));
		const old = backupOf({
			sessions: [
				session(1, { note: 'first note', updatedAt: NOW - 60_000 }),
				session(2, { painAfter: 1 })
			]
		});
		const result = await importBackup(old);
		expect(result.ok && result.counts.sessions).toMatchObject({ kept: 2, updated: 0 });
		expect((await sessions.get('s00001'))?.note).toBe('edited later');
		expect((await sessions.get('s00002'))?.note).toBe('added since');
	});

	it('a newer backup copy wins, and keeps a field only this device had', async () => {
		await sessions.put(session(1, { note: 'mine', painAfter: undefined, updatedAt: NOW - 1 }));
		const newer = backupOf({
			sessions: [{ ...session(1, { painAfter: 2, updatedAt: NOW }), note: undefined }]
		});
		const result = await importBackup(JSON.parse(JSON.stringify(newer)) as Backup);
		expect(result.ok && result.counts.sessions).toMatchObject({ updated: 1 });
		expect(await sessions.get('s00001')).toMatchObject({ note: 'mine', painAfter: 2 });
	});

	it('cannot replace or shadow a built-in routine or program, and dates what it brings', async () => {
		const rules = {
			builtIn: { routines: new Set(['spasm-relief']), programs: new Set(['ice-20']) },
			now: '2024-07-01T00:00:00.000Z'
		};
		const { updatedAt: _u, ...undated } = routine('mine');
		const result = await importBackup(
			backupOf({
				routines: [routine('spasm-relief'), undated],
				programs: [program('ice-20')]
			}),
			rules
		);
		expect(result.ok && result.counts.routines).toMatchObject({ added: 1, builtIn: 1 });
		expect(result.ok && result.counts.programs).toMatchObject({ added: 0, builtIn: 1 });
		expect((await routines.list()).map((r) => [r.id, r.updatedAt])).toEqual([
			['mine', '2024-07-01T00:00:00.000Z']
		]);
		expect(await programs.list()).toEqual([]);
	});
});

describe('importBackup is all or nothing', () => {
	async function snapshot(): Promise<unknown> {
		return (await exportAll(NOW)).ok ? await exported() : null;
	}

	it('an invalid record in the middle: refused when the file is read, before anything changes', async () => {
		await seed();
		const before = await snapshot();
		const bad = backupOf({
			sessions: [session(10), session(11, { painBefore: 42 }), session(12)],
			journal: [entry('2024-05-09')]
		});
		// The one check a restore makes: reading the file. importBackup takes what it accepted.
		const result = parseBackup(JSON.stringify(bad));
		expect(result.ok).toBe(false);
		expect(result).toMatchObject({ problem: 'invalid', invalid: { sessions: 1 } });
		expect(await snapshot()).toEqual(before);
	});

	it('a transaction that fails part-way through writes nothing', async () => {
		await seed();
		const before = await snapshot();
		const realPut = IDBObjectStore.prototype.put;
		let calls = 0;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			if (++calls === 50) throw new DOMException('disk error', 'UnknownError');
			return realPut.apply(this, args);
		});
		const result = await importBackup(
			backupOf({ sessions: Array.from({ length: 100 }, (_, i) => session(100 + i)) })
		);
		expect(calls).toBe(50);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.code).toBe('failed');
			expect(en.storage.said(result.error.said)).toMatch(/Nothing was changed/);
		}
		vi.restoreAllMocks();
		expect(await snapshot()).toEqual(before);
		// A failed restore is reported, not papered over with memory.
		expect(getStorageStatus().persistent).toBe(true);
	});

	it('a transaction aborted after its writes were queued writes nothing', async () => {
		await seed();
		const before = await snapshot();
		const realPut = IDBObjectStore.prototype.put;
		const puts = new WeakMap<IDBTransaction, number>();
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			const request = realPut.apply(this, args);
			const n = (puts.get(this.transaction) ?? 0) + 1;
			puts.set(this.transaction, n);
			// Something outside our code (the browser, a closing tab) aborts it mid-way, every time.
			if (n === 3) this.transaction.abort();
			return request;
		});
		const result = await importBackup(
			backupOf({ sessions: [session(20), session(21), session(22), session(23)] })
		);
		expect(result.ok).toBe(false);
		vi.restoreAllMocks();
		expect(await snapshot()).toEqual(before);
	});

	it('running out of space reports "quota" and changes nothing', async () => {
		await seed();
		const before = await snapshot();
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const result = await importBackup(backupOf({ sessions: [session(30)] }));
		expect(!result.ok && result.error.code).toBe('quota');
		vi.restoreAllMocks();
		expect(await snapshot()).toEqual(before);
	});
});

describe('clearAll', () => {
	it('empties every store and announces it', async () => {
		await seed();
		const heard = vi.fn();
		onDataChange(heard);
		expect((await clearAll()).ok).toBe(true);
		expect(await storedCount('sessions')).toBe(0);
		expect(await journal.all()).toEqual([]);
		expect(await routines.list()).toEqual([]);
		expect(await programs.list()).toEqual([]);
		expect(await storedSettings()).toEqual({});
		expect(await active.listActive()).toEqual([]);
		expect(await episodes.all()).toEqual([]);
		expect(heard).toHaveBeenCalledTimes(7);
	});
});

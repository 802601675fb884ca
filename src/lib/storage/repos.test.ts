// Repository behaviour against a real (fake) IndexedDB: CRUD, validation, paging order.
import fc from 'fast-check';
import en from '$lib/messages/common.en';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionRecord } from '$lib/core/model';
import * as active from './active';
import { onDataChange } from './broadcast';
import { openLimberDb } from './db';
import * as journal from './journal';
import * as programs from './programs';
import * as routines from './routines';
import * as sessions from './sessions';
import { getSetting, setSetting } from './settings';
import { getStorageStatus } from './status';
import { entry, freshStorage, program, routine, session, T0, timeline } from './testing';
import { storedCount, storedSettings } from './testing';

beforeEach(freshStorage);

/** Walks every page and returns the records in the order the history screen would show them. */
async function walk(limit: number): Promise<SessionRecord[]> {
	const seen: SessionRecord[] = [];
	let page = await sessions.listPage({ limit });
	for (;;) {
		expect(page.records.length).toBeLessThanOrEqual(limit);
		seen.push(...page.records);
		if (!page.next) return seen;
		expect(page.records.length).toBe(limit);
		page = await sessions.listPage({ ...page.next, limit });
	}
}

const newestFirst = (a: SessionRecord, b: SessionRecord) =>
	b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1);

describe('sessions', () => {
	it('saves, reads, replaces and removes a record', async () => {
		const s = session(1);
		expect(await sessions.put(s)).toEqual({ ok: true, persisted: true });
		expect(await sessions.get(s.id)).toEqual(s);

		expect((await sessions.put({ ...s, note: 'felt looser' })).ok).toBe(true);
		expect((await sessions.get(s.id))?.note).toBe('felt looser');
		expect(await storedCount('sessions')).toBe(1);

		expect((await sessions.remove(s.id)).ok).toBe(true);
		expect(await sessions.get(s.id)).toBeUndefined();
		expect(await storedCount('sessions')).toBe(0);
	});

	it('refuses an invalid record with a readable message and writes nothing', async () => {
		const result = await sessions.put(session(1, { painAfter: 11 }));
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.code).toBe('invalid');
			expect(en.storage.said(result.error.said)).toMatch(/session couldn't be saved/);
			expect(String(result.error.cause)).toMatch(/painAfter/);
		}
		expect(await storedCount('sessions')).toBe(0);
		expect(getStorageStatus().persistent).toBe(true);
	});

	it('stores a copy: later changes to the caller’s object do not leak in', async () => {
		const s = session(1);
		await sessions.put(s);
		s.title = 'mutated';
		expect((await sessions.get('s00001'))?.title).toBe('Morning mobility');
	});

	it('drops fields the schema does not know', async () => {
		await sessions.put({ ...session(1), extra: 'x' } as SessionRecord);
		expect(await sessions.get('s00001')).not.toHaveProperty('extra');
	});

	it('lists newest first in pages, with no gaps or repeats across equal start times', async () => {
		// 30 sessions in 10 distinct start times: ties straddle page boundaries.
		const all = Array.from({ length: 30 }, (_, i) =>
			session(i, {
				id: `x${(i * 7) % 30}`,
				startedAt: T0 + Math.floor(i / 3) * 1_000,
				endedAt: T0 + 1e7
			})
		);
		for (const s of [...all].reverse()) await sessions.put(s);
		const expected = [...all].sort(newestFirst).map((s) => s.id);
		for (const limit of [1, 2, 4, 7, 30, 50]) {
			expect((await walk(limit)).map((s) => s.id)).toEqual(expected);
		}
	});

	it('pages consistently for any start times and page size', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uniqueArray(
					fc.record({
						id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
						t: fc.integer({ min: 0, max: 5 })
					}),
					{
						selector: (r) => r.id,
						maxLength: 25
					}
				),
				fc.integer({ min: 1, max: 8 }),
				async (rows, limit) => {
					await freshStorage();
					const records = rows.map((r, i) =>
						session(i, { id: r.id, startedAt: T0 + r.t, endedAt: T0 + 10 })
					);
					for (const r of records) await sessions.put(r);
					const got = await walk(limit);
					expect(got.map((s) => s.id)).toEqual([...records].sort(newestFirst).map((s) => s.id));
				}
			),
			{ numRuns: 40 }
		);
	});

	it('a nonsense cursor gives an empty page and leaves storage alone', async () => {
		await sessions.put(session(1));
		expect(await sessions.listPage({ before: NaN })).toEqual({ records: [], next: null });
		expect(getStorageStatus().persistent).toBe(true);
	});

	it('`before` alone returns sessions strictly earlier', async () => {
		for (let i = 0; i < 5; i++) await sessions.put(session(i));
		const page = await sessions.listPage({ before: session(3).startedAt, limit: 10 });
		expect(page.records.map((s) => s.id)).toEqual(['s00002', 's00001', 's00000']);
		expect(page.next).toBeNull();
	});

	it('reads many sessions in order across its slices, however many share a start time', async () => {
		// 1,400 sessions: runs of equal start times that straddle the 500-record slices, and one
		// run of 700 longer than a slice. One transaction, so the setup stays quick.
		const runOf = (i: number) => (i < 400 ? Math.floor(i / 7) : i < 1100 ? 400 : 400 + i);
		const records = Array.from({ length: 1400 }, (_, i) =>
			session(i, { id: `x${String((i * 7919) % 1400).padStart(4, '0')}`, startedAt: T0 + runOf(i) })
		);
		const tx = (await openLimberDb()).transaction('sessions', 'readwrite');
		await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);

		const oldestFirst = [...records]
			.sort(newestFirst)
			.reverse()
			.map((s) => s.id);
		expect((await sessions.all()).map((s) => s.id)).toEqual(oldestFirst);
		const from = T0 + 100;
		const to = T0 + 1300;
		expect((await sessions.inRange(from, to)).map((s) => s.id)).toEqual(
			[...records]
				.filter((s) => s.startedAt >= from && s.startedAt < to)
				.sort(newestFirst)
				.reverse()
				.map((s) => s.id)
		);
	});

	it('reads everything for export, oldest first', async () => {
		for (const i of [4, 0, 2, 1, 3]) await sessions.put(session(i));
		expect((await sessions.all()).map((s) => s.id)).toEqual([
			's00000',
			's00001',
			's00002',
			's00003',
			's00004'
		]);
	});
});

describe('journal', () => {
	it('keeps one entry per day and reads ranges inclusively, oldest first', async () => {
		for (const d of ['2024-05-03', '2024-05-01', '2024-05-02', '2024-06-01']) {
			expect((await journal.put(entry(d))).ok).toBe(true);
		}
		await journal.put(entry('2024-05-02', { pain: 2, updatedAt: T0 + 1 }));
		expect((await journal.get('2024-05-02'))?.pain).toBe(2);
		expect((await journal.range('2024-05-01', '2024-05-03')).map((e) => e.date)).toEqual([
			'2024-05-01',
			'2024-05-02',
			'2024-05-03'
		]);
		expect(await journal.range('2024-06-02', '2024-06-01')).toEqual([]);
		expect(await journal.all()).toHaveLength(4);
		await journal.remove('2024-06-01');
		expect(await journal.get('2024-06-01')).toBeUndefined();
	});

	it('refuses impossible dates and out-of-range pain', async () => {
		expect((await journal.put(entry('2024-02-30'))).ok).toBe(false);
		expect((await journal.put(entry('2024-05-01', { pain: -1 }))).ok).toBe(false);
		expect(await journal.all()).toEqual([]);
	});
});

describe('routines and programs', () => {
	it('lists, gets, replaces and removes the user’s routines', async () => {
		await routines.put(routine('b'));
		await routines.put(routine('a'));
		expect((await routines.list()).map((r) => r.id)).toEqual(['a', 'b']);
		await routines.put(routine('a', { title: 'Evening' }));
		expect((await routines.get('a'))?.title).toBe('Evening');
		await routines.remove('a');
		expect(await routines.get('a')).toBeUndefined();
		expect(await routines.list()).toHaveLength(1);
	});

	it('still reads a routine or timer stored beyond the editor limits: only the door holds to them', async () => {
		// Kept by a restore before backups were held to the editor's limits: it must not vanish.
		const step = routine('x').steps[0]!;
		const long = routine('long', { steps: Array.from({ length: 100 }, () => step) });
		const many = program('many', { rounds: 50 });
		expect((await routines.put(long)).ok).toBe(true);
		expect((await programs.put(many)).ok).toBe(true);
		expect((await routines.list()).map((r) => r.id)).toEqual(['long']);
		expect(await programs.get('many')).toEqual(many);
	});

	it('lists, gets, replaces and removes the user’s programs', async () => {
		await programs.put(program('p1'));
		expect(await programs.get('p1')).toEqual(program('p1'));
		expect((await programs.put(program('p1', { rounds: 0 }))).ok).toBe(false);
		await programs.remove('p1');
		expect(await programs.list()).toEqual([]);
	});
});

describe('settings', () => {
	it('returns the fallback until set, and when the stored kind does not match', async () => {
		expect(await getSetting('volume', 0.5)).toBe(0.5);
		await setSetting('volume', 0.8);
		expect(await getSetting('volume', 0.5)).toBe(0.8);
		expect(await getSetting('volume', 'loud')).toBe('loud');
		expect(await getSetting('volume', [1])).toEqual([1]);

		await setSetting('voice', { on: true, rate: 1 });
		expect(await getSetting('voice', { on: false })).toEqual({ on: true, rate: 1 });
		const isSmall = (x: unknown): x is number => typeof x === 'number' && x < 0.5;
		expect(await getSetting('volume', 0.1, isSmall)).toBe(0.1);

		expect(await storedSettings()).toEqual({ volume: 0.8, voice: { on: true, rate: 1 } });

		// Without a guard the type widens (string, not 'light'); with one it is exactly the guard's.
		const theme: string = await getSetting('theme', 'light');
		expect(theme).toBe('light');
		const isTheme = (x: unknown): x is 'light' | 'dark' => x === 'light' || x === 'dark';
		await setSetting('theme', 'sepia');
		const checked: 'light' | 'dark' = await getSetting('theme', 'light', isTheme);
		expect(checked).toBe('light');
	});

	it('refuses values JSON cannot carry', async () => {
		for (const bad of [NaN, undefined, new Date(), { a: () => 1 }]) {
			const result = await setSetting('x', bad as never);
			expect(result.ok).toBe(false);
		}
		expect((await setSetting('__proto__', 1)).ok).toBe(false);
		expect(await storedSettings()).toEqual({});
	});
});

describe('active timeline', () => {
	it('saves on each event, resumes, and clears', async () => {
		const t = timeline('run-1');
		await active.saveActive(t);
		const paused = { ...t, events: [...t.events, { type: 'pause' as const, at: T0 + 5_000 }] };
		await active.saveActive(paused);
		expect(await active.getActive('run-1')).toEqual(paused);
		expect(await active.listActive()).toEqual([paused]);
		await active.clearActive('run-1');
		expect(await active.getActive('run-1')).toBeUndefined();
		expect(await active.listActive()).toEqual([]);
	});
});

describe('change notifications', () => {
	it('fire after each committed write in this tab, with store, op and key', async () => {
		const heard = vi.fn();
		const stop = onDataChange(heard);
		await sessions.put(session(1));
		await journal.remove('2024-05-01');
		await setSetting('theme', 'dark');
		await sessions.put(session(2, { painBefore: 99 }));
		stop();
		await sessions.put(session(3));
		expect(heard.mock.calls).toEqual([
			[{ store: 'sessions', op: 'put', key: 's00001' }, false],
			[{ store: 'journal', op: 'delete', key: '2024-05-01' }, false],
			[{ store: 'settings', op: 'put', key: 'theme' }, false]
		]);
	});
});

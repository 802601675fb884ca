// When IndexedDB is missing or fails, the app keeps working in memory and says it isn't saving;
// once the disk works again, the next write (or Try again) takes back what the memory kept.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '$lib/messages/common.en';
import { endSession, saveActive } from './active';
import { idbBackend, initStorage, reconnect } from './backend';
import { onDataChange, type DataChange } from './broadcast';
import * as journal from './journal';
import * as routines from './routines';
import * as sessions from './sessions';
import { getSetting, setSetting } from './settings';
import { getStorageStatus, subscribeStorageStatus, type StorageStatus } from './status';
import { entry, freshStorage, routine, session, storedCount, timeline } from './testing';

beforeEach(freshStorage);
afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

function watchStatus(): StorageStatus[] {
	const seen: StorageStatus[] = [];
	subscribeStorageStatus((s) => seen.push(s));
	return seen;
}

describe('without IndexedDB', () => {
	it('works in memory for this visit and reports it', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const seen = watchStatus();

		expect(await sessions.put(session(1))).toEqual({ ok: true, persisted: false });
		expect(await sessions.get('s00001')).toEqual(session(1));
		await sessions.put(session(2));
		expect((await sessions.listPage({ limit: 1 })).records.map((s) => s.id)).toEqual(['s00002']);
		expect(await storedCount('sessions')).toBe(2);
		await setSetting('theme', 'dark');
		expect(await getSetting('theme', 'light')).toBe('dark');

		expect(getStorageStatus()).toMatchObject({ persistent: false, reason: 'unavailable' });
		expect(en.storage.status(getStorageStatus().reason ?? 'error')).toMatch(
			/private browsing.*kept only until you close/
		);
		expect(seen.map((s) => s.persistent)).toEqual([true, false]);
	});

	it('when opening throws (private mode), reports "unavailable" without throwing', async () => {
		vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		expect(await initStorage()).toMatchObject({ persistent: false, reason: 'unavailable' });
		expect(await journal.all()).toEqual([]);
		expect((await journal.put(entry('2024-05-01'))).ok).toBe(true);
	});
});

describe('when the device runs out of space', () => {
	it('keeps what was saved visible, holds new writes in memory, and reports "quota"', async () => {
		await sessions.put(session(1));
		await journal.put(entry('2024-05-01'));
		expect(getStorageStatus().persistent).toBe(true);

		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const result = await sessions.put(session(2));
		expect(result).toEqual({ ok: true, persisted: false });
		expect(getStorageStatus()).toMatchObject({ persistent: false, reason: 'quota' });

		// Everything from before the failure is still there, and the new record with it.
		expect((await sessions.all()).map((s) => s.id)).toEqual(['s00001', 's00002']);
		expect(await journal.get('2024-05-01')).toEqual(entry('2024-05-01'));
		// While the disk still refuses, later writes are held in memory too.
		expect(await sessions.put(session(3))).toEqual({ ok: true, persisted: false });
		expect(put).toHaveBeenCalled();
		expect((await idbBackend.getAll('sessions')).map((s) => s.id)).toEqual(['s00001']);
	});
});

/** Makes every IndexedDB put throw, as a full disk does; returns the way back. */
function fillTheDisk() {
	const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
		throw new DOMException('full', 'QuotaExceededError');
	});
	return () => put.mockRestore();
}

describe('once the disk works again', () => {
	it('the next write takes back what the memory kept, once each, and the visit is saved again', async () => {
		await sessions.put(session(1));
		const freeSpace = fillTheDisk();
		await sessions.put(session(2));
		await sessions.put(session(2, { note: 'second thoughts' }));
		await setSetting('pref.voice', false);
		await journal.put(entry('2024-05-02'));
		expect(getStorageStatus().reason).toBe('quota');

		freeSpace();
		expect(await sessions.put(session(3))).toEqual({ ok: true, persisted: true });
		expect(getStorageStatus()).toEqual({ persistent: true });
		// On the disk itself, each record once, as last written.
		const onDisk = await idbBackend.getAll('sessions');
		expect(onDisk.map((s) => s.id)).toEqual(['s00001', 's00002', 's00003']);
		expect(onDisk[1]?.note).toBe('second thoughts');
		expect(await idbBackend.get('settings', 'pref.voice')).toBe(false);
		expect(await idbBackend.get('journal', '2024-05-02')).toEqual(entry('2024-05-02'));
		// And reads come from the disk again.
		expect(await sessions.get('s00003')).toEqual(session(3));
	});

	it('Try again (reconnect) takes it back too, and says so; while the disk still refuses, nothing changes', async () => {
		const freeSpace = fillTheDisk();
		await routines.put(routine('r1'));
		expect(getStorageStatus().persistent).toBe(false);

		// Still full: still in memory, with the same reason.
		expect(await reconnect()).toMatchObject({ persistent: false, reason: 'quota' });
		expect(await routines.get('r1')).toBeDefined();
		expect(await idbBackend.getAll('routines')).toEqual([]);

		freeSpace();
		const seen: DataChange[] = [];
		onDataChange((change) => seen.push(change));
		expect(await reconnect()).toEqual({ persistent: true });
		expect((await idbBackend.getAll('routines')).map((r) => r.id)).toEqual(['r1']);
		// Every tab hears that the routines changed, so their lists read the disk.
		expect(seen).toContainEqual({ store: 'routines', op: 'import' });
	});

	it('writes only what changed in memory: a record another tab saved meanwhile is not overwritten', async () => {
		await sessions.put(session(1));
		await journal.put(entry('2024-05-01'));
		const freeSpace = fillTheDisk();
		await journal.put(entry('2024-05-02'));
		expect(await journal.remove('2024-05-01')).toEqual({ ok: true, persisted: false });
		freeSpace();
		// Another tab, on the disk, while this one was in memory.
		await idbBackend.put('sessions', session(1, { note: 'from the other tab' }));

		expect(await setSetting('theme', 'dark')).toEqual({ ok: true, persisted: true });
		expect((await idbBackend.get('sessions', 's00001'))?.note).toBe('from the other tab');
		expect(await idbBackend.get('journal', '2024-05-01')).toBeUndefined();
		expect(await idbBackend.get('journal', '2024-05-02')).toBeDefined();
	});

	it('takes it back all or nothing: a hand-over the disk refuses halfway leaves the disk as it was', async () => {
		const freeSpace = fillTheDisk();
		await sessions.put(session(1));
		await journal.put(entry('2024-05-01'));
		freeSpace();
		// The disk takes sessions but not check-ins.
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			if (this.name === 'journal') throw new DOMException('full', 'QuotaExceededError');
			return put.apply(this, args);
		});
		expect(await reconnect()).toMatchObject({ persistent: false, reason: 'quota' });
		expect(await idbBackend.getAll('sessions')).toEqual([]);
		vi.restoreAllMocks();
		expect(await reconnect()).toEqual({ persistent: true });
		expect(await storedCount('sessions')).toBe(1);
		expect(await storedCount('journal')).toBe(1);
	});

	it('a write that must reach the disk is refused with the real reason while it is full, never kept in memory', async () => {
		await saveActive(timeline('s00001'));
		const freeSpace = fillTheDisk();
		await sessions.put(session(9));
		expect(getStorageStatus().persistent).toBe(false);

		const refused = await endSession(session(1));
		expect(refused.ok).toBe(false);
		if (!refused.ok) {
			expect(refused.error.code).toBe('quota');
			expect(en.storage.said(refused.error.said)).toMatch(/out of storage space/);
		}
		expect(await sessions.get('s00001')).toBeUndefined();

		freeSpace();
		const saved = await endSession(session(1));
		expect(saved.ok && saved.value.persisted).toBe(true);
		expect((await idbBackend.getAll('sessions')).map((s) => s.id)).toEqual(['s00001', 's00009']);
		expect(await idbBackend.getAll('active')).toEqual([]);
	});

	it('the memory lists what changed once each, as it stands, after an erase if there was one', async () => {
		const { MemoryBackend } = await import('./memory-backend');
		const memory = new MemoryBackend({
			sessions: [session(1)],
			journal: [],
			routines: [],
			programs: [],
			settings: {},
			active: [],
			episodes: []
		});
		await memory.put('sessions', session(2));
		await memory.put('sessions', session(2, { note: 'again' }));
		await memory.delete('sessions', 's00001');
		expect(memory.handover()).toMatchObject({
			cleared: false,
			put: { sessions: [['s00002', session(2, { note: 'again' })]] },
			deleted: { sessions: ['s00001'] }
		});
		await memory.clearAll();
		await memory.putSetting('theme', 'dark');
		expect(memory.handover()).toMatchObject({
			cleared: true,
			put: { sessions: [], settings: [['theme', 'dark']] },
			deleted: { sessions: [] }
		});
	});
});

describe('a write the browser refuses outright', () => {
	it('without IndexedDB, a write that must reach the disk says the browser refuses storage', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const refused = await endSession(session(1));
		expect(refused.ok).toBe(false);
		if (!refused.ok) {
			expect(refused.error.code).toBe('unavailable');
			expect(en.storage.said(refused.error.said)).toMatch(/isn't letting Limber save/);
		}
	});
});

describe('when the database fails in another way', () => {
	it('moves to memory with reason "error" and no exception reaches the caller', async () => {
		await sessions.put(session(1));
		vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
			throw new DOMException('boom', 'UnknownError');
		});
		expect(await sessions.remove('s00001')).toEqual({ ok: true, persisted: false });
		expect(getStorageStatus()).toMatchObject({ persistent: false, reason: 'error' });
		expect(await sessions.get('s00001')).toBeUndefined();
	});

	it('reads resolve to their fallback rather than throwing', async () => {
		vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(() => {
			throw new DOMException('boom', 'UnknownError');
		});
		await expect(sessions.get('nope')).resolves.toBeUndefined();
	});
});

// When IndexedDB is missing or fails, the app keeps working in memory and says it isn't saving.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initStorage } from './backend';
import * as journal from './journal';
import * as sessions from './sessions';
import { getSetting, setSetting } from './settings';
import { getStorageStatus, subscribeStorageStatus, type StorageStatus } from './status';
import { entry, freshStorage, session, storedCount } from './testing';

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
		expect(getStorageStatus().message).toMatch(/nothing will be kept/);
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

		put.mockRestore();
		// Everything from before the failure is still there, and the new record with it.
		expect((await sessions.all()).map((s) => s.id)).toEqual(['s00001', 's00002']);
		expect(await journal.get('2024-05-01')).toEqual(entry('2024-05-01'));
		// Later writes stay in memory for the rest of the visit, as the status says.
		expect(await sessions.put(session(3))).toEqual({ ok: true, persisted: false });
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

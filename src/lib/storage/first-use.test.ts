// Today's storage on first use: nothing saved means nothing loaded and no database created;
// once something is saved (here, in another tab, or in memory) every read finds it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as active from './active';
import { closeLimberDb } from './db';
import { DB_NAME } from './names';
import {
	journalRange,
	listActive,
	mayHaveData,
	openIfSaved,
	putJournal,
	resetFirstUseForTests
} from './first-use';
import * as journal from './journal';
import { getStorageStatus } from './status';
import { entry, freshStorage, timeline } from './testing';

beforeEach(freshStorage);
afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

const databaseNames = async () => (await indexedDB.databases()).map((db) => db.name);

/** A new page load in the same browser: the repositories are not in use yet. */
async function reload(): Promise<void> {
	await closeLimberDb();
	resetFirstUseForTests();
}

describe('before anything is saved', () => {
	it('reads find nothing and leave no database on the device', async () => {
		expect(await mayHaveData()).toBe(false);
		expect(await journalRange('2024-05-01', '2024-05-14')).toEqual([]);
		expect(await listActive()).toEqual([]);
		await openIfSaved();
		expect(await databaseNames()).not.toContain(DB_NAME);
		expect(getStorageStatus().persistent).toBe(true);
	});
});

describe('once something is saved', () => {
	it('the first check-in creates the database, and later visits read it back', async () => {
		const saved = entry('2024-05-03', { pain: 7 });
		expect(await putJournal(saved)).toEqual({ ok: true, persisted: true });
		expect(await databaseNames()).toContain(DB_NAME);
		expect(await journalRange('2024-05-01', '2024-05-14')).toEqual([saved]);

		await reload();
		expect(await mayHaveData()).toBe(true);
		expect(await journalRange('2024-05-01', '2024-05-14')).toEqual([saved]);
		expect(await journalRange('2024-06-01', '2024-06-14')).toEqual([]);
	});

	it('finds a session saved by the player or another tab', async () => {
		await active.saveActive(timeline('t1'));
		await reload();
		expect((await listActive()).map((t) => t.id)).toEqual(['t1']);
	});

	it('a problem with a saved database shows as soon as the app opens', async () => {
		await journal.put(entry('2024-05-03'));
		await reload();
		vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		await openIfSaved();
		expect(getStorageStatus()).toMatchObject({ persistent: false, reason: 'unavailable' });
	});
});

describe('when the browser cannot say what is stored', () => {
	it('without indexedDB.databases() it reads storage as before', async () => {
		await journal.put(entry('2024-05-03'));
		await reload();
		vi.spyOn(indexedDB, 'databases').mockRejectedValue(new DOMException('no', 'UnknownError'));
		expect(await mayHaveData()).toBe(true);
		expect(await journalRange('2024-05-01', '2024-05-14')).toEqual([entry('2024-05-03')]);
	});

	it('without IndexedDB at all, check-ins are kept in memory for the visit and read back', async () => {
		vi.stubGlobal('indexedDB', undefined);
		await openIfSaved();
		expect(getStorageStatus()).toMatchObject({ persistent: false, reason: 'unavailable' });
		expect(await putJournal(entry('2024-05-03'))).toEqual({ ok: true, persisted: false });
		expect(await journalRange('2024-05-01', '2024-05-14')).toEqual([entry('2024-05-03')]);
	});
});

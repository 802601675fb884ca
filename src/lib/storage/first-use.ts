// Storage on first use, for the screens a first visit shows (Today and the app shell).
//
// On a first visit nothing is saved yet, so there is nothing to read: these functions answer
// "nothing" without loading the storage code (idb, the schema's migrations, the repositories)
// and without creating a database. The first save, or any read once a database exists, goes
// to the real repositories. So the first screen downloads less, and merely opening Limber
// stores no health data on the device.
import type { JournalEntry, Timeline } from '$lib/core/model';
import type { WriteResult } from './errors';
import { DB_NAME } from './names';
import { getStorageStatus } from './status';

/** Set once this tab has used the real repositories: from then on, always use them. */
let inUse = false;

/**
 * Whether Limber's database may hold something. True whenever the browser cannot say, or
 * IndexedDB is missing or blocked (the real code then falls back to memory and says so).
 */
export async function mayHaveData(): Promise<boolean> {
	// Once storage has failed over to memory, what was saved this visit lives there.
	if (inUse || !getStorageStatus().persistent) return true;
	try {
		if (typeof indexedDB.databases !== 'function') return true;
		const databases = await indexedDB.databases();
		return databases.some((db) => db.name === DB_NAME);
	} catch {
		return true;
	}
}

/**
 * Forgets that the repositories were used; for tests, which start each case afresh.
 * @internal
 */
export function resetFirstUseForTests(): void {
	inUse = false;
}

async function real<M>(load: () => Promise<M>): Promise<M> {
	inUse = true;
	return load();
}

/** Journal entries from `from` to `to` inclusive, oldest first (see journal.ts `range`). */
export async function journalRange(from: string, to: string): Promise<JournalEntry[]> {
	if (!(await mayHaveData())) return [];
	return (await real(() => import('./journal'))).range(from, to);
}

/** Saves the day's entry (see journal.ts `put`); creates the database if need be. */
export async function putJournal(entry: JournalEntry): Promise<WriteResult> {
	return (await real(() => import('./journal'))).put(entry);
}

/** Every saved running timeline (see active.ts `listActive`). */
export async function listActive(): Promise<Timeline[]> {
	if (!(await mayHaveData())) return [];
	return (await real(() => import('./active'))).listActive();
}

/** Opens storage now when there is something stored, so a problem with it shows at once. */
export async function openIfSaved(): Promise<void> {
	if (!(await mayHaveData())) return;
	await (await real(() => import('./backend'))).initStorage();
}

// The IndexedDB side of backups, restores, erasing everything and taking back what the memory
// fallback kept. Settings and a recovering disk use them; the rest of the app never does, so this
// code loads on first use rather than with every page.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { BackupData, ImportPlan } from '$lib/core/backup';
import { settingsFrom, type Dump, type Handover } from './backend-api';
import { STORE_NAMES, type LimberSchema, type StoreName } from './db';

type Db = IDBPDatabase<LimberSchema>;

const BACKUP_STORES: StoreName[] = [
	'sessions',
	'journal',
	'routines',
	'programs',
	'settings',
	'episodes'
];

/** Every backed-up store, read in the transaction `tx` (which must cover them). */
async function readBackupData(
	tx: IDBPTransaction<LimberSchema, StoreName[], IDBTransactionMode>
): Promise<BackupData> {
	const [sessions, journal, routines, programs, settingKeys, settingValues, episodes] =
		await Promise.all([
			tx.objectStore('sessions').getAll(),
			tx.objectStore('journal').getAll(),
			tx.objectStore('routines').getAll(),
			tx.objectStore('programs').getAll(),
			tx.objectStore('settings').getAllKeys(),
			tx.objectStore('settings').getAll(),
			tx.objectStore('episodes').getAll()
		]);
	return {
		sessions,
		journal,
		routines,
		programs,
		settings: settingsFrom(settingKeys, settingValues),
		episodes
	};
}

export async function dump(db: Db): Promise<Dump> {
	const tx = db.transaction([...STORE_NAMES], 'readonly');
	const [data, active] = await Promise.all([
		readBackupData(tx),
		tx.objectStore('active').getAll(),
		tx.done
	]);
	return { ...data, active };
}

/**
 * Writes what the memory fallback changed, in one transaction: every record lands or none does.
 * Records go by their key, so one written before the failure and again here is kept once.
 */
export async function handOver(db: Db, handover: Handover): Promise<void> {
	const tx = db.transaction(STORE_NAMES, 'readwrite');
	const pending: Promise<unknown>[] = [];
	try {
		if (handover.cleared)
			for (const name of STORE_NAMES) pending.push(tx.objectStore(name).clear());
		for (const name of STORE_NAMES) {
			const store = tx.objectStore(name);
			for (const key of handover.deleted[name]) pending.push(store.delete(key));
			for (const [key, value] of handover.put[name]) {
				// Settings are keyed apart from their values; every other record carries its key.
				pending.push(name === 'settings' ? store.put(value, key) : store.put(value));
			}
		}
		await Promise.all([...pending, tx.done]);
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// Already aborted by the failing request.
		}
		await Promise.allSettled([...pending, tx.done]);
		throw tx.error ?? error;
	}
}

/** Reads the current data, asks `plan` what to write, writes it: one transaction, all or nothing. */
export async function applyImport(
	db: Db,
	plan: (existing: BackupData) => ImportPlan
): Promise<ImportPlan> {
	const tx = db.transaction([...BACKUP_STORES], 'readwrite');
	const pending: Promise<unknown>[] = [];
	try {
		const result = plan(await readBackupData(tx));
		const { writes } = result;
		for (const r of writes.sessions) pending.push(tx.objectStore('sessions').put(r));
		for (const r of writes.journal) pending.push(tx.objectStore('journal').put(r));
		for (const r of writes.routines) pending.push(tx.objectStore('routines').put(r));
		for (const r of writes.programs) pending.push(tx.objectStore('programs').put(r));
		for (const r of writes.episodes) pending.push(tx.objectStore('episodes').put(r));
		for (const [key, value] of Object.entries(writes.settings)) {
			pending.push(tx.objectStore('settings').put(value, key));
		}
		await Promise.all([...pending, tx.done]);
		return result;
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// Already aborted by the failing request.
		}
		// Settle every request so their AbortErrors are not reported as unhandled.
		await Promise.allSettled([...pending, tx.done]);
		// The transaction's own error is the cause (e.g. QuotaExceededError at commit); the
		// requests only report that they were aborted.
		throw tx.error ?? error;
	}
}

export async function clearAll(db: Db): Promise<void> {
	const tx = db.transaction(STORE_NAMES, 'readwrite');
	await Promise.all([...STORE_NAMES.map((name) => tx.objectStore(name).clear()), tx.done]);
}

// Export, restore and erase of everything the user has stored. The file format and merge
// policy live in core/backup.ts; this module runs them against the database.
import type { Backup, ImportCounts, ImportRules } from '$lib/core/backup';
import { withBackend } from './backend';
import { notifyChange } from './broadcast';
import { STORE_NAMES } from './db';
import { withoutBuiltInTitle } from './session-ids';
import { isQuotaError, StorageError, type WriteResult } from './errors';

export type ExportResult = { ok: true; backup: Backup } | { ok: false; error: StorageError };

export type ImportResult =
	{ ok: true; counts: ImportCounts; persisted: boolean } | { ok: false; error: StorageError };

/**
 * Everything worth backing up, read in one transaction so the file is a consistent snapshot.
 * The running timeline and `device.` settings are left out: they belong to this device.
 */
export async function exportAll(now: number = Date.now()): Promise<ExportResult> {
	try {
		// The backup format (and valibot with it) loads only when the user backs up or restores.
		const [{ makeBackup }, data] = await Promise.all([
			import('$lib/core/backup'),
			withBackend((b) => b.dump())
		]);
		return { ok: true, backup: makeBackup(data, now) };
	} catch (error) {
		return {
			ok: false,
			error: new StorageError('failed', { code: 'backup', step: 'export' }, { cause: error })
		};
	}
}

/**
 * Restores a backup into what is already here, in one transaction: every record lands or none
 * does. `backup` must come from parseBackup (which checks it once, fully). Merge policy (see
 * planImport): records are matched by id (journal: by date); the newer edit wins and a field
 * the backup lacks is kept; identical records are not rewritten; built-in ids are left alone.
 * A failure here never switches the app to memory: it changes nothing and says so.
 */
export async function importBackup(backup: Backup, rules: ImportRules = {}): Promise<ImportResult> {
	const { BACKUP_KINDS, planImport } = await import('$lib/core/backup');
	// A backup from before migration 6 names built-ins by their English titles: kept by ids
	// alone here too, so an old copy matches the record already here and changes nothing.
	const incoming: Backup = { ...backup, sessions: backup.sessions.map(withoutBuiltInTitle) };
	try {
		const { backend, plan } = await withBackend(
			async (backend) => ({
				backend,
				plan: await backend.applyImport((existing) => planImport(existing, incoming, rules))
			}),
			{ write: true, fallback: false }
		);
		for (const kind of BACKUP_KINDS) {
			const c = plan.counts[kind];
			if (c.added + c.updated > 0) notifyChange({ store: kind, op: 'import' }, backend.persistent);
		}
		return { ok: true, counts: plan.counts, persisted: backend.persistent };
	} catch (error) {
		return {
			ok: false,
			error: isQuotaError(error)
				? new StorageError('quota', { code: 'backup', step: 'restore-quota' }, { cause: error })
				: new StorageError('failed', { code: 'backup', step: 'restore' }, { cause: error })
		};
	}
}

/** Erases every store, this device's settings and running session included. */
export async function clearAll(): Promise<WriteResult> {
	try {
		const backend = await withBackend(
			async (b) => {
				await b.clearAll();
				return b;
			},
			{ write: true, fallback: false }
		);
		for (const store of STORE_NAMES) notifyChange({ store, op: 'clear' }, backend.persistent);
		return { ok: true, persisted: backend.persistent };
	} catch (error) {
		return {
			ok: false,
			error: new StorageError('failed', { code: 'backup', step: 'erase' }, { cause: error })
		};
	}
}

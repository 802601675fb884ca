// Backup, restore, CSV export and erasing everything, for the Data section of Settings. Every
// step resolves to a sentence for the user; nothing here throws into the page.
import { MAX_BACKUP_BYTES, parseBackup, type Backup, type BackupSummary } from '$lib/core/backup';
import { historyCsv } from '$lib/core/csv';
import { backupFileName, countOf, csvFileName, describeImport } from '$lib/core/data-transfer';
import { downloadFile } from '$lib/platform/download';
import { clearAll, exportAll, importBackup, sessions as sessionStore } from '$lib/storage';

export type Outcome = { ok: boolean; message: string };

export interface PendingRestore {
	fileName: string;
	backup: Backup;
	summary: BackupSummary;
}

const NO_DOWNLOAD =
	"This browser wouldn't start the download. Try again, or use another browser to export.";
const UNREADABLE =
	"Limber couldn't read this file. Choose it again, or try another copy. Nothing was changed.";

class DataTools {
	busy = $state<null | 'export' | 'csv' | 'read' | 'restore' | 'erase'>(null);
	/** A backup read and checked, waiting for the user to confirm the restore. */
	pending = $state.raw<PendingRestore | null>(null);

	async #run(busy: NonNullable<DataTools['busy']>, work: () => Promise<Outcome>): Promise<Outcome> {
		this.busy = busy;
		try {
			return await work();
		} catch (error) {
			// Storage never throws, but a browser quirk (a revoked file, a full download folder)
			// must still end in a sentence rather than an exception.
			console.error(error);
			return { ok: false, message: 'Something went wrong. Nothing was changed; please try again.' };
		} finally {
			this.busy = null;
		}
	}

	exportBackup(): Promise<Outcome> {
		return this.#run('export', async () => {
			const now = Date.now();
			const result = await exportAll(now);
			if (!result.ok) return { ok: false, message: result.error.message };
			const name = backupFileName(now);
			const saved = downloadFile(name, 'application/json', JSON.stringify(result.backup));
			return saved
				? { ok: true, message: `Saved ${name} to your downloads.` }
				: { ok: false, message: NO_DOWNLOAD };
		});
	}

	exportCsv(): Promise<Outcome> {
		return this.#run('csv', async () => {
			const now = Date.now();
			const records = await sessionStore.all();
			const name = csvFileName(now);
			const saved = downloadFile(name, 'text/csv;charset=utf-8', historyCsv(records));
			return saved
				? {
						ok: true,
						message: `Saved ${name} (${countOf('sessions', records.length)}) to your downloads.`
					}
				: { ok: false, message: NO_DOWNLOAD };
		});
	}

	/** Reads and checks a chosen file; nothing is changed until `restore()`. */
	readBackup(file: File): Promise<Outcome> {
		this.pending = null;
		return this.#run('read', async () => {
			if (file.size > MAX_BACKUP_BYTES) {
				return {
					ok: false,
					message: `This file is too large to be a Limber backup (the limit is ${MAX_BACKUP_BYTES / (1024 * 1024)} MB). Nothing was changed.`
				};
			}
			let text: string;
			try {
				text = await file.text();
			} catch {
				return { ok: false, message: UNREADABLE };
			}
			const parsed = parseBackup(text);
			if (!parsed.ok) return { ok: false, message: parsed.error };
			this.pending = { fileName: file.name, backup: parsed.backup, summary: parsed.summary };
			return { ok: true, message: '' };
		});
	}

	cancelRestore(): void {
		this.pending = null;
	}

	/** Merges the pending backup into what is here, in one transaction: all of it or none. */
	restore(): Promise<Outcome> {
		const pending = this.pending;
		if (!pending) return Promise.resolve({ ok: false, message: 'Choose a backup file first.' });
		return this.#run('restore', async () => {
			const [{ builtInRoutines }, { builtInPrograms }] = await Promise.all([
				import('$lib/content/routines'),
				import('$lib/content/programs')
			]);
			const result = await importBackup(pending.backup, {
				builtIn: {
					routines: new Set(builtInRoutines.map((r) => r.id)),
					programs: new Set(builtInPrograms.map((p) => p.id))
				},
				now: new Date().toISOString()
			});
			if (!result.ok) return { ok: false, message: result.error.message };
			this.pending = null;
			const note = result.persisted
				? ''
				: " It is kept for this visit only, because this browser isn't saving Limber's data.";
			return { ok: true, message: describeImport(result.counts) + note };
		});
	}

	eraseAll(): Promise<Outcome> {
		return this.#run('erase', async () => {
			const result = await clearAll();
			if (!result.ok) return { ok: false, message: result.error.message };
			this.pending = null;
			return { ok: true, message: 'Everything Limber kept on this device has been erased.' };
		});
	}
}

export const dataTools = new DataTools();

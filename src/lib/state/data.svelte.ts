// Backup, restore, CSV export and erasing everything, for the Data section of Settings. Every
// step resolves to a sentence for the user; nothing here throws into the page.
import {
	MAX_BACKUP_BYTES,
	parseBackup,
	summarize,
	type Backup,
	type BackupSummary
} from '$lib/core/backup';
import { historyCsv } from '$lib/core/csv';
import {
	backupFileName,
	countOf,
	csvFileName,
	describeImport,
	leftOutNote,
	summaryLines
} from '$lib/core/data-transfer';
import type { LeftOut } from '$lib/core/left-out';
import { downloadFile } from '$lib/platform/download';
import { clearAll, exportAll, importBackup, sessions as sessionStore } from '$lib/storage';

/** One sentence on what a tap led to, shown under the button that caused it (ui/Outcome). */
export type Outcome = { ok: boolean; text: string };

export interface PendingRestore {
	fileName: string;
	backup: Backup;
	summary: BackupSummary;
	/** What the file holds that the restore leaves out, and why; said before and after. */
	leftOut: LeftOut;
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
			return { ok: false, text: 'Something went wrong. Nothing was changed; please try again.' };
		} finally {
			this.busy = null;
		}
	}

	exportBackup(): Promise<Outcome> {
		return this.#run('export', async () => {
			const now = Date.now();
			const result = await exportAll(now);
			if (!result.ok) return { ok: false, text: result.error.message };
			const name = backupFileName(now);
			if (!downloadFile(name, 'application/json', JSON.stringify(result.backup))) {
				return { ok: false, text: NO_DOWNLOAD };
			}
			const holds = summaryLines(summarize(result.backup)).join(', ') || 'nothing yet';
			return { ok: true, text: `Exported ${name} (${holds}). Find it in your downloads.` };
		});
	}

	exportCsv(): Promise<Outcome> {
		return this.#run('csv', async () => {
			const now = Date.now();
			const records = await sessionStore.all();
			const name = csvFileName(now);
			if (!downloadFile(name, 'text/csv;charset=utf-8', historyCsv(records))) {
				return { ok: false, text: NO_DOWNLOAD };
			}
			const held = countOf('sessions', records.length);
			return { ok: true, text: `Exported ${name} (${held}). Find it in your downloads.` };
		});
	}

	/** Reads and checks a chosen file; nothing is changed until `restore()`. */
	readBackup(file: File): Promise<Outcome> {
		this.pending = null;
		return this.#run('read', async () => {
			if (file.size > MAX_BACKUP_BYTES) {
				return {
					ok: false,
					text: `This file is too large to be a Limber backup (the limit is ${MAX_BACKUP_BYTES / (1024 * 1024)} MB). Nothing was changed.`
				};
			}
			let text: string;
			try {
				text = await file.text();
			} catch {
				return { ok: false, text: UNREADABLE };
			}
			const parsed = parseBackup(text);
			if (!parsed.ok) return { ok: false, text: parsed.error };
			this.pending = {
				fileName: file.name,
				backup: parsed.backup,
				summary: parsed.summary,
				leftOut: parsed.leftOut
			};
			return { ok: true, text: '' };
		});
	}

	cancelRestore(): void {
		this.pending = null;
	}

	/** Merges the pending backup into what is here, in one transaction: all of it or none. */
	restore(): Promise<Outcome> {
		const pending = this.pending;
		if (!pending) return Promise.resolve({ ok: false, text: 'Choose a backup file first.' });
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
			if (!result.ok) return { ok: false, text: result.error.message };
			this.pending = null;
			const leftOut = leftOutNote(pending.leftOut, true);
			const note = result.persisted
				? ''
				: " It is kept for this visit only, because this browser isn't saving Limber's data.";
			return {
				ok: true,
				// After the note on keeping, so its "It" still means what was restored.
				text: describeImport(result.counts) + note + (leftOut ? ` ${leftOut}` : '')
			};
		});
	}

	eraseAll(): Promise<Outcome> {
		return this.#run('erase', async () => {
			const result = await clearAll();
			if (!result.ok) return { ok: false, text: result.error.message };
			this.pending = null;
			return { ok: true, text: 'Everything Limber kept on this device has been erased.' };
		});
	}
}

export const dataTools = new DataTools();

// Backup, restore, CSV export and erasing everything, for the Data section of Settings. Every
// step resolves to what happened, as a code with its facts, which the section says in the
// page's language (messages/data.ts); nothing here throws into the page.
import {
	MAX_BACKUP_BYTES,
	parseBackup,
	summarize,
	type Backup,
	type BackupSummary
} from '$lib/core/backup';
import { historyCsv } from '$lib/core/csv';
import type { Lang } from '$lib/core/lang';
import { backupFileName, csvFileName, type DataSaid } from '$lib/core/data-transfer';
import type { LeftOut } from '$lib/core/left-out';
import { data } from '$lib/messages/data';
import { downloadFile } from '$lib/platform/download';
import { clearAll, exportAll, importBackup, sessions as sessionStore } from '$lib/storage';
import { loadSessionTitles, titledSessions } from './session-title';

/** What a tap led to, shown under the button that caused it (its words: messages/data.ts). */
export interface Outcome {
	ok: boolean;
	said: DataSaid;
}

export interface PendingRestore {
	fileName: string;
	backup: Backup;
	summary: BackupSummary;
	/** What the file holds that the restore leaves out, and why; said before and after. */
	leftOut: LeftOut;
}

const fail = (said: DataSaid): Outcome => ({ ok: false, said });
const done = (said: DataSaid): Outcome => ({ ok: true, said });

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
			return fail({ code: 'failed' });
		} finally {
			this.busy = null;
		}
	}

	exportBackup(): Promise<Outcome> {
		return this.#run('export', async () => {
			const now = Date.now();
			const result = await exportAll(now);
			if (!result.ok)
				return fail({ code: 'storage', error: result.error.code, said: result.error.said });
			const name = backupFileName(now);
			if (!downloadFile(name, 'application/json', JSON.stringify(result.backup))) {
				return fail({ code: 'no-download' });
			}
			return done({ code: 'exported', name, summary: summarize(result.backup) });
		});
	}

	/** Downloads the history as CSV, headed in `lang` (the page's, whose `data` words are loaded), each built-in's session named in `lang`. */
	exportCsv(lang: Lang): Promise<Outcome> {
		return this.#run('csv', async () => {
			const now = Date.now();
			const [stored] = await Promise.all([sessionStore.all(), loadSessionTitles(lang)]);
			const records = titledSessions(stored, lang);
			const name = csvFileName(now);
			if (!downloadFile(name, 'text/csv;charset=utf-8', historyCsv(records, data.get(lang).csv))) {
				return fail({ code: 'no-download' });
			}
			return done({ code: 'csv', name, sessions: records.length });
		});
	}

	/** Reads and checks a chosen file; nothing is changed until `restore()`. */
	readBackup(file: File): Promise<Outcome> {
		this.pending = null;
		return this.#run('read', async () => {
			if (file.size > MAX_BACKUP_BYTES) {
				return fail({ code: 'too-large', limitMb: MAX_BACKUP_BYTES / (1024 * 1024) });
			}
			let text: string;
			try {
				text = await file.text();
			} catch {
				return fail({ code: 'unreadable' });
			}
			const parsed = parseBackup(text);
			if (!parsed.ok) return fail({ code: 'refused', refusal: parsed });
			this.pending = {
				fileName: file.name,
				backup: parsed.backup,
				summary: parsed.summary,
				leftOut: parsed.leftOut
			};
			return done({ code: 'read' });
		});
	}

	cancelRestore(): void {
		this.pending = null;
	}

	/** Merges the pending backup into what is here, in one transaction: all of it or none. */
	restore(): Promise<Outcome> {
		const pending = this.pending;
		if (!pending) return Promise.resolve(fail({ code: 'choose-first' }));
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
			if (!result.ok)
				return fail({ code: 'storage', error: result.error.code, said: result.error.said });
			this.pending = null;
			return done({
				code: 'restored',
				counts: result.counts,
				persisted: result.persisted,
				leftOut: pending.leftOut
			});
		});
	}

	eraseAll(): Promise<Outcome> {
		return this.#run('erase', async () => {
			const result = await clearAll();
			if (!result.ok)
				return fail({ code: 'storage', error: result.error.code, said: result.error.said });
			this.pending = null;
			return done({ code: 'erased' });
		});
	}
}

export const dataTools = new DataTools();

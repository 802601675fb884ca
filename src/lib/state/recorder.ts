// The recorder: turns an ended session into its history record and keeps its promise. The
// record is set aside synchronously first (see unsaved.ts), then written with the running
// timeline cleared in the same transaction; only a write that reached the disk counts as
// saved. Whatever is still aside is written the next time Limber opens.
import type { SessionRecord } from '$lib/core/model';
import { fail, ok, type Result } from '$lib/core/result';
import { downloadFile } from '$lib/platform/download';
import { endSession, type Ended } from '$lib/storage';
import { StorageError } from '$lib/storage/errors';
import { keptAsideStore, UNSAVED_KEY } from './unsaved';

type KeptAside = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Why a session is not saved, as a code the summary says in words. */
export type NotSavedReason = 'quota' | 'invalid' | 'failed';

export interface NotSaved {
	record: SessionRecord;
	reason: NotSavedReason;
	/** The record is kept aside on this device, to be written the next time Limber opens. */
	keptAside: boolean;
}

export type RecordOutcome = Result<Ended, NotSaved>;

function why(error: StorageError): NotSavedReason {
	return error.code === 'quota' ? 'quota' : error.code === 'invalid' ? 'invalid' : 'failed';
}

export class Recorder {
	readonly #store: () => KeptAside | null;
	readonly #write: (record: SessionRecord) => Promise<Result<Ended, StorageError>>;

	constructor(store: () => KeptAside | null = keptAsideStore, write = endSession) {
		this.#store = store;
		this.#write = write;
	}

	#read(): Record<string, SessionRecord> {
		try {
			const parsed: unknown = JSON.parse(this.#store()?.getItem(UNSAVED_KEY) ?? '{}');
			return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
				? (parsed as Record<string, SessionRecord>)
				: {};
		} catch {
			return {};
		}
	}

	#save(aside: Record<string, SessionRecord>): boolean {
		const store = this.#store();
		if (!store) return false;
		try {
			if (Object.keys(aside).length === 0) store.removeItem(UNSAVED_KEY);
			else store.setItem(UNSAVED_KEY, JSON.stringify(aside));
			return true;
		} catch {
			return false;
		}
	}

	/** Sessions ended but not yet in the database, oldest first. */
	unsaved(): SessionRecord[] {
		return Object.values(this.#read()).sort((a, b) => a.startedAt - b.startedAt);
	}

	/** Forgets a session kept aside (it was saved, or taken back by Undo). */
	release(id: string): void {
		const aside = this.#read();
		if (!(id in aside)) return;
		delete aside[id];
		this.#save(aside);
	}

	/**
	 * Records an ended session. The part before the first `await` sets it aside, so call this
	 * in the same task as the tap that ended the session: a reload straight after loses nothing.
	 */
	end(record: SessionRecord): Promise<RecordOutcome> {
		return this.#commit(record, this.setAside(record));
	}

	/** Forgets the copy aside once `record` is written, unless a newer copy replaced it meanwhile. */
	#releaseWritten(record: SessionRecord): void {
		const kept = this.#read()[record.id];
		if (kept && (kept.updatedAt !== record.updatedAt || kept.painAfter !== record.painAfter))
			return;
		this.release(record.id);
	}

	/** Sets a record aside (or replaces the copy aside); false where localStorage refuses. */
	setAside(record: SessionRecord): boolean {
		const aside = this.#read();
		aside[record.id] = record;
		return this.#save(aside);
	}

	async #commit(record: SessionRecord, keptAside: boolean): Promise<RecordOutcome> {
		const result = await this.#write(record);
		if (result.ok && result.value.persisted) {
			this.#releaseWritten(record);
			return ok(result.value);
		}
		// endSession never writes to memory (storage/active.ts); were one to, it is not saved either.
		const reason = result.ok ? 'failed' : why(result.error);
		return fail({ record, reason, keptAside: keptAside && reason !== 'invalid' });
	}

	/** Writes every session kept aside; resolves to how many are still waiting. */
	async flush(): Promise<number> {
		let waiting = 0;
		for (const record of this.unsaved()) {
			const outcome = await this.#commit(record, true);
			if (!outcome.ok) waiting++;
		}
		return waiting;
	}

	/** Offers one session as a backup file that Settings → Restore accepts. */
	async download(record: SessionRecord, now = Date.now()): Promise<boolean> {
		const [{ makeBackup }, { backupFileName }] = await Promise.all([
			import('$lib/core/backup'),
			import('$lib/core/data-transfer')
		]);
		const backup = makeBackup(
			{
				sessions: [record],
				journal: [],
				routines: [],
				programs: [],
				episodes: [],
				settings: {}
			},
			now
		);
		const name = backupFileName(now).replace('backup', 'session');
		return downloadFile(name, 'application/json', JSON.stringify(backup));
	}
}

export const recorder = new Recorder();

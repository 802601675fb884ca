// A check-in's Save kept aside synchronously, the moment it is tapped, in localStorage: the
// write to the database is asynchronous, and an app swiped away in the same instant would
// otherwise lose it. Only a write that reached the disk (or one refused as invalid, which never
// can) takes it back: one held in this visit's memory, refused by a full disk, or never seen to
// finish is written the next time the journal loads, unless a newer check-in for that day is
// already stored. Writing it twice writes the same record: it is kept once.
import type { JournalEntry } from '$lib/core/model';
import type { WriteResult } from '$lib/storage/errors';

export const CHECK_IN_ASIDE_KEY = 'limber.unsaved-check-in';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class CheckInAside {
	readonly #store: () => Store | null;

	constructor(store: () => Store | null) {
		this.#store = store;
	}

	/** Sets the entry aside; false where the browser keeps nothing (then only the write counts). */
	keep(entry: JournalEntry): boolean {
		try {
			const store = this.#store();
			if (!store) return false;
			store.setItem(CHECK_IN_ASIDE_KEY, JSON.stringify(entry));
			return true;
		} catch {
			return false;
		}
	}

	/** Whether `entry` is the one set aside: not yet known to be on the disk. */
	holds(entry: JournalEntry): boolean {
		const aside = this.#read();
		return aside !== null && aside.date === entry.date && aside.updatedAt === entry.updatedAt;
	}

	/**
	 * The write of `entry` finished: forgets it once on the disk (or refused as invalid, so it
	 * can never be), unless a later Save has replaced it meanwhile; keeps it otherwise, for the
	 * next load to write. True when it is forgotten.
	 */
	done(entry: JournalEntry, result: WriteResult): boolean {
		const final = result.ok ? result.persisted : result.error.code === 'invalid';
		if (final) this.#forget(entry);
		return final;
	}

	#forget(entry: JournalEntry): void {
		if (!this.holds(entry)) return;
		try {
			this.#store()?.removeItem(CHECK_IN_ASIDE_KEY);
		} catch {
			// Left aside: the next load finds the same record stored and only forgets it.
		}
	}

	/**
	 * Writes what is set aside, if anything, unless the day's stored check-in is as new or newer,
	 * and forgets it as `done` does. A newer one stored replaces it; the same one stored is
	 * forgotten only when `onDisk` says reads come from the disk (in this visit's memory it is
	 * not saved yet, and writing it again would only reach the memory).
	 */
	async flush(
		stored: (date: string) => Promise<JournalEntry | undefined>,
		write: (entry: JournalEntry) => Promise<WriteResult>,
		onDisk: () => boolean
	): Promise<void> {
		const aside = this.#read();
		if (!aside) return;
		const there = await stored(aside.date);
		const asNew = there !== undefined && there.updatedAt >= aside.updatedAt;
		if (asNew && (there.updatedAt > aside.updatedAt || onDisk())) this.#forget(aside);
		else if (!asNew) this.done(aside, await write(aside));
	}

	#read(): JournalEntry | null {
		try {
			const parsed: unknown = JSON.parse(this.#store()?.getItem(CHECK_IN_ASIDE_KEY) ?? 'null');
			return typeof parsed === 'object' &&
				parsed !== null &&
				typeof (parsed as JournalEntry).date === 'string' &&
				typeof (parsed as JournalEntry).updatedAt === 'number'
				? (parsed as JournalEntry)
				: null;
		} catch {
			return null;
		}
	}
}

// A check-in's Save kept aside synchronously, the moment it is tapped, in localStorage: the
// write to the database is asynchronous, and an app swiped away in the same instant would
// otherwise lose it. A write that finishes (saved or refused, and said so) takes it back; one
// the app never saw finish is written the next time the journal loads, unless a newer check-in
// for that day is already stored. Writing it twice writes the same record: it is kept once.
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

	/** The write of `entry` finished: forgets it, unless a later Save has replaced it meanwhile. */
	done(entry: JournalEntry): void {
		const aside = this.#read();
		if (!aside || aside.date !== entry.date || aside.updatedAt !== entry.updatedAt) return;
		try {
			this.#store()?.removeItem(CHECK_IN_ASIDE_KEY);
		} catch {
			// Left aside: the next load finds the same record stored and only forgets it.
		}
	}

	/**
	 * Writes what is set aside, if anything, unless the day's stored check-in is as new or newer;
	 * then forgets it, written or refused (a refused one is out of range and can never be).
	 */
	async flush(
		stored: (date: string) => Promise<JournalEntry | undefined>,
		write: (entry: JournalEntry) => Promise<WriteResult>
	): Promise<void> {
		const aside = this.#read();
		if (!aside) return;
		const there = await stored(aside.date);
		if (!there || there.updatedAt < aside.updatedAt) {
			const result = await write(aside);
			// Storage that is refusing writes just now: kept for the next load.
			if (!result.ok && result.error.code !== 'invalid') return;
		}
		this.done(aside);
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

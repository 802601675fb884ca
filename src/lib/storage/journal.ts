// The daily check-in: one entry per local calendar day, keyed by its YYYY-MM-DD date.
import type { JournalEntry } from '$lib/core/model';
import type { WriteResult } from './errors';
import { putChecked, read, removeKey } from './repo';

const WHAT = 'journal-entry';

export async function get(date: string): Promise<JournalEntry | undefined> {
	return read((b) => b.get('journal', date), undefined);
}

/** Saves the day's entry, replacing any earlier one for the same date. */
export function put(entry: JournalEntry): Promise<WriteResult> {
	return putChecked('journal', WHAT, entry.date, entry);
}

export function remove(date: string): Promise<WriteResult> {
	return removeKey('journal', WHAT, date);
}

/** Entries from `from` to `to` inclusive (YYYY-MM-DD), oldest first. */
export async function range(from: string, to: string): Promise<JournalEntry[]> {
	if (from > to) return [];
	return read((b) => b.journalRange(from, to), []);
}

/** Every entry, oldest first. */
export async function all(): Promise<JournalEntry[]> {
	return read((b) => b.getAll('journal'), []);
}

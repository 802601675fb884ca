// The check-in kept aside: set aside at once, forgotten when its write finishes (not when a later
// Save replaced it), written on the next load unless a newer one is stored, kept while storage
// refuses, dropped when it can never be written, and harmless where localStorage is missing.
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '$lib/core/model';
import { journalEntry } from '$lib/core/testing';
import { StorageError, type WriteResult } from '$lib/storage/errors';
import { CHECK_IN_ASIDE_KEY, CheckInAside } from './check-in-aside';

function memory(): Storage & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		get length() {
			return data.size;
		},
		clear: () => data.clear(),
		key: (i: number) => [...data.keys()][i] ?? null,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}

const saved: WriteResult = { ok: true, persisted: true };
const refused = (code: 'quota' | 'invalid'): WriteResult => ({
	ok: false,
	error: new StorageError(code, 'no')
});

/** A fake journal: what is stored by day, and every write made. */
function journal(stored: JournalEntry[] = [], answer: WriteResult = saved) {
	const byDay = new Map(stored.map((e) => [e.date, e]));
	const writes: JournalEntry[] = [];
	return {
		writes,
		stored: async (date: string) => byDay.get(date),
		write: async (entry: JournalEntry) => {
			writes.push(entry);
			if (answer.ok) byDay.set(entry.date, entry);
			return answer;
		}
	};
}

const first = journalEntry('2026-03-02', { pain: 6, updatedAt: 1_000 });
const later = journalEntry('2026-03-02', { pain: 4, updatedAt: 2_000 });

describe('CheckInAside', () => {
	it('sets a Save aside at once, and forgets it when that write finishes', () => {
		const store = memory();
		const aside = new CheckInAside(() => store);
		expect(aside.keep(first)).toBe(true);
		expect(JSON.parse(store.getItem(CHECK_IN_ASIDE_KEY)!)).toEqual(first);
		aside.done(first);
		expect(store.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
	});

	it('keeps a later Save aside when an earlier write finishes after it', () => {
		const store = memory();
		const aside = new CheckInAside(() => store);
		aside.keep(first);
		aside.keep(later);
		aside.done(first);
		expect(JSON.parse(store.getItem(CHECK_IN_ASIDE_KEY)!)).toEqual(later);
	});

	it('writes what the app never saw saved on the next load, once', async () => {
		const store = memory();
		new CheckInAside(() => store).keep(later);
		const j = journal([first]);
		const next = new CheckInAside(() => store);
		await next.flush(j.stored, j.write);
		expect(j.writes).toEqual([later]);
		expect(store.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
		await next.flush(j.stored, j.write);
		expect(j.writes).toEqual([later]);
	});

	it('never writes over a newer check-in stored for the day', async () => {
		const store = memory();
		new CheckInAside(() => store).keep(first);
		const j = journal([later]);
		await new CheckInAside(() => store).flush(j.stored, j.write);
		expect(j.writes).toEqual([]);
		expect(store.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
	});

	it('keeps it while storage refuses, and drops what can never be written', async () => {
		const store = memory();
		const aside = new CheckInAside(() => store);
		aside.keep(first);
		await aside.flush(journal([], refused('quota')).stored, journal([], refused('quota')).write);
		expect(store.getItem(CHECK_IN_ASIDE_KEY)).not.toBeNull();
		const bad = journal([], refused('invalid'));
		await aside.flush(bad.stored, bad.write);
		expect(bad.writes).toEqual([first]);
		expect(store.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
	});

	it('ignores what is not a check-in, and works without localStorage', async () => {
		const store = memory();
		store.setItem(CHECK_IN_ASIDE_KEY, '{"pain": 3');
		const j = journal();
		await new CheckInAside(() => store).flush(j.stored, j.write);
		expect(j.writes).toEqual([]);
		const none = new CheckInAside(() => null);
		expect(none.keep(first)).toBe(false);
		await none.flush(j.stored, j.write);
		expect(j.writes).toEqual([]);
		const throwing = new CheckInAside(() => {
			throw new Error('denied');
		});
		expect(throwing.keep(first)).toBe(false);
	});
});

// The check-in kept aside: set aside at once, forgotten once its write reaches the disk (not when
// a later Save replaced it, nor when it is held only in memory), written on the next load unless
// a newer one is stored, kept while storage refuses, dropped when it can never be written, and
// harmless where localStorage is missing.
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
const inMemory: WriteResult = { ok: true, persisted: false };
const onDisk = () => true;
const refused = (code: 'quota' | 'invalid'): WriteResult => ({
	ok: false,
	error: new StorageError(code, { code: 'refused', problem: 'error', thing: 'session' })
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
	it('sets a Save aside at once, and forgets it when that write reaches the disk', () => {
		const store = memory();
		const aside = new CheckInAside(() => store);
		expect(aside.keep(first)).toBe(true);
		expect(JSON.parse(store.getItem(CHECK_IN_ASIDE_KEY)!)).toEqual(first);
		expect(aside.holds(first)).toBe(true);
		expect(aside.done(first, saved)).toBe(true);
		expect(store.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
		expect(aside.holds(first)).toBe(false);
	});

	it('keeps a Save held only in memory aside, and writes it on the next load', async () => {
		const store = memory();
		const aside = new CheckInAside(() => store);
		aside.keep(first);
		expect(aside.done(first, inMemory)).toBe(false);
		expect(aside.holds(first)).toBe(true);
		// Written again while the visit is still in memory: still not on the disk, still aside.
		const still = journal([], inMemory);
		await aside.flush(still.stored, still.write, () => false);
		expect(still.writes).toEqual([first]);
		expect(aside.holds(first)).toBe(true);
		// The next visit, on the disk: written and forgotten.
		const j = journal();
		await new CheckInAside(() => store).flush(j.stored, j.write, onDisk);
		expect(j.writes).toEqual([first]);
		expect(store.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
	});

	it('forgets the same check-in read back only when reads come from the disk', async () => {
		const store = memory();
		const aside = new CheckInAside(() => store);
		aside.keep(first);
		const j = journal([first]);
		// This visit's memory holds it: not saved, and no write that would only reach the memory.
		await aside.flush(j.stored, j.write, () => false);
		expect(j.writes).toEqual([]);
		expect(aside.holds(first)).toBe(true);
		await aside.flush(j.stored, j.write, onDisk);
		expect(j.writes).toEqual([]);
		expect(aside.holds(first)).toBe(false);
	});

	it('keeps a later Save aside when an earlier write finishes after it', () => {
		const store = memory();
		const aside = new CheckInAside(() => store);
		aside.keep(first);
		aside.keep(later);
		aside.done(first, saved);
		expect(JSON.parse(store.getItem(CHECK_IN_ASIDE_KEY)!)).toEqual(later);
	});

	it('writes what the app never saw saved on the next load, once', async () => {
		const store = memory();
		new CheckInAside(() => store).keep(later);
		const j = journal([first]);
		const next = new CheckInAside(() => store);
		await next.flush(j.stored, j.write, onDisk);
		expect(j.writes).toEqual([later]);
		expect(store.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
		await next.flush(j.stored, j.write, onDisk);
		expect(j.writes).toEqual([later]);
	});

	it('never writes over a newer check-in stored for the day', async () => {
		const store = memory();
		new CheckInAside(() => store).keep(first);
		const j = journal([later]);
		await new CheckInAside(() => store).flush(j.stored, j.write, onDisk);
		expect(j.writes).toEqual([]);
		expect(store.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
	});

	it('keeps it while storage refuses, and drops what can never be written', async () => {
		const store = memory();
		const aside = new CheckInAside(() => store);
		aside.keep(first);
		const full = journal([], refused('quota'));
		await aside.flush(full.stored, full.write, onDisk);
		expect(store.getItem(CHECK_IN_ASIDE_KEY)).not.toBeNull();
		const bad = journal([], refused('invalid'));
		await aside.flush(bad.stored, bad.write, onDisk);
		expect(bad.writes).toEqual([first]);
		expect(store.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
	});

	it('ignores what is not a check-in, and works without localStorage', async () => {
		const store = memory();
		store.setItem(CHECK_IN_ASIDE_KEY, '{"pain": 3');
		const j = journal();
		await new CheckInAside(() => store).flush(j.stored, j.write, onDisk);
		expect(j.writes).toEqual([]);
		const none = new CheckInAside(() => null);
		expect(none.keep(first)).toBe(false);
		await none.flush(j.stored, j.write, onDisk);
		expect(j.writes).toEqual([]);
		const throwing = new CheckInAside(() => {
			throw new Error('denied');
		});
		expect(throwing.keep(first)).toBe(false);
	});
});

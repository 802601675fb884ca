// Today's check-in: today's entry and the month behind it, read once at start and again when
// another tab writes one, when midnight passes while the page stays open, or when the page is
// shown again on a new day; a slow read never overwrites a newer one. Saving shows the entry at
// once, sets it aside first so a close cannot lose it (written on the next load), starts an
// episode when spasms are logged and none is open, and brings a warning sign into view.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, localDay } from '$lib/core/days';
import type { JournalEntry } from '$lib/core/model';
import { CHANNEL_NAME } from '$lib/storage/broadcast';
import * as episodes from '$lib/storage/episodes';
import * as firstUse from '$lib/storage/first-use';
import * as journalStore from '$lib/storage/journal';
import { resetStorageForTests } from '$lib/storage/backend';
import { entry, freshStorage } from '$lib/storage/testing';
import { fail } from '$lib/core/result';
import { CHECK_IN_ASIDE_KEY } from './check-in-aside';
import { episodeLink } from './episode-link.svelte';
import { Journal, type CheckInDraft } from './journal.svelte';
import { openEpisode } from './open-episode.svelte';
import { CountingTarget } from './testing.svelte';

// The due watch for the daily reminder starts with the episode probe; it is tested on its own.
vi.mock('./reminder-due.svelte', () => ({ reminderDue: { start: () => {} } }));

/** 10 May 2024, 10:00 local time. */
const NOW = new Date(2024, 4, 10, 10, 0).getTime();
const TODAY = localDay(NOW);
const MIN = 60_000;

const draft = (overrides: Partial<CheckInDraft> = {}): CheckInDraft => ({
	pain: 4,
	spasms: false,
	numbness: false,
	bladderBowel: false,
	severe: false,
	water: 3,
	note: '',
	...overrides
});

class Page extends CountingTarget {
	visibilityState: DocumentVisibilityState = 'visible';
}

/** A localStorage of our own, for what is set aside. */
function memoryStorage() {
	const data = new Map<string, string>();
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}

let journal: Journal;
let page: Page;
let kept: ReturnType<typeof memoryStorage>;
const probes: Promise<unknown>[] = [];

beforeEach(async () => {
	vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setInterval', 'clearInterval'] });
	await freshStorage();
	page = new Page();
	kept = memoryStorage();
	vi.stubGlobal('document', page);
	vi.stubGlobal('localStorage', kept);
	openEpisode.current = null;
	const probe = episodeLink.probe.bind(episodeLink);
	vi.spyOn(episodeLink, 'probe').mockImplementation(() => {
		const probing = probe();
		probes.push(probing);
		return probing;
	});
	journal = new Journal();
});
afterEach(async () => {
	// The episode probe a load or a save started runs on: let it end within this test's storage.
	await Promise.allSettled(probes.splice(0));
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

async function started(): Promise<void> {
	journal.start();
	await vi.waitFor(() => expect(journal.loaded).toBe(true));
}

const put = async (e: JournalEntry) => expect((await journalStore.put(e)).ok).toBe(true);

describe('Journal: what it shows', () => {
	it('shows today’s check-in, yesterday’s beside it, and the month behind them', async () => {
		await put(entry(TODAY, { pain: 3 }));
		await put(entry(addDays(TODAY, -1), { pain: 5 }));
		await put(entry(addDays(TODAY, -30), { pain: 6 }));
		await put(entry(addDays(TODAY, -31), { pain: 7 }));
		await started();
		expect(journal.today).toBe(TODAY);
		expect(journal.entry?.pain).toBe(3);
		expect(journal.yesterday?.pain).toBe(5);
		expect(journal.recent.map((e) => e.date)).toEqual([
			addDays(TODAY, -30),
			addDays(TODAY, -1),
			TODAY
		]);
		expect(journal.triage.level).toBe('none');
	});

	it('on a first visit shows nothing and creates no database', async () => {
		await started();
		expect(journal.entry).toBeNull();
		expect(journal.recent).toEqual([]);
		expect(await indexedDB.databases()).toEqual([]);
	});

	it('reads once however many times it is started', async () => {
		const reads = vi.spyOn(firstUse, 'journalRange');
		await started();
		journal.start();
		expect(reads).toHaveBeenCalledOnce();
	});
});

describe('Journal: when it reads again', () => {
	it('shows a check-in saved in another tab', async () => {
		await started();
		await put(entry(TODAY, { pain: 2 }));
		// The write in this test's storage told this tab; another tab's channel tells it too.
		const tab = new BroadcastChannel(CHANNEL_NAME);
		tab.postMessage({ store: 'journal', op: 'put', key: TODAY });
		tab.close();
		await vi.waitFor(() => expect(journal.entry?.pain).toBe(2));
	});

	it('moves to the new day when midnight passes while the page stays open', async () => {
		await put(entry(TODAY, { pain: 3 }));
		await started();
		vi.setSystemTime(new Date(2024, 4, 10, 23, 59, 30));
		vi.advanceTimersByTime(MIN);
		expect(journal.today).toBe(TODAY);
		vi.setSystemTime(new Date(2024, 4, 11, 0, 0, 30));
		vi.advanceTimersByTime(MIN);
		await vi.waitFor(() => expect(journal.today).toBe(addDays(TODAY, 1)));
		expect(journal.entry).toBeNull();
		expect(journal.yesterday?.pain).toBe(3);
	});

	it('moves to the new day at once when the page is shown again', async () => {
		await started();
		const reads = vi.spyOn(firstUse, 'journalRange');
		// Shown again on the same day: nothing to read.
		page.fire('visibilitychange');
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(reads).not.toHaveBeenCalled();
		vi.setSystemTime(new Date(2024, 4, 11, 7, 0));
		page.visibilityState = 'hidden';
		page.fire('visibilitychange');
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(reads).not.toHaveBeenCalled();
		page.visibilityState = 'visible';
		page.fire('visibilitychange');
		await vi.waitFor(() => expect(journal.today).toBe(addDays(TODAY, 1)));
	});

	it('keeps the newer of two reads when the older one answers last', async () => {
		await put(entry(TODAY, { pain: 3 }));
		const range = firstUse.journalRange;
		let letGo: () => void = () => {};
		const held = new Promise<void>((resolve) => (letGo = resolve));
		let read = false;
		vi.spyOn(firstUse, 'journalRange').mockImplementationOnce(async (from, to) => {
			const found = await range(from, to);
			read = true;
			await held;
			return found;
		});
		const slow = journal.load();
		await vi.waitFor(() => expect(read).toBe(true));
		await put(entry(TODAY, { pain: 1 }));
		await journal.load();
		letGo();
		await slow;
		expect(journal.entry?.pain).toBe(1);
	});
});

describe('Journal: saving', () => {
	it('shows and stores today’s check-in, replacing an earlier one from today', async () => {
		await started();
		vi.setSystemTime(NOW);
		expect((await journal.save(draft({ pain: 6 }))).ok).toBe(true);
		expect(journal.entry).toMatchObject({ date: TODAY, pain: 6, updatedAt: NOW });
		vi.setSystemTime(NOW + MIN);
		expect((await journal.save(draft({ pain: 4 }))).ok).toBe(true);
		expect(journal.entry).toMatchObject({ pain: 4, updatedAt: NOW + MIN });
		expect(journal.recent).toHaveLength(1);
		expect(await journalStore.get(TODAY)).toMatchObject({ pain: 4 });
	});

	it('sets the check-in aside while it is written, and forgets it once written', async () => {
		await started();
		const setAside: (string | null)[] = [];
		vi.spyOn(journalStore, 'put').mockImplementationOnce(async (e) => {
			setAside.push(kept.getItem(CHECK_IN_ASIDE_KEY));
			return journalStore.put(e);
		});
		await journal.save(draft());
		expect(JSON.parse(setAside[0] ?? 'null')).toMatchObject({ date: TODAY, pain: 4 });
		expect(kept.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
	});

	it('writes a check-in the app was closed on when it next loads', async () => {
		const closedOn = entry(TODAY, { pain: 7, updatedAt: NOW - MIN });
		kept.setItem(CHECK_IN_ASIDE_KEY, JSON.stringify(closedOn));
		await started();
		expect(journal.entry).toEqual(closedOn);
		expect(await journalStore.get(TODAY)).toEqual(closedOn);
		expect(kept.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
	});

	it('starts an episode when spasms are logged and none is open, and only then', async () => {
		await started();
		await journal.save(draft({ spasms: false }));
		await journal.save(draft({ spasms: true }));
		await vi.waitFor(async () => expect(await episodes.all()).toHaveLength(1));
		expect(openEpisode.current?.startDay).toBe(TODAY);
		await journal.save(draft({ spasms: true }));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(await episodes.all()).toHaveLength(1);
	});

	it('brings a warning sign into view once, when a save leaves one standing', async () => {
		await started();
		await journal.save(draft());
		expect(journal.reveal).toBe(0);
		await journal.save(draft({ bladderBowel: true }));
		expect(journal.triage.level).toBe('emergency');
		expect(journal.reveal).toBe(1);
	});

	it('shows a check-in held only in memory but never as saved: held, kept aside, and written on the next visit', async () => {
		await started();
		const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const said = await journal.save(draft({ pain: 6 }));
		expect(said).toEqual({ ok: true, persisted: false });
		// Shown, as this visit reads it, but held: nothing says it is saved.
		expect(journal.entry).toMatchObject({ pain: 6 });
		expect(journal.held).toBe(true);
		expect(JSON.parse(kept.getItem(CHECK_IN_ASIDE_KEY) ?? 'null')).toMatchObject({ pain: 6 });
		// A load while the visit is in memory (the change notice) keeps it held and aside.
		await journal.load();
		expect(journal.held).toBe(true);
		expect(kept.getItem(CHECK_IN_ASIDE_KEY)).not.toBeNull();

		// The next visit, with the disk working: written from the aside, saved, forgotten.
		full.mockRestore();
		await resetStorageForTests();
		const next = new Journal();
		await next.load();
		expect(next.entry).toMatchObject({ pain: 6 });
		expect(next.held).toBe(false);
		expect(await journalStore.get(TODAY)).toMatchObject({ pain: 6 });
		expect(kept.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
	});

	it('Try again writes a check-in held in memory to the disk once it works', async () => {
		await started();
		const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		await journal.save(draft({ pain: 5 }));
		expect(journal.held).toBe(true);
		full.mockRestore();
		expect(await journal.saveAgain()).toEqual({ ok: true, persisted: true });
		expect(journal.held).toBe(false);
		expect(kept.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
		expect(await journalStore.get(TODAY)).toMatchObject({ pain: 5 });
	});

	it('says why spasms logged did not start an episode, and Try again starts it', async () => {
		await started();
		const begin = vi.spyOn(episodeLink, 'begin').mockResolvedValueOnce(fail('not-loaded'));
		await journal.save(draft({ spasms: true }));
		await vi.waitFor(() => expect(journal.episodeError).toBe('not-loaded'));
		await journal.beginEpisode();
		expect(begin).toHaveBeenCalledTimes(2);
		expect(journal.episodeError).toBeNull();
		expect(await episodes.all()).toHaveLength(1);
	});

	it('looks for the open episode again at the next load when the probe could not', async () => {
		await put(entry(TODAY));
		const probe = vi.spyOn(episodeLink, 'probe').mockResolvedValueOnce(false);
		await started();
		await vi.waitFor(() => expect(probe).toHaveBeenCalledTimes(1));
		await journal.load();
		await vi.waitFor(() => expect(probe).toHaveBeenCalledTimes(2));
		await journal.load();
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(probe).toHaveBeenCalledTimes(2);
	});

	it('says why a check-in was not saved, and shows nothing new', async () => {
		await started();
		const said = await journal.save(draft({ pain: 11 }));
		expect(said.ok).toBe(false);
		expect(journal.entry).toBeNull();
		expect(await journalStore.get(TODAY)).toBeUndefined();
		// Refused for good: nothing is left aside to try again.
		expect(kept.getItem(CHECK_IN_ASIDE_KEY)).toBeNull();
	});
});

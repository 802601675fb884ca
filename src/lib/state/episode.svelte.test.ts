// Today's episode card: the plan for the open episode, ticked from today's check-in and sessions,
// a warning sign in the check-ins on top; the check-ins read two weeks back (and two weeks before
// the episode began, for a run of spasms logged before the tap); "It has settled" and "Not yet";
// an episode left unanswered after quiet days ends by itself; read again when check-ins or
// sessions change, never overwritten by a slower read. Beginning one shows it open at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, localDay } from '$lib/core/days';
import type { Episode, SessionRecord } from '$lib/core/model';
import * as episodes from '$lib/storage/episodes';
import * as firstUse from '$lib/storage/first-use';
import * as journal from '$lib/storage/journal';
import * as sessions from '$lib/storage/sessions';
import { entry, episode, freshStorage, session } from '$lib/storage/testing';
import { beginEpisode, EpisodeView } from './episode.svelte';
import { openEpisode } from './open-episode.svelte';
import { CountingTarget } from './testing.svelte';

/** 10 May 2024, 10:00 local time. */
const NOW = new Date(2024, 4, 10, 10, 0).getTime();
const TODAY = localDay(NOW);
const HOUR = 3_600_000;

let view: EpisodeView;

beforeEach(async () => {
	vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setInterval', 'clearInterval'] });
	await freshStorage();
	vi.stubGlobal('document', Object.assign(new CountingTarget(), { visibilityState: 'visible' }));
	openEpisode.current = null;
	view = new EpisodeView();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

/** An episode begun at 08:00 `daysAgo` days before today, stored and open. */
async function opened(daysAgo = 0): Promise<Episode> {
	const at = NOW - daysAgo * 24 * HOUR - 2 * HOUR;
	const e = episode('e1', { startedAt: at, startDay: addDays(TODAY, -daysAgo), updatedAt: at });
	await episodes.put(e);
	openEpisode.current = e;
	return e;
}

/** Stores `record` as run from `at`. */
async function ran(record: SessionRecord, at: number): Promise<void> {
	const moved = { ...record, startedAt: at, endedAt: at + record.endedAt - record.startedAt };
	expect((await sessions.put(moved)).ok).toBe(true);
}

const item = (key: string) => view.plan?.items.find((i) => i.spec.key === key);

describe('EpisodeView', () => {
	it('shows nothing while no episode is open', async () => {
		await view.load();
		expect(view.current).toBeNull();
		expect(view.plan).toBeNull();
		expect(view.ending).toEqual({ kind: 'none' });
	});

	it('shows the plan for day 1, ticked from today’s check-in and sessions', async () => {
		await opened();
		await journal.put(entry(TODAY, { water: 1 }));
		// Ice after the tap ticks it; a routine before it (the episode was not begun yet) does not.
		await ran(session(1, { kind: 'timer', sourceId: 'ice-20', activity: 'ice' }), NOW - HOUR);
		await ran(session(2, { sourceId: 'first-hours' }), NOW - 3 * HOUR);
		await view.load();
		expect(view.plan?.day).toBe(1);
		expect(item('check-in')?.done).toBe(true);
		expect(item('cold')?.done).toBe(true);
		expect(item('position')?.done).toBe(false);
		expect(view.plan?.alert).toBeNull();
	});

	it('puts a warning sign from the check-ins before the plan', async () => {
		await opened(2);
		await journal.put(entry(TODAY, { bladderBowel: true }));
		await view.load();
		expect(view.plan?.alert?.level).toBe('emergency');
	});

	it('reads the check-ins from two weeks before the episode began, and no further', async () => {
		await opened(3);
		const reads = vi.spyOn(firstUse, 'journalRange');
		await view.load();
		expect(reads).toHaveBeenCalledWith(addDays(TODAY, -17), TODAY);
	});

	it('ends “It has settled” today and keeps it for History', async () => {
		const e = await opened(9);
		expect((await view.settle())?.ok).toBe(true);
		expect(await episodes.all()).toEqual([
			{ ...e, endDay: TODAY, endReason: 'settled', updatedAt: NOW }
		]);
		expect(openEpisode.current).toBeNull();
		// Nothing open: a second tap writes nothing.
		const before = await episodes.all();
		await view.settle();
		expect(await episodes.all()).toEqual(before);
	});

	it('asks again a week after “Not yet”', async () => {
		await opened(8);
		await view.load();
		expect(view.ending).toEqual({ kind: 'ask', quietDays: 8 });
		expect((await view.notYet())?.ok).toBe(true);
		expect(view.ending).toEqual({ kind: 'none' });
		expect(openEpisode.current?.notYetDay).toBe(TODAY);
		expect((await episodes.all())[0]?.notYetDay).toBe(TODAY);
	});

	it('ends by itself when the question was left unanswered after quiet days', async () => {
		const e = await opened(12);
		await view.load();
		expect(openEpisode.current).toBeNull();
		expect(await episodes.all()).toEqual([
			{ ...e, endDay: addDays(e.startDay, 7), endReason: 'quiet', updatedAt: NOW }
		]);
	});

	it('reads again when check-ins or sessions change, following them once started', async () => {
		await opened();
		view.start();
		view.start();
		await view.load();
		expect(item('check-in')?.done).toBe(false);
		const reads = vi.spyOn(firstUse, 'journalRange');
		await journal.put(entry(TODAY));
		await vi.waitFor(() => expect(item('check-in')?.done).toBe(true));
		expect(reads).toHaveBeenCalledOnce();
	});

	it('keeps the newer of two reads when the older one answers last', async () => {
		await opened();
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
		const slow = view.load();
		await vi.waitFor(() => expect(read).toBe(true));
		await journal.put(entry(TODAY));
		await view.load();
		letGo();
		await slow;
		expect(item('check-in')?.done).toBe(true);
	});
});

describe('beginEpisode', () => {
	it('stores an episode begun now and shows it open at once', async () => {
		await beginEpisode(NOW);
		const [stored] = await episodes.all();
		expect(stored).toMatchObject({ startedAt: NOW, startDay: TODAY, updatedAt: NOW });
		expect(openEpisode.current).toEqual(stored);
	});

	it('shows nothing open when it could not be stored', async () => {
		await beginEpisode(Number.NaN);
		expect(openEpisode.current).toBeNull();
		expect(await episodes.all()).toEqual([]);
	});
});

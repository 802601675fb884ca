// The weeks after an episode settles: the "keep it away" plan counted from the newest ended
// episode's end, what eased the pain during it (sessions rated lower after than before), read
// again when sessions change and never overwritten by a slower read; and the note of what
// helped, kept on the episode (an empty note removes it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, localDay } from '$lib/core/days';
import type { Episode, SessionRecord } from '$lib/core/model';
import * as episodes from '$lib/storage/episodes';
import * as sessions from '$lib/storage/sessions';
import { episode, freshStorage, session } from '$lib/storage/testing';
import { AfterEpisode } from './after-episode.svelte';
import { openEpisode } from './open-episode.svelte';
import { CountingTarget } from './testing.svelte';

/** 20 May 2024, 10:00 local time. */
const NOW = new Date(2024, 4, 20, 10, 0).getTime();
const TODAY = localDay(NOW);
const DAY = 24 * 3_600_000;

let after: AfterEpisode;

beforeEach(async () => {
	vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setInterval', 'clearInterval'] });
	await freshStorage();
	vi.stubGlobal('document', Object.assign(new CountingTarget(), { visibilityState: 'visible' }));
	openEpisode.current = null;
	openEpisode.ended = null;
	after = new AfterEpisode();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

/** An episode from ten days ago that ended three days ago, stored and known to Today. */
async function endedEpisode(more: Partial<Episode> = {}): Promise<Episode> {
	const e = episode('e1', {
		startedAt: NOW - 10 * DAY,
		startDay: addDays(TODAY, -10),
		endDay: addDays(TODAY, -3),
		endReason: 'settled',
		updatedAt: NOW - 3 * DAY,
		...more
	});
	await episodes.put(e);
	openEpisode.ended = e;
	return e;
}

/** Stores `record` as run from `at`. */
async function ran(record: SessionRecord, at: number): Promise<void> {
	const moved = { ...record, startedAt: at, endedAt: at + record.endedAt - record.startedAt };
	expect((await sessions.put(moved)).ok).toBe(true);
}

const eased = (n: number) =>
	session(n, { sourceId: 'heat-20', title: 'Heat 20', kind: 'timer', activity: 'heat' });

describe('AfterEpisode', () => {
	it('shows nothing before an episode has ended', async () => {
		await after.load();
		expect(after.episode).toBeNull();
		expect(after.keepUp).toBeNull();
		expect(after.helped).toEqual([]);
	});

	it('counts the gentle sessions since the end, and what eased the pain during the episode', async () => {
		await endedEpisode();
		await ran(eased(1), NOW - 9 * DAY);
		await ran(eased(2), NOW - 8 * DAY);
		await ran(session(3, { painBefore: 5, painAfter: 5 }), NOW - 7 * DAY);
		await ran(session(4), NOW - DAY);
		await after.load();
		// A built-in's session is named from the catalogs (its record keeps only its id).
		expect(after.helped).toEqual([{ sourceId: 'heat-20', title: 'Heat, 20 minutes', times: 2 }]);
		expect(after.keepUp).toMatchObject({ week: 1, done: 1, state: 'going' });
		expect(after.keepUp?.last?.sourceId).toBe('r-morning');
	});

	it('reads again when sessions change, once started', async () => {
		await endedEpisode();
		after.start();
		after.start();
		await after.load();
		expect(after.keepUp?.done).toBe(0);
		const reads = vi.spyOn(sessions, 'inRange');
		await ran(session(5), NOW - DAY);
		await vi.waitFor(() => expect(after.keepUp?.done).toBe(1));
		expect(reads).toHaveBeenCalledOnce();
	});

	it('keeps the newer of two reads when the older one answers last', async () => {
		await endedEpisode();
		const inRange = sessions.inRange;
		let letGo: () => void = () => {};
		const held = new Promise<void>((resolve) => (letGo = resolve));
		let read = false;
		vi.spyOn(sessions, 'inRange').mockImplementationOnce(async (from, to) => {
			const found = await inRange(from, to);
			read = true;
			await held;
			return found;
		});
		const slow = after.load();
		await vi.waitFor(() => expect(read).toBe(true));
		await ran(session(6), NOW - DAY);
		await after.load();
		letGo();
		await slow;
		expect(after.keepUp?.done).toBe(1);
	});

	it('keeps the note of what helped on the episode, and an empty note removes it', async () => {
		const e = await endedEpisode();
		expect((await after.saveNote('  Heat, then a short walk  '))?.ok).toBe(true);
		expect(await episodes.all()).toEqual([
			{ ...e, helped: 'Heat, then a short walk', updatedAt: NOW }
		]);
		openEpisode.ended = (await episodes.all())[0] ?? null;
		expect((await after.saveNote('   '))?.ok).toBe(true);
		expect((await episodes.all())[0]).not.toHaveProperty('helped');
	});

	it('writes no note when no episode has ended', async () => {
		expect(await after.saveNote('Heat')).toEqual({ ok: false, error: { code: 'no-episode' } });
		expect(await episodes.all()).toEqual([]);
	});
});

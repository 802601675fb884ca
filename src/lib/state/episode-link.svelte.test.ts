// Today's light view of the episode: open is what the probe found; the probe loads only once
// something is saved (a first visit loads nothing more and creates no database); and "Back just
// seized?" starts an episode now unless one is open, writing nothing then.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '$lib/core/days';
import * as episodes from '$lib/storage/episodes';
import { putJournal } from '$lib/storage/first-use';
import { entry, episode, freshStorage } from '$lib/storage/testing';
import { episodeLink } from './episode-link.svelte';
import { openEpisode } from './open-episode.svelte';

const watch = vi.hoisted(() => vi.fn(async () => {}));
vi.mock('./episode-probe', () => ({ watchEpisodes: watch }));

beforeEach(async () => {
	await freshStorage();
	openEpisode.current = null;
	watch.mockClear();
});
afterEach(() => vi.useRealTimers());

describe('episodeLink', () => {
	it('says which episode is open: the one the probe found', () => {
		expect(episodeLink.open).toBeNull();
		openEpisode.current = episode('e1');
		expect(episodeLink.open).toEqual(episode('e1'));
	});

	it('on a first visit looks no further and creates no database', async () => {
		await episodeLink.probe();
		expect(watch).not.toHaveBeenCalled();
		expect(await indexedDB.databases()).toEqual([]);
	});

	it('watches episodes once anything is saved', async () => {
		await putJournal(entry('2024-05-01'));
		await episodeLink.probe();
		expect(watch).toHaveBeenCalledOnce();
	});

	it('says when it could not look (its code did not load), without throwing', async () => {
		await putJournal(entry('2024-05-01'));
		watch.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
		expect(await episodeLink.probe()).toBe(false);
		expect(await episodeLink.probe()).toBe(true);
	});

	it('starts an episode today, and shows it open at once', async () => {
		const now = new Date(2024, 4, 10, 7, 30).getTime();
		vi.useFakeTimers({ now, toFake: ['Date'] });
		expect(await episodeLink.begin()).toEqual({ ok: true, value: undefined });
		const [stored] = await episodes.all();
		expect(stored).toMatchObject({ startedAt: now, startDay: localDay(now) });
		expect(episodeLink.open).toEqual(stored);
	});

	it('writes nothing when an episode is already open', async () => {
		openEpisode.current = episode('e1');
		await episodeLink.begin();
		expect(await episodes.all()).toEqual([]);
	});
});

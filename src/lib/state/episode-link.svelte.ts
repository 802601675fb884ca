// A light view of "is a spasm episode open?" for Today. A first visit has no database, so it
// loads nothing more; with one, a small reader looks (episode-probe.ts), and the rules, the plan
// and the card load only once an episode is open or being started.
import type { Episode } from '$lib/core/model';
import { fail, ok, type Result } from '$lib/core/result';
import { mayHaveData } from '$lib/storage/first-use';
import { openEpisode } from './open-episode.svelte';

class EpisodeLink {
	/** The open episode, the newest if there are several; null when none is open. */
	get open(): Episode | null {
		return openEpisode.current;
	}

	/**
	 * Looks for an open episode, and keeps looking as episodes change, once anything is saved.
	 * Reads never fail, but the reader's code may not load (offline before it was cached): then
	 * false, and the caller looks again later.
	 */
	async probe(): Promise<boolean> {
		try {
			if (await mayHaveData()) await (await import('./episode-probe')).watchEpisodes();
			return true;
		} catch {
			return false;
		}
	}

	/**
	 * Starts an episode now unless one is open. Whether it is saved is said on Today's episode
	 * card (see episode.svelte.ts `beginEpisode`); this fails only when the episode's code could
	 * not load (`not-loaded`: the check-in's summary says so, with Try again), so nothing was
	 * started.
	 */
	async begin(): Promise<Result<undefined, 'not-loaded'>> {
		if (this.open) return ok();
		try {
			await (await import('./episode.svelte')).beginEpisode();
			return ok();
		} catch {
			return fail('not-loaded');
		}
	}
}

export const episodeLink = new EpisodeLink();

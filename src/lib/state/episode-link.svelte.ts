// A light view of "is a spasm episode open?" for Today. A first visit has no database, so it
// loads nothing more; with one, a small reader looks (episode-probe.ts), and the rules, the plan
// and the card load only once an episode is open or being started.
import type { Episode } from '$lib/core/model';
import { mayHaveData } from '$lib/storage/first-use';
import { openEpisode } from './open-episode.svelte';

class EpisodeLink {
	/** The open episode, the newest if there are several; null when none is open. */
	get open(): Episode | null {
		return openEpisode.current;
	}

	/** Looks for an open episode, and keeps looking as episodes change, once anything is saved. */
	async probe(): Promise<void> {
		if (await mayHaveData()) await (await import('./episode-probe')).watchEpisodes();
	}

	/**
	 * Starts an episode now unless one is open. Whether it is saved is said on Today's episode
	 * card (see episode.svelte.ts `beginEpisode`), so the caller goes on either way.
	 */
	async begin(): Promise<void> {
		if (this.open) return;
		await (await import('./episode.svelte')).beginEpisode();
	}
}

export const episodeLink = new EpisodeLink();

// A light view of "is a spasm episode open?" for Today. A first visit has no database, so it
// loads nothing more; with one, a small reader looks (episode-probe.ts), and the rules, the plan
// and the card load only once an episode is open or being started.
import type { Episode } from '$lib/core/model';
import type { WriteResult } from '$lib/storage/errors';
import { mayHaveData } from '$lib/storage/first-use';

class EpisodeLink {
	/** The open episode, the newest if there are several; null when none is open. */
	open = $state.raw<Episode | null>(null);

	/** Looks for an open episode, and keeps looking as episodes change, once anything is saved. */
	async probe(): Promise<void> {
		if (await mayHaveData()) await (await import('./episode-probe')).watchEpisodes();
	}

	/** Starts an episode now unless one is open. Resolves to null when one already was. */
	async begin(): Promise<WriteResult | null> {
		if (this.open) return null;
		return (await import('./episode.svelte')).beginEpisode();
	}
}

export const episodeLink = new EpisodeLink();

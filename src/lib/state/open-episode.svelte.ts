// The open spasm episode, apart from episode-link.svelte.ts so that the modules it loads on
// demand (episode-probe.ts, episode.svelte.ts) can set it without importing their loader. With
// it, what Today needs of the episodes before: the newest ended one (its "keep it away" weeks)
// and the note of what helped last time.
import type { Episode } from '$lib/core/model';

class OpenEpisode {
	/** The open episode, the newest if there are several; null when none is open. */
	current = $state.raw<Episode | null>(null);
	/** The newest ended episode; null when none has ended. */
	ended = $state.raw<Episode | null>(null);
	/** "If it comes back": what helped, noted at the end of an episode before the open one. */
	helped = $state<string | null>(null);
}

export const openEpisode = new OpenEpisode();

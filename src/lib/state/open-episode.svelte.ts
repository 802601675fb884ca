// The open spasm episode, apart from episode-link.svelte.ts so that the modules it loads on
// demand (episode-probe.ts, episode.svelte.ts) can set it without importing their loader.
import type { Episode } from '$lib/core/model';

class OpenEpisode {
	/** The open episode, the newest if there are several; null when none is open. */
	current = $state.raw<Episode | null>(null);
}

export const openEpisode = new OpenEpisode();

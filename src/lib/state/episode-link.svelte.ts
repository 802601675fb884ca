// A light view of "is a spasm episode open?" for Today, so a first visit (which has none) loads
// neither the episode rules nor the plan. Starting one loads them at that moment.
import { browser } from '$app/environment';
import type { Episode } from '$lib/core/model';
// Straight from the modules, not the $lib/storage index: a first visit loads only these.
import { onDataChange } from '$lib/storage/broadcast';
import type { WriteResult } from '$lib/storage/errors';
import { listEpisodes } from '$lib/storage/first-use';

class EpisodeLink {
	/** The open episode, the newest if there are several; null when none is open. */
	open = $state.raw<Episode | null>(null);
	loaded = $state(false);
	#probed = false;

	async probe(): Promise<void> {
		if (!browser) return;
		if (!this.#probed) {
			onDataChange((change) => {
				if (change.store === 'episodes') void this.#look();
			});
		}
		this.#probed = true;
		await this.#look();
	}

	async #look(): Promise<void> {
		const open = (await listEpisodes()).filter((e) => e.endDay === undefined);
		this.open = open.sort((a, b) => b.startedAt - a.startedAt)[0] ?? null;
		this.loaded = true;
	}

	/** Starts an episode now unless one is open. Resolves to null when one already was. */
	async begin(): Promise<WriteResult | null> {
		if (this.open) return null;
		return (await import('./episode.svelte')).beginEpisode();
	}
}

export const episodeLink = new EpisodeLink();

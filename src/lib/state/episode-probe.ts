// Finds the open episode for Today and follows changes to episodes from any tab. Loaded only
// when a database exists, so a first visit does not download it.
import { browser } from '$app/environment';
import { onDataChange } from '$lib/storage/broadcast';
import { openEpisode as newestOpen } from '$lib/core/episode';
import { all } from '$lib/storage/episodes';
import { openEpisode } from './open-episode.svelte';

let watching = false;

async function look(): Promise<void> {
	openEpisode.current = newestOpen(await all());
}

export async function watchEpisodes(): Promise<void> {
	if (!browser) return;
	if (!watching) {
		watching = true;
		onDataChange((change) => {
			if (change.store === 'episodes') void look();
		});
	}
	await look();
}

// Finds the open episode for Today and follows changes to episodes from any tab. Loaded only
// when a database exists, so a first visit does not download it.
import { browser } from '$app/environment';
import { onDataChange } from '$lib/storage/broadcast';
import { all } from '$lib/storage/episodes';
import { episodeLink } from './episode-link.svelte';

let watching = false;

async function look(): Promise<void> {
	const open = (await all()).filter((e) => e.endDay === undefined);
	episodeLink.open = open.sort((a, b) => b.startedAt - a.startedAt)[0] ?? null;
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

// Finds the open episode for Today (and the last ended one, with its note of what helped) and follows changes to episodes from any tab. Loaded only
// when a database exists, so a first visit does not download it. It also starts the daily
// reminder's due watch, a saved preference too: starting it here costs Today's first visit
// nothing (a loader of its own cost 76 bytes, leaving 6 of the 45 KB budget).
import { browser } from '$app/environment';
import { onDataChange } from '$lib/storage/broadcast';
import { openEpisode as newestOpen } from '$lib/core/episode';
import { lastEnded, lastHelpedNote } from '$lib/core/keep-up';
import { all } from '$lib/storage/episodes';
import { openEpisode } from './open-episode.svelte';
import { reminderDue } from './reminder-due.svelte';

let watching = false;

async function look(): Promise<void> {
	const episodes = await all();
	const open = newestOpen(episodes);
	openEpisode.current = open;
	openEpisode.ended = lastEnded(episodes);
	openEpisode.helped = lastHelpedNote(episodes, open?.startedAt);
}

export async function watchEpisodes(): Promise<void> {
	if (!browser) return;
	if (!watching) {
		watching = true;
		reminderDue.start();
		// Lives for the page: Today's link, the journal's notice and the cards read the episode.
		onDataChange((change) => {
			if (change.store === 'episodes') void look();
		});
	}
	await look();
}

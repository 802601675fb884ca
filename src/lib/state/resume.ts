// Continuing or ending an interrupted session from Today's card. Apart from launch.ts: the card
// shows only after an interruption, so a first visit does not download these.
import { playHref } from './play-href';
import { goto } from '$app/navigation';
import { unlockAudio } from '$lib/platform/audio';

export async function continueInterrupted(): Promise<void> {
	// In the tap, before the first await: the player loads after the gesture has ended.
	void unlockAudio();
	const { player } = await import('./player.svelte');
	await player.resumeInterrupted();
	await goto(playHref());
}

/** Ends the interrupted session and shows its summary, which says whether it was saved. */
export async function endInterrupted(): Promise<void> {
	const { player } = await import('./player.svelte');
	const ending = player.endInterrupted();
	await goto(playHref());
	await ending;
}

// Whether to load Today's reminder watch (state/reminder-due.svelte.ts): only once something is
// saved on this device, since a reminder is a saved preference. A first visit loads nothing more.
import { mayHaveData } from '$lib/storage/first-use';

export async function watchReminder(): Promise<void> {
	if (await mayHaveData()) (await import('./reminder-due.svelte')).reminderDue.start();
}

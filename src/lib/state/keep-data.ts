// Asks the browser to keep Limber's data once there is something worth keeping: the first saved
// session, check-in or restore in this tab. The shell starts it on every page; the persistence
// code itself loads only then (a first visit that saves nothing never downloads it).
import { browser } from '$app/environment';
// Straight from the modules, not the $lib/storage index: the shell loads only the listener.
import { onDataChange } from '$lib/storage/broadcast';
import { getStorageStatus } from '$lib/storage/status';

let started = false;

export function keepDataOnFirstSave(): void {
	if (!browser || started) return;
	started = true;
	// Lives for the page: it acts on a save, whatever is on screen.
	onDataChange((change, remote) => {
		if (remote || !getStorageStatus().persistent) return;
		const worthKeeping = change.store === 'sessions' || change.store === 'journal';
		if (worthKeeping && (change.op === 'put' || change.op === 'import')) {
			void import('./persistence.svelte').then(({ persistence }) => persistence.ask());
		}
	});
}

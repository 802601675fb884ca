// Keeping the user's records safe on this device: asks the browser not to evict Limber's data
// once there is something worth keeping, and reports usage and protection for Settings.
import { browser } from '$app/environment';
// Straight from the modules, not the $lib/storage index: the shell loads only the listener, and
// the persistence code arrives with the first save worth keeping (or with Settings).
import { onDataChange } from '$lib/storage/broadcast';
import type { PersistOutcome, StorageEstimateInfo } from '$lib/storage/persist';
import { getStorageStatus } from '$lib/storage/status';

const persist = () => import('$lib/storage/persist');

class Persistence {
	estimate = $state.raw<StorageEstimateInfo | null>(null);
	outcome = $state<PersistOutcome | null>(null);
	#started = false;

	/** Waits for the first saved session, check-in or restore, then asks once. */
	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		onDataChange((change, remote) => {
			if (remote || !getStorageStatus().persistent) return;
			const worthKeeping = change.store === 'sessions' || change.store === 'journal';
			if (worthKeeping && (change.op === 'put' || change.op === 'import')) void this.ask();
		});
	}

	/** Asks the browser the first time only (requestPersistence remembers), then re-reads usage. */
	async ask(): Promise<PersistOutcome> {
		const outcome = await (await persist()).requestPersistence();
		this.outcome = outcome;
		await this.refresh();
		return outcome;
	}

	async refresh(): Promise<void> {
		this.estimate = await (await persist()).storageEstimate();
	}
}

export const persistence = new Persistence();

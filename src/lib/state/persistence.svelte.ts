// Keeping the user's records safe on this device: asks the browser not to evict Limber's data
// once there is something worth keeping, and reports usage and protection for Settings.
import { browser } from '$app/environment';
import {
	getStorageStatus,
	onDataChange,
	requestPersistence,
	storageEstimate,
	type PersistOutcome,
	type StorageEstimateInfo
} from '$lib/storage';

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
		const outcome = await requestPersistence();
		this.outcome = outcome;
		await this.refresh();
		return outcome;
	}

	async refresh(): Promise<void> {
		this.estimate = await storageEstimate();
	}
}

export const persistence = new Persistence();

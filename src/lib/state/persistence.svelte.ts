// Keeping the user's records safe on this device: asks the browser not to evict Limber's data
// and reports usage and protection for Settings. Loaded with Settings, or with the first save
// worth keeping (keep-data.ts, which the shell starts, waits for it).
import type { PersistOutcome, StorageEstimateInfo } from '$lib/storage/persist';

const persist = () => import('$lib/storage/persist');

class Persistence {
	estimate = $state.raw<StorageEstimateInfo | null>(null);
	outcome = $state<PersistOutcome | null>(null);
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

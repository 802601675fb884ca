// Whether what the user records this visit is being saved, for the banner and Settings.
import { browser } from '$app/environment';
// Straight from the modules, not the $lib/storage index: a first visit loads only these.
import { openIfSaved } from '$lib/storage/first-use';
import { getStorageStatus, subscribeStorageStatus, type StorageStatus } from '$lib/storage/status';

class StorageHealth {
	status = $state<StorageStatus>(getStorageStatus());
	#started = false;

	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		subscribeStorageStatus((status) => (this.status = status));
		// Opens storage now only when something is saved: a first visit creates no database.
		void openIfSaved();
	}
}

export const storageHealth = new StorageHealth();

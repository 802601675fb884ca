// Whether what the user records this visit is being saved, for the banner and Settings.
import { browser } from '$app/environment';
import {
	getStorageStatus,
	initStorage,
	subscribeStorageStatus,
	type StorageStatus
} from '$lib/storage';

class StorageHealth {
	status = $state<StorageStatus>(getStorageStatus());
	#started = false;

	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		subscribeStorageStatus((status) => (this.status = status));
		void initStorage();
	}
}

export const storageHealth = new StorageHealth();

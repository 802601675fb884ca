// Whether what the user records this visit is being saved, for the banner and Settings.
import { browser } from '$app/environment';
import { untrack } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';
// Straight from the modules, not the $lib/storage index: a first visit loads only these.
import { openIfSaved } from '$lib/storage/first-use';
import { getStorageStatus, subscribeStorageStatus, type StorageStatus } from '$lib/storage/status';

/** @internal Exported for its test; the app uses the one instance below. */
export class StorageHealth {
	#started = false;
	/** How many flows' own alerts (components/ui/NotSaved.svelte) are on screen. */
	#flowAlerts = $state(0);
	/** Listens to the storage status only while something on screen reads it. */
	#follow = createSubscriber((update) => {
		let subscribing = true;
		const stop = subscribeStorageStatus(() => {
			// The status is read straight from storage below; only a change needs telling.
			if (!subscribing) update();
		});
		subscribing = false;
		return stop;
	});

	get status(): StorageStatus {
		this.#follow();
		return getStorageStatus();
	}

	/**
	 * Whether the storage warning should stay quiet (shown, but no alert): a flow's own alert on
	 * screen already says why its write is not saved, and one alert speaks at a time.
	 */
	get quiet(): boolean {
		return this.#flowAlerts > 0;
	}

	/**
	 * A flow's own alert is on screen until the returned function is called (once). Called from
	 * an effect, it must not make the effect depend on the count it changes: untracked.
	 */
	alertShown(): () => void {
		untrack(() => this.#flowAlerts++);
		let gone = false;
		return () => {
			if (gone) return;
			gone = true;
			untrack(() => this.#flowAlerts--);
		};
	}

	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		// Opens storage now only when something is saved: a first visit creates no database.
		void openIfSaved();
	}
}

export const storageHealth = new StorageHealth();

// The user's preferences for cues, prompts and the daily reminder, loaded from storage and saved
// on every change.
import { DEFAULT_PREFERENCES, PREFERENCE_PREFIX, type Preferences } from '$lib/core/preferences';
// Straight from the modules, not the $lib/storage index: the first visit loads only these.
import { onDataChange } from '$lib/storage/broadcast';
import type { WriteResult } from '$lib/storage/errors';
import { getSetting, setSetting } from '$lib/storage/settings';

// The preferences, their defaults and what each may hold are in core/preferences.ts, which
// backups read too.
const KEYS = Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[];

/** @internal Exported for its test; the app uses the one instance below. */
export class Settings {
	prefs = $state<Preferences>({ ...DEFAULT_PREFERENCES });
	#started: Promise<void> | null = null;

	async load(): Promise<void> {
		const entries = await Promise.all(
			KEYS.map(async (key) => [
				key,
				await getSetting(PREFERENCE_PREFIX + key, DEFAULT_PREFERENCES[key])
			])
		);
		this.prefs = { ...DEFAULT_PREFERENCES, ...Object.fromEntries(entries) };
	}

	/**
	 * Loads the saved preferences once and keeps them current; resolves when they are loaded.
	 * The player and Settings call it, so a first visit to Today does not load this code.
	 */
	start(): Promise<void> {
		if (this.#started) return this.#started;
		this.#started = this.load();
		// Lives for the page: the player reads the preferences when a cue plays, not on screen.
		onDataChange((change, remote) => {
			// A restore or an erase in this tab replaces settings too.
			const replaced = change.op === 'import' || change.op === 'clear';
			if (change.store === 'settings' && (remote || replaced)) void this.load();
		});
		return this.#started;
	}

	/** Shows the new value at once; the result says whether it reached storage. */
	set<K extends keyof Preferences>(key: K, value: Preferences[K]): Promise<WriteResult> {
		this.prefs = { ...this.prefs, [key]: value };
		return setSetting(PREFERENCE_PREFIX + key, value);
	}
}

export const settings = new Settings();

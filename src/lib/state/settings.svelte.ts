// The user's preferences for cues, prompts and the daily reminder, loaded from storage and saved
// on every change.
import { DEFAULT_PREFERENCES, PREFERENCE_PREFIX, type Preferences } from '$lib/core/preferences';
import type { Result } from '$lib/core/result';
// Straight from the modules, not the $lib/storage index: the first visit loads only these.
import { onDataChange } from '$lib/storage/broadcast';
import { getSetting, setSetting } from '$lib/storage/settings';
import { onDisk } from './saved';

// The preferences, their defaults and what each may hold are in core/preferences.ts, which
// backups read too.
const KEYS = Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[];

/** @internal Exported for its test; the app uses the one instance below. */
export class Settings {
	prefs = $state<Preferences>({ ...DEFAULT_PREFERENCES });
	#started: Promise<void> | null = null;
	/** How many times each preference was changed here, so a load keeps a change newer than it. */
	// Bookkeeping, never shown: a plain Map is right here.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#changes = new Map<keyof Preferences, number>();

	async load(): Promise<void> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const before = new Map(this.#changes);
		const entries = await Promise.all(
			KEYS.map(async (key) => [
				key,
				await getSetting(PREFERENCE_PREFIX + key, DEFAULT_PREFERENCES[key])
			])
		);
		const loaded: Preferences = { ...DEFAULT_PREFERENCES, ...Object.fromEntries(entries) };
		// A switch changed while the load was reading is newer than what the load read.
		for (const key of KEYS) {
			if (this.#changes.get(key) !== before.get(key))
				Object.assign(loaded, { [key]: this.prefs[key] });
		}
		this.prefs = loaded;
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

	/**
	 * Shows the new value at once; resolves once it is saved, or to why it is not (for the
	 * alert with Try again). A write refused outright puts the value before it back on screen;
	 * one held in memory keeps it, for as long as the alert says.
	 */
	async set<K extends keyof Preferences>(
		key: K,
		value: Preferences[K]
	): Promise<Result<undefined, string>> {
		const before = this.prefs[key];
		const change = (this.#changes.get(key) ?? 0) + 1;
		this.#changes.set(key, change);
		this.prefs = { ...this.prefs, [key]: value };
		const result = await setSetting(PREFERENCE_PREFIX + key, value);
		if (!result.ok && this.#changes.get(key) === change) {
			this.prefs = { ...this.prefs, [key]: before };
		}
		return onDisk(result, 'setting');
	}
}

export const settings = new Settings();

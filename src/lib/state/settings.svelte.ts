// The user's preferences for cues, prompts and the daily reminder, loaded from storage and saved
// on every change.
import { DEFAULT_REMINDER_TIME } from '$lib/core/reminder';
import type { Result } from '$lib/core/result';
// Straight from the modules, not the $lib/storage index: the first visit loads only these.
import { onDataChange } from '$lib/storage/broadcast';
import { getSetting, setSetting } from '$lib/storage/settings';
import { onDisk } from './saved';

export interface Preferences {
	/** Speak each step and phase aloud. */
	voice: boolean;
	/** speechSynthesis voiceURI; empty = the browser's default voice. */
	voiceURI: string;
	/** Speaking rate, 0.7–1.3. */
	rate: number;
	chime: boolean;
	vibration: boolean;
	/** Keep the screen on while a session runs. */
	wakeLock: boolean;
	/** Ask for a 0–10 pain rating before and after a session. */
	askPain: boolean;
	/** The daily check-in reminder is on (Today marks the check-in due; see state/reminder). */
	reminder: boolean;
	/** Its local time of day, "HH:MM"; read through core/reminder's `reminderTime`. */
	reminderTime: string;
}

/** The on/off preferences, for lists of switches. */
export type ToggleKey = {
	[K in keyof Preferences]: Preferences[K] extends boolean ? K : never;
}[keyof Preferences];

export const DEFAULT_PREFERENCES: Preferences = {
	voice: true,
	voiceURI: '',
	rate: 1,
	chime: true,
	vibration: true,
	wakeLock: true,
	askPain: true,
	reminder: false,
	reminderTime: DEFAULT_REMINDER_TIME
};

const KEYS = Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[];
const prefix = 'pref.';

class Settings {
	prefs = $state<Preferences>({ ...DEFAULT_PREFERENCES });
	#started: Promise<void> | null = null;
	/** How many times each preference was changed here, so a load keeps a change newer than it. */
	#changes = new Map<keyof Preferences, number>();

	async load(): Promise<void> {
		const before = new Map(this.#changes);
		const entries = await Promise.all(
			KEYS.map(async (key) => [key, await getSetting(prefix + key, DEFAULT_PREFERENCES[key])])
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
		const result = await setSetting(prefix + key, value);
		if (!result.ok && this.#changes.get(key) === change) {
			this.prefs = { ...this.prefs, [key]: before };
		}
		return onDisk(result, 'setting');
	}
}

export const settings = new Settings();

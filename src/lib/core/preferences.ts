// The person's preferences for cues, prompts and the daily reminder: their names, their defaults
// and the values each may hold. state/settings.svelte.ts keeps them; this is also the one list of
// settings a backup may bring (core/backup.ts), so a file cannot plant keys Limber never reads.
import { DEFAULT_REMINDER_TIME, reminderMinutes } from './reminder';

export interface Preferences {
	/** Speak each step and phase aloud. */
	voice: boolean;
	/** speechSynthesis voiceURI; empty = the browser's default voice. */
	voiceURI: string;
	/** Speaking rate, within SPEECH_RATE. */
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

/** The speaking speeds Settings offers. */
export const SPEECH_RATE = { min: 0.7, max: 1.3, step: 0.1 } as const;

/** Each preference is stored under its name with this prefix: "pref.voice". */
export const PREFERENCE_PREFIX = 'pref.';

const isBoolean = (x: unknown): boolean => typeof x === 'boolean';

/** What each preference may hold: its type, and its range where it has one. */
const FITS: { [K in keyof Preferences]: (value: unknown) => boolean } = {
	voice: isBoolean,
	// A voice's id is the browser's own text; a few hundred characters is far more than any.
	voiceURI: (x) => typeof x === 'string' && x.length <= 500,
	rate: (x) =>
		typeof x === 'number' && Number.isFinite(x) && x >= SPEECH_RATE.min && x <= SPEECH_RATE.max,
	chime: isBoolean,
	vibration: isBoolean,
	wakeLock: isBoolean,
	askPain: isBoolean,
	reminder: isBoolean,
	reminderTime: (x) => typeof x === 'string' && reminderMinutes(x) !== null
};

/**
 * Whether `key` is a stored preference ("pref.voice") and `value` one it may hold. Looked up as
 * an own key, so "constructor", "__proto__" or "pref.toString" are never taken for one.
 */
export function isPreference(key: string, value: unknown): boolean {
	if (!key.startsWith(PREFERENCE_PREFIX)) return false;
	const name = key.slice(PREFERENCE_PREFIX.length);
	return Object.hasOwn(FITS, name) && FITS[name as keyof Preferences](value);
}

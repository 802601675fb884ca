// Vibration for phase changes, on the phones that allow it (not iPhones).

/** Patterns in ms (on, off, on, …): distinct enough to tell apart without looking. */
export const VIBRATION = {
	/** A new phase begins: two firm pulses. */
	phase: [200, 120, 200],
	/** The session is over: a longer, settling pattern. */
	end: [300, 150, 300, 150, 600],
	/** A last-seconds countdown tick. */
	tick: [40]
} as const satisfies Record<string, readonly number[]>;

export type VibrationName = keyof typeof VIBRATION;

export function isVibrationSupported(): boolean {
	return typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';
}

/**
 * Vibrates with a named or explicit pattern; false when the device would not (unsupported,
 * or Chrome refusing because the user has not tapped the page yet). 0 stops a running pattern.
 */
export function vibrate(pattern: VibrationName | number | readonly number[]): boolean {
	if (!isVibrationSupported()) return false;
	const p = typeof pattern === 'string' ? VIBRATION[pattern] : pattern;
	try {
		return navigator.vibrate(typeof p === 'number' ? p : [...p]);
	} catch {
		return false;
	}
}

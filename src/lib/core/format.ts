// The countdown clock: digits, the same in every language (lengths and "how long ago" in words
// are in i18n/format.ts, in the page's language).

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `m:ss`, or `h:mm:ss` from an hour. Rounds up to the whole second: a countdown reads 0:01
 * through its last second and 0:00 only at the very end, and starts on its full length
 * (a 20-minute timer shows 20:00, not 19:59, at its first tick).
 */
export function formatClock(ms: number): string {
	const total = Math.max(0, Math.ceil(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

// Human wording for times: the countdown clock, plan lengths and "how long ago".

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
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

/**
 * A length, exactly: "45 s", "20 min", "1 h 5 min"; one that is not a whole number of minutes
 * reads as a clock ("1:30", "1:02:05"), never rounded to a length it is not.
 */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds} s`;
	if (seconds % 60 !== 0) return formatClock(seconds * 1000);
	const minutes = seconds / 60;
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (h === 0) return `${m} min`;
	return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * Time a person spent, as recorded: "45 s", "19 min 56 s", "1 h 5 min". Exact to the second
 * like formatDuration, but never in clock form, which beside a time of day ("14:05 · 19:56")
 * reads as another time.
 */
export function formatLength(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	const parts = [h > 0 && `${h} h`, m > 0 && `${m} min`, (s > 0 || seconds === 0) && `${s} s`];
	return parts.filter(Boolean).join(' ');
}

/** How long ago, to be read or spoken: "just now", "40 seconds ago", "1 hour 5 minutes ago". */
export function formatAgo(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 1) return 'just now';
	if (seconds < 60) return `${plural(seconds, 'second')} ago`;
	const minutes = Math.round(ms / 60_000);
	if (minutes < 60) return `${plural(minutes, 'minute')} ago`;
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return `${plural(h, 'hour')}${m === 0 ? '' : ` ${plural(m, 'minute')}`} ago`;
}

// How a spasm episode is going, read from the journal: its one day count (Today's "Day N", the
// journal notice's lasting spasms and the report all use it) and whether it is easing. Pure and
// small, so the journal notice can load it without the plan. The care facts: "spasms or pain
// that last more than three days without easing" call for an appointment, "more than three
// days" meaning day four onward.
import { addDays, daysBetween } from './days';
import type { JournalEntry } from './model';

/** A spasm run ends after more days than this in a row without any check-in. */
export const MAX_UNLOGGED_DAYS = 2;
/** "More than three days": from day four, spasms or pain not easing call for an appointment. */
export const LASTING_SPASM_DAY = 4;
/** A check-in at or below this pain, without spasms, counts as eased (settling). */
export const EASED_PAIN = 3;
/** Pain is falling when the latest check-in is lower than one of the days this far before it. */
export const FALLING_WINDOW_DAYS = 3;

/** Check-ins up to `today`, oldest first. */
function upTo(entries: readonly JournalEntry[], today: string): JournalEntry[] {
	return entries.filter((e) => e.date <= today).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The first day of the run of spasm check-ins that reaches `day` (or ends at most
 * `MAX_UNLOGGED_DAYS` unlogged days before it), or null when none does. A check-in saying no
 * spasms ends a run; so do more than `MAX_UNLOGGED_DAYS` days in a row without a check-in.
 */
export function spasmRunStart(entries: readonly JournalEntry[], day: string): string | null {
	let first: string | null = null;
	for (const entry of upTo(entries, day).reverse()) {
		// Unlogged days between this check-in and the next one of the run (or `day` itself).
		const gap = first === null ? daysBetween(entry.date, day) : daysBetween(entry.date, first) - 1;
		if (gap > MAX_UNLOGGED_DAYS || !entry.spasms) break;
		first = entry.date;
	}
	return first;
}

/**
 * The episode's first day: the day of the tap on "Back just seized?" (`startDay`), or the
 * first check-in with spasms of the run going on then, whichever came first. Without an open
 * episode, the first day of the run of spasms going on now (null when there is none).
 */
export function firstDayOf(
	entries: readonly JournalEntry[],
	startDay: string | null,
	today: string
): string | null {
	const run = spasmRunStart(entries, startDay ?? today);
	if (startDay === null) return run;
	return run !== null && run < startDay ? run : startDay;
}

/** "Day N": calendar days from the first day, Day 1 being the first day itself. */
export function dayCount(firstDay: string, today: string): number {
	return Math.max(1, daysBetween(firstDay, today) + 1);
}

/** Why it is time to have it looked at; null while it is easing, or before day four. */
export type LookReason =
	/** The latest check-in still logs spasms. */
	| 'spasms'
	/** The check-ins do not show the pain falling, and it is above `EASED_PAIN`. */
	| 'pain'
	/** No check-in for the last few days: nothing shows it easing. */
	| 'no-news';

export interface Course {
	/** The episode's first day, and today's number counted from it. */
	firstDay: string;
	day: number;
	/** The latest check-in since the first day, if it is recent (no more than two days old). */
	latest: JournalEntry | null;
	/** The latest check-in logs no spasms: the first day of that spell without them. */
	spasmsStoppedOn: string | null;
	/**
	 * Pain falling over the last check-ins: the latest is no higher than the one before, lower
	 * than one of the `FALLING_WINDOW_DAYS` days before it (or the check-in before, after
	 * skipped days), and lower than where the stretch of check-ins without a rise began
	 * (`from`, on `since`).
	 */
	painFalling: { from: number; to: number; since: string } | null;
	/** Easing: spasms stopped or pain falling. */
	easing: boolean;
	/** From day four, why it is time to have it looked at; null when it is not. */
	lookAt: LookReason | null;
}

/** The first day of the latest spell of check-ins without spasms, when the latest has none. */
function stoppedOn(own: readonly JournalEntry[], latest: JournalEntry | null): string | null {
	if (!latest || latest.spasms) return null;
	let since = latest.date;
	for (const e of [...own].reverse()) {
		if (e.spasms) break;
		since = e.date;
	}
	return since;
}

function falling(own: readonly JournalEntry[], latest: JournalEntry | null): Course['painFalling'] {
	const before = own.filter((e) => latest && e.date < latest.date);
	const previous = before.at(-1);
	if (!latest || !previous || latest.pain > previous.pain) return null;
	const windowStart = addDays(latest.date, -FALLING_WINDOW_DAYS);
	const window = before.filter((e) => e.date >= windowStart);
	const compared = window.length > 0 ? window : [previous];
	if (!compared.some((e) => e.pain > latest.pain)) return null;
	// The stretch back from the latest check-in over which pain never rose: where it fell from.
	let from = latest;
	for (const e of [...before].reverse()) {
		if (e.pain < from.pain) break;
		from = e;
	}
	return from.pain > latest.pain ? { from: from.pain, to: latest.pain, since: from.date } : null;
}

/** How the episode that began on `firstDay` is going as of `today`. */
export function courseOf(
	entries: readonly JournalEntry[],
	firstDay: string,
	today: string
): Course {
	const own = upTo(entries, today).filter((e) => e.date >= firstDay);
	const last = own.at(-1);
	const latest = last && daysBetween(last.date, today) <= MAX_UNLOGGED_DAYS ? last : null;
	const day = dayCount(firstDay, today);
	const spasmsStoppedOn = stoppedOn(own, latest);
	const painFalling = falling(own, latest);
	let lookAt: LookReason | null = null;
	if (day >= LASTING_SPASM_DAY) {
		if (!latest) lookAt = 'no-news';
		else if (latest.spasms) lookAt = 'spasms';
		else if (!painFalling && latest.pain > EASED_PAIN) lookAt = 'pain';
	}
	return {
		firstDay,
		day,
		latest,
		spasmsStoppedOn,
		painFalling,
		easing: spasmsStoppedOn !== null || painFalling !== null,
		lookAt
	};
}

// Local calendar days written as YYYY-MM-DD: the arithmetic the journal, history and calendar
// share (months and labels are in calendar.ts). Day strings are compared and stepped as calendar dates, never as 24-hour spans, so a
// daylight-saving change cannot skip or repeat a day.
import { isIsoDate } from './json';

export const DAY_MS = 86_400_000;

/** Local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(epochMs: number): string {
	const d = new Date(epochMs);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Year, month (1–12) and day of a YYYY-MM-DD string; throws on anything else. */
export function parts(day: string): [number, number, number] {
	if (!isIsoDate(day)) throw new RangeError(`Not a calendar day: ${day}`);
	return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

/** The UTC calendar day of an instant, as YYYY-MM-DD. */
export function fromUtc(ms: number): string {
	const d = new Date(ms);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The instant a local calendar day begins (its local midnight, whatever the daylight saving). */
export function localStart(day: string): number {
	const [y, m, d] = parts(day);
	return new Date(y, m - 1, d).getTime();
}

// UTC is used only as a calendar here: it has no daylight-saving, so day steps are exact.
export function utcOf(day: string): number {
	const [y, m, d] = parts(day);
	return Date.UTC(y, m - 1, d);
}

/** The day `n` calendar days after `day` (before, when negative). */
export function addDays(day: string, n: number): string {
	return fromUtc(utcOf(day) + n * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((utcOf(to) - utcOf(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
	return new Date(utcOf(day)).getUTCDay();
}

/** The first day of the week holding `day`; weeks start on Monday unless told otherwise. */
export function startOfWeek(day: string, weekStartsOn = 1): string {
	return addDays(day, -((weekdayOf(day) - weekStartsOn + 7) % 7));
}

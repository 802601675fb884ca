// Local calendar days written as YYYY-MM-DD: the arithmetic the journal, history and calendar
// share. Day strings are compared and stepped as calendar dates, never as 24-hour spans, so a
// daylight-saving change cannot skip or repeat a day.
import { isIsoDate } from './json';

const DAY_MS = 86_400_000;

/** Local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(epochMs: number): string {
	const d = new Date(epochMs);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface YearMonth {
	year: number;
	/** 1–12. */
	month: number;
}

function parts(day: string): [number, number, number] {
	if (!isIsoDate(day)) throw new RangeError(`Not a calendar day: ${day}`);
	return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

function fromUtc(ms: number): string {
	const d = new Date(ms);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// UTC is used only as a calendar here: it has no daylight-saving, so day steps are exact.
function utcOf(day: string): number {
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

/** Epoch ms of local midnight at the start of `day` (for range queries on start times). */
export function dayStartMs(day: string): number {
	const [y, m, d] = parts(day);
	return new Date(y, m - 1, d).getTime();
}

export function monthOf(day: string): YearMonth {
	const [year, month] = parts(day);
	return { year, month };
}

export function shiftMonth({ year, month }: YearMonth, delta: number): YearMonth {
	const index = year * 12 + (month - 1) + delta;
	return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function daysInMonth({ year, month }: YearMonth): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day of the month `target` nearest to `day`'s date (31 March → 30 April). */
export function sameDayIn(target: YearMonth, day: string): string {
	const date = Math.min(parts(day)[2], daysInMonth(target));
	return fromUtc(Date.UTC(target.year, target.month - 1, date));
}

/** A month laid out in weeks for a calendar: null fills the days outside the month. */
export function monthGrid(ym: YearMonth, weekStartsOn = 1): (string | null)[][] {
	const first = fromUtc(Date.UTC(ym.year, ym.month - 1, 1));
	const lead = (weekdayOf(first) - weekStartsOn + 7) % 7;
	const count = daysInMonth(ym);
	const cells: (string | null)[] = Array.from({ length: lead }, () => null);
	for (let i = 0; i < count; i++) cells.push(addDays(first, i));
	while (cells.length % 7 !== 0) cells.push(null);
	const weeks: (string | null)[][] = [];
	for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
	return weeks;
}

/** Noon UTC of `day`, for formatting a calendar day with Intl in UTC whatever the device zone. */
export function dayAsDate(day: string): Date {
	return new Date(utcOf(day) + DAY_MS / 2);
}

/** "Today", "Yesterday", or e.g. "Tuesday 14 May 2024". */
export function dayLabel(day: string, today: string, locale?: string): string {
	const diff = daysBetween(day, today);
	if (diff === 0) return 'Today';
	if (diff === 1) return 'Yesterday';
	return new Intl.DateTimeFormat(locale, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(dayAsDate(day));
}

/** e.g. "14 May" (or the locale's order), for chart axes and tables. */
export function shortDay(day: string, locale?: string): string {
	return new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'short',
		timeZone: 'UTC'
	}).format(dayAsDate(day));
}

/** e.g. "May 2024". */
export function monthLabel(ym: YearMonth, locale?: string): string {
	return new Intl.DateTimeFormat(locale, {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(ym.year, ym.month - 1, 15)));
}

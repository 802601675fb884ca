// Months and readable labels for calendar days (YYYY-MM-DD): what History's calendar, charts
// and lists show. Separate from days.ts, whose arithmetic Today also needs.
import { addDays, DAY_MS, daysBetween, fromUtc, parts, utcOf, weekdayOf } from './days';

export interface YearMonth {
	year: number;
	/** 1–12. */
	month: number;
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

/**
 * Writes a date as the locale does in UTC, where `dayAsDate` puts a calendar day. Formatters
 * are made once per locale: making one costs far more than using it, and a month's calendar,
 * charts and lists use them a hundred times.
 */
function inUtc(options: Intl.DateTimeFormatOptions): (date: Date, locale?: string) => string {
	const made = new Map<string | undefined, Intl.DateTimeFormat>();
	return (date, locale) => {
		let format = made.get(locale);
		if (!format) {
			format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
			made.set(locale, format);
		}
		return format.format(date);
	};
}

const longDay = inUtc({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortWeekdayDay = inUtc({
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric'
});
const dayMonth = inUtc({ day: 'numeric', month: 'short' });
const dayMonthYear = inUtc({ day: 'numeric', month: 'short', year: 'numeric' });
const monthYear = inUtc({ month: 'long', year: 'numeric' });
const weekday = inUtc({ weekday: 'long' });

/** "Today", "Yesterday", or e.g. "Tuesday 14 May 2024". */
export function dayLabel(day: string, today: string, locale?: string): string {
	const diff = daysBetween(day, today);
	if (diff === 0) return 'Today';
	if (diff === 1) return 'Yesterday';
	return longDay(dayAsDate(day), locale);
}

/** e.g. "Tue, 14 May 2024" (or the locale's order), where a report lists days. */
export function reportDay(day: string, locale?: string): string {
	return shortWeekdayDay(dayAsDate(day), locale);
}

/** e.g. "7 Dec 2026" (or the locale's order), the day a report is printed. */
export function shortDate(day: string, locale?: string): string {
	return dayMonthYear(dayAsDate(day), locale);
}

/** e.g. "14 May" (or the locale's order), for chart axes and tables. */
export function shortDay(day: string, locale?: string): string {
	return dayMonth(dayAsDate(day), locale);
}

/**
 * A recent day by its weekday in the locale's words ("Monday"), "today" or "yesterday"; a day
 * a week or more ago as `shortDay` writes it ("2 Mar").
 */
export function recentDay(day: string, today: string, locale?: string): string {
	const diff = daysBetween(day, today);
	if (diff === 0) return 'today';
	if (diff === 1) return 'yesterday';
	return diff > 1 && diff < 7 ? weekday(dayAsDate(day), locale) : shortDay(day, locale);
}

/** e.g. "May 2024". */
export function monthLabel(ym: YearMonth, locale?: string): string {
	return monthYear(new Date(Date.UTC(ym.year, ym.month - 1, 15)), locale);
}

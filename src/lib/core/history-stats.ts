// The numbers the history screen shows: sessions grouped by local day, the current streak,
// minutes per week, the journal's pain trend and what each calendar day holds.
import { addDays, daysBetween, localDay, startOfWeek } from './days';
import type { JournalEntry, SessionRecord } from './model';

export interface DayGroup {
	/** Local day, YYYY-MM-DD. */
	date: string;
	/** Newest first. */
	records: SessionRecord[];
}

function newestFirst(a: SessionRecord, b: SessionRecord): number {
	return b.startedAt - a.startedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Sessions by the local day they started on, newest day first, newest session first. */
export function groupByDay(records: readonly SessionRecord[]): DayGroup[] {
	const groups = new Map<string, SessionRecord[]>();
	for (const record of records) {
		const day = localDay(record.startedAt);
		const list = groups.get(day);
		if (list) list.push(record);
		else groups.set(day, [record]);
	}
	return [...groups]
		.sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
		.map(([date, list]) => ({ date, records: list.sort(newestFirst) }));
}

/**
 * Consecutive active days ending today. A day not yet used does not break the streak until it
 * is over, so before the first session of the day the streak still counts up to yesterday.
 */
export function currentStreak(days: ReadonlySet<string>, today: string): number {
	let day = days.has(today) ? today : addDays(today, -1);
	let streak = 0;
	while (days.has(day)) {
		streak++;
		day = addDays(day, -1);
	}
	return streak;
}

export interface WeekMinutes {
	/** First day of the week (Monday unless told otherwise). */
	weekStart: string;
	minutes: number;
	/** The exact time, so a week of seconds-long sessions does not read as nothing. */
	ms: number;
}

/** Minutes actually spent (pauses excluded) in each of the last `weeks` weeks, oldest first. */
export function weeklyMinutes(
	sessions: readonly SessionRecord[],
	today: string,
	weeks = 8,
	weekStartsOn = 1
): WeekMinutes[] {
	const last = startOfWeek(today, weekStartsOn);
	const first = addDays(last, -7 * (weeks - 1));
	const ms = new Array<number>(weeks).fill(0);
	for (const s of sessions) {
		const day = localDay(s.startedAt);
		if (day < first || day > addDays(last, 6)) continue;
		const index = Math.floor(daysBetween(first, day) / 7);
		ms[index] = (ms[index] ?? 0) + s.activeMs;
	}
	return ms.map((total, i) => ({
		weekStart: addDays(first, i * 7),
		minutes: Math.round(total / 60_000),
		ms: total
	}));
}

export interface PainPoint {
	date: string;
	/** Null on days without a check-in. */
	pain: number | null;
}

/** The journal's pain rating for each of the last `days` days up to today, oldest first. */
export function painSeries(
	journal: readonly JournalEntry[],
	today: string,
	days = 30
): PainPoint[] {
	const byDate = new Map(journal.map((j) => [j.date, j.pain]));
	return Array.from({ length: days }, (_, i) => {
		const date = addDays(today, i - days + 1);
		return { date, pain: byDate.get(date) ?? null };
	});
}

export interface DaySummary {
	sessions: number;
	minutes: number;
	/** The exact time, for "45 s" rather than "0 min". */
	ms: number;
	/** Titles of the day's sessions, oldest first, without repeats. */
	titles: string[];
	/** From the day's check-in, when there is one. */
	entry?: JournalEntry;
}

/** What each day holds, for marking the calendar and describing a chosen day. */
export function daySummaries(
	sessions: readonly SessionRecord[],
	journal: readonly JournalEntry[]
): Map<string, DaySummary> {
	const out = new Map<string, DaySummary>();
	const at = (day: string) => {
		let summary = out.get(day);
		if (!summary) out.set(day, (summary = { sessions: 0, minutes: 0, ms: 0, titles: [] }));
		return summary;
	};
	const ms = new Map<string, number>();
	for (const s of [...sessions].sort((a, b) => a.startedAt - b.startedAt)) {
		const day = localDay(s.startedAt);
		const summary = at(day);
		summary.sessions++;
		ms.set(day, (ms.get(day) ?? 0) + s.activeMs);
		if (!summary.titles.includes(s.title)) summary.titles.push(s.title);
	}
	for (const [day, total] of ms) {
		const summary = at(day);
		summary.minutes = Math.round(total / 60_000);
		summary.ms = total;
	}
	for (const j of journal) at(j.date).entry = j;
	return out;
}

/** What the weekly chart shows, for the one sentence that says it to people who cannot see it. */
export type WeekFacts =
	| { kind: 'none' }
	| { kind: 'one'; current: WeekMinutes }
	| { kind: 'quiet'; weeks: number }
	| { kind: 'many'; current: WeekMinutes; weeks: number; total: number; average: number };

/** The weekly chart's facts: this week, and over all the weeks shown, in minutes. */
export function weekFacts(weeks: readonly WeekMinutes[]): WeekFacts {
	const current = weeks[weeks.length - 1];
	if (!current) return { kind: 'none' };
	const total = weeks.reduce((sum, w) => sum + w.minutes, 0);
	if (weeks.length === 1) return { kind: 'one', current };
	if (total === 0 && weeks.every((w) => w.ms === 0)) return { kind: 'quiet', weeks: weeks.length };
	const average = Math.round(total / weeks.length);
	return { kind: 'many', current, weeks: weeks.length, total, average };
}

/** A week's time to say in words: under a minute in seconds, so it never reads as nothing. */
export function weekAmount(w: WeekMinutes): { unit: 'second' | 'minute'; n: number } {
	if (w.ms > 0 && w.ms < 60_000) return { unit: 'second', n: Math.max(1, Math.round(w.ms / 1000)) };
	return { unit: 'minute', n: w.minutes };
}

/** A day's pain rating in the series. */
export interface PainOn {
	date: string;
	pain: number;
}

/** What the pain chart shows: how often pain was logged, its average, highest and latest. */
export type PainFacts =
	| { kind: 'none'; days: number }
	| { kind: 'one'; days: number; latest: PainOn }
	| {
			kind: 'many';
			days: number;
			logged: number;
			average: number;
			highest: PainOn;
			latest: PainOn;
	  };

/** The pain trend's facts (the latest wins a tie for the highest); `days` is the span shown. */
export function painFacts(points: readonly PainPoint[]): PainFacts {
	const logged = points.filter((p): p is PainOn => p.pain !== null);
	const days = points.length;
	if (logged.length === 0) return { kind: 'none', days };
	const latest = logged[logged.length - 1] as PainOn;
	if (logged.length === 1) return { kind: 'one', days, latest };
	const average =
		Math.round((logged.reduce((sum, p) => sum + p.pain, 0) / logged.length) * 10) / 10;
	let highest = logged[0] as PainOn;
	for (const p of logged) if (p.pain >= highest.pain) highest = p;
	return { kind: 'many', days, logged: logged.length, average, highest, latest };
}

/**
 * The series from the first day anything was rated (a check-in, or a session in `rated`) to the
 * end, and never shorter than `minDays`: a chart scaled to the data rather than to 30 days.
 */
export function trimSeries(
	points: readonly PainPoint[],
	rated: ReadonlySet<string>,
	minDays = 7
): PainPoint[] {
	const first = points.findIndex((p) => p.pain !== null || rated.has(p.date));
	if (first < 0) return points.slice(-minDays);
	return points.slice(Math.min(first, Math.max(0, points.length - minDays)));
}

/** Pain rated before and after one session, for the pain chart. */
export interface SessionRating {
	date: string;
	startedAt: number;
	title: string;
	before: number | null;
	after: number | null;
}

/** Sessions rated before or after, from `from` to `to` (local days, inclusive), oldest first. */
export function sessionRatings(
	sessions: readonly SessionRecord[],
	from: string,
	to: string
): SessionRating[] {
	return sessions
		.filter((s) => s.painBefore !== undefined || s.painAfter !== undefined)
		.map((s) => ({
			date: localDay(s.startedAt),
			startedAt: s.startedAt,
			title: s.title,
			before: s.painBefore ?? null,
			after: s.painAfter ?? null
		}))
		.filter((r) => r.date >= from && r.date <= to)
		.sort((a, b) => a.startedAt - b.startedAt);
}

/** Evenly spread days of a chart of `days`: the first, the last, and up to two between. */
function evenDays(days: number): number[] {
	if (days <= 1) return [0];
	const n = Math.min(4, days);
	return Array.from({ length: n }, (_, i) => Math.round((i * (days - 1)) / (n - 1)));
}

/**
 * What a chart of `days` marks along its axis: a tick on every day in `marked` (the days with a
 * check-in, by index) and a date under as many days as fit, `fit` across the axis. The first
 * and last marked days are dated first, then the other marked days, then evenly spread days;
 * a marked day whose date would run into another keeps its tick.
 */
export function axisDays(
	days: number,
	marked: readonly number[],
	fit = 7
): { index: number; label: boolean }[] {
	const gap = (days - 1) / (fit - 1);
	const sorted = [...marked].sort((a, b) => a - b);
	const dated: number[] = [];
	for (const i of [sorted[0] ?? 0, sorted.at(-1) ?? 0, ...sorted, ...evenDays(days)])
		if (!dated.includes(i) && dated.every((j) => Math.abs(i - j) >= gap)) dated.push(i);
	return [...new Set([...sorted, ...dated])]
		.sort((a, b) => a - b)
		.map((index) => ({ index, label: dated.includes(index) }));
}

/** A round top for a value axis: 5, 10, 15, 20, 30, 60, 90, 120… at or above `max`. */
export function niceMax(max: number): number {
	for (const step of [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240]) if (max <= step) return step;
	return Math.ceil(max / 60) * 60;
}

// The report for a doctor: one episode's days, check-ins, what was tried with pain before and
// after, and the warning signs the check-ins answered. Pure; the page lays it out for print.
import { addDays, daysBetween, localDay } from './days';
import { episodeEntries, episodeSessions, lastDay } from './episode';
import type { PainPoint } from './history-stats';
import type { Episode, JournalEntry, NumbnessWhere, SessionRecord } from './model';

export interface ReportDay {
	date: string;
	/** 1 on the day the episode started. */
	day: number;
	entry: JournalEntry | null;
}

export interface TriedRow {
	day: string;
	startedAt: number;
	title: string;
	activity: SessionRecord['activity'];
	activeMs: number;
	completed: boolean;
	painBefore: number | null;
	painAfter: number | null;
}

export interface SignRow {
	date: string;
	numbnessWhere: NumbnessWhere | 'not-said' | null;
	bladderBowel: boolean | null;
}

export interface EpisodeReport {
	episode: Episode;
	/** The last day covered: the end, or today while it is open. */
	until: string;
	days: ReportDay[];
	pain: PainPoint[];
	tried: TriedRow[];
	/** Check-ins that logged numbness or bladder or bowel trouble. */
	signs: SignRow[];
	/** Check-ins that answered the bladder and bowel question at all. */
	bladderAsked: number;
}

/** The days after this many are left out of the table (an episode left open for months). */
export const MAX_REPORT_DAYS = 62;

export function episodeReport(
	episode: Episode,
	entries: readonly JournalEntry[],
	sessions: readonly SessionRecord[],
	today: string
): EpisodeReport {
	const until = lastDay(episode, today);
	const own = episodeEntries(episode, entries, today);
	const byDate = new Map(own.map((e) => [e.date, e]));
	const count = Math.min(MAX_REPORT_DAYS, daysBetween(episode.startDay, until) + 1);
	const first = addDays(until, -(count - 1));
	const days: ReportDay[] = [];
	for (let i = 0; i < count; i++) {
		const date = addDays(first, i);
		days.push({
			date,
			day: daysBetween(episode.startDay, date) + 1,
			entry: byDate.get(date) ?? null
		});
	}
	const tried = episodeSessions(episode, sessions, today).map((s) => ({
		day: localDay(s.startedAt),
		startedAt: s.startedAt,
		title: s.title,
		activity: s.activity,
		activeMs: s.activeMs,
		completed: s.completed,
		painBefore: s.painBefore ?? null,
		painAfter: s.painAfter ?? null
	}));
	const signs: SignRow[] = own
		.filter((e) => e.numbness || e.bladderBowel === true)
		.map((e) => ({
			date: e.date,
			numbnessWhere: e.numbness ? (e.numbnessWhere ?? 'not-said') : null,
			bladderBowel: e.bladderBowel ?? null
		}));
	return {
		episode,
		until,
		days,
		pain: days.map((d) => ({ date: d.date, pain: d.entry?.pain ?? null })),
		tried,
		signs,
		bladderAsked: own.filter((e) => e.bladderBowel !== undefined).length
	};
}

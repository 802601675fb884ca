// The report for a doctor: one episode's days, check-ins, what was tried with pain before and
// after, and the warning signs the check-ins answered. Pure; the page lays it out for print.
import { addDays, daysBetween, localDay } from './days';
import { episodeEntries, episodeSessions, firstDay, lastDay } from './episode';
import type { PainPoint } from './history-stats';
import { NUMBNESS_PLACES, type Episode, type JournalEntry, type SessionRecord } from './model';

export interface ReportDay {
	date: string;
	/** 1 on the episode's first day (`EpisodeReport.firstDay`), as Today's card counts. */
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

/** A warning-sign question the check-in asks: a place of numbness, the bladder, severe pain. */
export type SignQuestion = (typeof NUMBNESS_PLACES)[number] | 'bladder-bowel' | 'severe';

/** How the check-ins of the episode answered one warning-sign question. */
export interface SignAnswers {
	question: SignQuestion;
	/** The days it was answered yes, oldest first. */
	yes: string[];
	/** How many check-ins answered no. */
	no: number;
}

export interface EpisodeReport {
	episode: Episode;
	/**
	 * The first day: the tap that started it, or an earlier check-in with spasms of the same
	 * run. Day 1 of the table, as on Today's card.
	 */
	firstDay: string;
	/** The last day covered: the end, or today while it is open. */
	until: string;
	days: ReportDay[];
	pain: PainPoint[];
	tried: TriedRow[];
	/** Every warning-sign question the check-ins ask, with its answers. */
	signs: SignAnswers[];
	/** Days numbness was logged before the check-in asked where. */
	numbnessUnplaced: string[];
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
	const start = firstDay(episode, entries);
	const own = episodeEntries(episode, entries, today);
	const byDate = new Map(own.map((e) => [e.date, e]));
	const count = Math.min(MAX_REPORT_DAYS, daysBetween(start, until) + 1);
	const first = addDays(until, -(count - 1));
	const days: ReportDay[] = [];
	for (let i = 0; i < count; i++) {
		const date = addDays(first, i);
		days.push({
			date,
			day: daysBetween(start, date) + 1,
			entry: byDate.get(date) ?? null
		});
	}
	const tried = episodeSessions(episode, sessions, today, entries).map((s) => ({
		day: localDay(s.startedAt),
		startedAt: s.startedAt,
		title: s.title,
		activity: s.activity,
		activeMs: s.activeMs,
		completed: s.completed,
		painBefore: s.painBefore ?? null,
		painAfter: s.painAfter ?? null
	}));
	/** Each question's answer in one check-in: true, false, or undefined when not asked. */
	const answerOf = (e: JournalEntry, q: SignQuestion): boolean | undefined => {
		if (q === 'bladder-bowel') return e.bladderBowel;
		if (q === 'severe') return e.severe;
		if (!e.numbness) return false;
		return e.numbnessWhere?.length ? e.numbnessWhere.includes(q) : undefined;
	};
	const questions: SignQuestion[] = [...NUMBNESS_PLACES, 'bladder-bowel', 'severe'];
	const signs = questions.map((question) => ({
		question,
		yes: own.filter((e) => answerOf(e, question) === true).map((e) => e.date),
		no: own.filter((e) => answerOf(e, question) === false).length
	}));
	return {
		episode,
		firstDay: start,
		until,
		days,
		pain: days.map((d) => ({ date: d.date, pain: d.entry?.pain ?? null })),
		tried,
		signs,
		numbnessUnplaced: own.filter((e) => e.numbness && !e.numbnessWhere?.length).map((e) => e.date)
	};
}

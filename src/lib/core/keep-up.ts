// After an episode settles: the "keep it away" weeks (a gentle routine two or three times a
// week) and what the journal shows helped, for the "If it comes back" note. Pure: the words
// live in content/keep-up.ts. The care facts: back pain often comes back; some exercise kept up
// after it settles lowers that chance, and the effect fades if it stops.
import { addDays, daysBetween, localDay } from './days';
import { ranHalf } from './episode';
import type { Episode, SessionRecord } from './model';

/** How many weeks after the end Today keeps the "keep it away" plan. */
export const KEEP_UP_WEEKS = 6;
/** Sessions a week to aim at: "two or three times a week". */
export const KEEP_UP_GOAL = 2;
/** Days without a session after which the plan nudges. */
export const NUDGE_AFTER_DAYS = 4;

/** Where the "keep it away" weeks stand today. */
export interface KeepUp {
	/** Week 1 runs from the end to a week after it; week 2 the seven days after that. */
	week: number;
	/** Gentle sessions (at least half run) in this week so far. */
	done: number;
	/** The most recent of them, to offer it again; null before the first. */
	last: Pick<SessionRecord, 'kind' | 'sourceId' | 'title'> | null;
	/**
	 * `met`: the goal reached this week; `nudge`: days without a session (counted from the end
	 * when there was none yet); `going`: on the way.
	 */
	state: 'met' | 'nudge' | 'going';
	/** Days since the last gentle session, or since the end when there was none. */
	quietDays: number;
}

/** A session that keeps the back moving: a routine or a walk, at least half of it run. */
function keepsMoving(s: SessionRecord): boolean {
	return (s.activity === 'stretch' || s.activity === 'walk') && ranHalf(s);
}

/** The "keep it away" weeks of an ended episode as of `today`, or null outside them. */
export function keepUpOf(
	episode: Episode,
	sessions: readonly SessionRecord[],
	today: string
): KeepUp | null {
	const end = episode.endDay;
	if (end === undefined) return null;
	const since = daysBetween(end, today);
	// Shown from the day it ended (the note is asked then); week 1 counts from the day after.
	if (since < 0 || since > KEEP_UP_WEEKS * 7) return null;
	const week = Math.max(1, Math.floor((since - 1) / 7) + 1);
	const weekStart = addDays(end, (week - 1) * 7 + 1);
	const after = sessions
		.filter((s) => keepsMoving(s) && localDay(s.startedAt) > end && localDay(s.startedAt) <= today)
		.sort((a, b) => a.startedAt - b.startedAt);
	const done = after.filter((s) => localDay(s.startedAt) >= weekStart).length;
	const last = after.at(-1);
	const quietDays = daysBetween(last ? localDay(last.startedAt) : end, today);
	const state = done >= KEEP_UP_GOAL ? 'met' : quietDays >= NUDGE_AFTER_DAYS ? 'nudge' : 'going';
	return {
		week,
		done,
		last: last ? { kind: last.kind, sourceId: last.sourceId, title: last.title } : null,
		state,
		quietDays
	};
}

/** One thing that eased the pain during the episode, and how often. */
export interface Helped {
	sourceId: string;
	title: string;
	/** Sessions (at least half run) after which pain was lower than before. */
	times: number;
}

/**
 * What the journal shows helped during the episode: sessions rated lower after than before,
 * by what was run, most often first (the first one run breaks a tie).
 */
export function helpedOf(sessions: readonly SessionRecord[]): Helped[] {
	const found = new Map<string, Helped>();
	for (const s of [...sessions].sort((a, b) => a.startedAt - b.startedAt)) {
		if (s.painBefore === undefined || s.painAfter === undefined) continue;
		if (s.painAfter >= s.painBefore || !ranHalf(s)) continue;
		const seen = found.get(s.sourceId);
		if (seen) seen.times += 1;
		else found.set(s.sourceId, { sourceId: s.sourceId, title: s.title, times: 1 });
	}
	return [...found.values()].sort((a, b) => b.times - a.times);
}

/**
 * The newest ended episode, the one whose "keep it away" weeks and note Today shows; null when
 * none has ended.
 */
export function lastEnded(episodes: readonly Episode[]): Episode | null {
	let found: Episode | null = null;
	for (const e of episodes)
		if (e.endDay !== undefined && (!found || e.startedAt > found.startedAt)) found = e;
	return found;
}

/**
 * The note of what helped last time, for the next "Back just seized?": the newest ended
 * episode's that has one and started before `before` (the open episode's start), if any.
 */
export function lastHelpedNote(episodes: readonly Episode[], before = Infinity): string | null {
	let found: Episode | null = null;
	for (const e of episodes)
		if (e.endDay !== undefined && e.helped && e.startedAt < before)
			if (!found || e.startedAt > found.startedAt) found = e;
	return found?.helped ?? null;
}

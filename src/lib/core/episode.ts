// Spasm episodes: the span from "my back has gone" to "it's better", counted in local calendar
// days, and the plan for now that follows it. Pure: the plan's words live in
// content/episode-plan.ts; this decides which of its items show, in what order, and which are
// done, from the journal and the session records alone (nothing about "done" is stored).
import { addDays, daysBetween, localDay } from './days';
import type { Episode, JournalEntry, SessionRecord } from './model';

/** A week without spasms in the journal: Limber asks whether the back has settled. */
export const QUIET_DAYS_TO_ASK = 7;
/** Left unanswered this many days more, the episode ends by itself. */
export const DAYS_TO_ANSWER = 3;
/** Cold that did not ease the pain on this many sessions brings the heat suggestion. */
export const COLD_MISSES = 2;
/** A check-in at or below this pain, without spasms, counts as easing. */
export const EASED_PAIN = 3;

/** Where an episode stands, in the order people try things. */
export type EpisodeStage = 'first-hours' | 'early-days' | 'not-easing' | 'settling';

/** How urgent a warning sign in the journal is (the triage rules decide). */
export type AlertLevel = 'emergency' | 'urgent' | 'appointment';

export interface CareAlert {
	level: AlertLevel;
	/** What was logged, in one sentence. */
	reason: string;
}

/** A new episode starting at `now`. */
export function startEpisode(id: string, now: number): Episode {
	return { id, startedAt: now, startDay: localDay(now), updatedAt: now };
}

export function isOpen(episode: Episode): boolean {
	return episode.endDay === undefined;
}

/** The open episode among `episodes`, the newest if (after a restore) there are several. */
export function openEpisode(episodes: readonly Episode[]): Episode | null {
	let found: Episode | null = null;
	for (const e of episodes) if (isOpen(e) && (!found || e.startedAt > found.startedAt)) found = e;
	return found;
}

/** "Day N": the calendar day since the start, Day 1 being the day it started. */
export function episodeDay(episode: Episode, today: string): number {
	return Math.max(1, daysBetween(episode.startDay, today) + 1);
}

/** The last local day the episode covers: its end, or today while it is open. */
export function lastDay(episode: Episode, today: string): string {
	return episode.endDay ?? today;
}

/** Whether a local day falls within the episode. */
export function inEpisode(episode: Episode, day: string, today: string): boolean {
	return day >= episode.startDay && day <= lastDay(episode, today);
}

/** The journal entries of the episode, oldest first. */
export function episodeEntries(
	episode: Episode,
	entries: readonly JournalEntry[],
	today: string
): JournalEntry[] {
	return entries
		.filter((e) => inEpisode(episode, e.date, today))
		.sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The sessions of the episode (from its start), oldest first. */
export function episodeSessions(
	episode: Episode,
	sessions: readonly SessionRecord[],
	today: string
): SessionRecord[] {
	const last = lastDay(episode, today);
	return sessions
		.filter((s) => s.startedAt >= episode.startedAt && localDay(s.startedAt) <= last)
		.sort((a, b) => a.startedAt - b.startedAt);
}

/** The last day with spasms in the journal, or the start day when none is logged since. */
function lastSpasmDay(episode: Episode, entries: readonly JournalEntry[], today: string): string {
	let last = episode.startDay;
	for (const e of episodeEntries(episode, entries, today))
		if (e.spasms && e.date > last) last = e.date;
	return last;
}

export type EndCheck =
	| { kind: 'none' }
	/** A week without spasms: ask gently whether the back has settled. */
	| { kind: 'ask'; quietDays: number }
	/** Asked and left unanswered: the episode ends on this day. */
	| { kind: 'end'; endDay: string };

/**
 * Whether an open episode should ask "has it settled?", or end by itself. Days since the last
 * spasms logged (or since the start) count; "not yet" puts the question off for another week.
 */
export function endCheck(
	episode: Episode,
	entries: readonly JournalEntry[],
	today: string
): EndCheck {
	if (!isOpen(episode)) return { kind: 'none' };
	let quietFrom = lastSpasmDay(episode, entries, today);
	if (episode.notYetDay && episode.notYetDay > quietFrom) quietFrom = episode.notYetDay;
	const quiet = daysBetween(quietFrom, today);
	if (quiet < QUIET_DAYS_TO_ASK) return { kind: 'none' };
	// The first day of the answered "not yet" counts as asked already, so it never ends unasked.
	if (quiet >= QUIET_DAYS_TO_ASK + DAYS_TO_ANSWER) {
		return { kind: 'end', endDay: addDays(quietFrom, QUIET_DAYS_TO_ASK) };
	}
	return { kind: 'ask', quietDays: quiet };
}

/** The episode closed on `day` for `reason`. */
export function endEpisode(
	episode: Episode,
	day: string,
	reason: Episode['endReason'],
	now: number
): Episode {
	const endDay = day < episode.startDay ? episode.startDay : day;
	return { ...episode, endDay, endReason: reason, updatedAt: now };
}

/** The latest check-in of the episode from today or yesterday, if any. */
function latestRecent(
	episode: Episode,
	entries: readonly JournalEntry[],
	today: string
): JournalEntry | undefined {
	const yesterday = addDays(today, -1);
	return episodeEntries(episode, entries, today)
		.filter((e) => e.date >= yesterday)
		.at(-1);
}

/** Day 1 is the first hours; days 2–3 the early days; then not easing, or settling once eased. */
export function stageOf(
	episode: Episode,
	entries: readonly JournalEntry[],
	today: string
): EpisodeStage {
	const latest = latestRecent(episode, entries, today);
	if (latest && !latest.spasms && latest.pain <= EASED_PAIN) return 'settling';
	const day = episodeDay(episode, today);
	if (day <= 1) return 'first-hours';
	if (day <= 3) return 'early-days';
	return 'not-easing';
}

/** Rated sessions whose pain after was not lower than before. */
function notEased(s: SessionRecord): boolean {
	return s.painBefore !== undefined && s.painAfter !== undefined && s.painAfter >= s.painBefore;
}

/** What the journal of this episode says about what helps. */
export interface EpisodeSigns {
	/** Cold sessions whose pain after was not lower than before. */
	coldMisses: number;
	/** The latest stretch routine whose pain after was higher than before. */
	higherAfter: { sourceId: string; title: string } | null;
}

export function signsOf(sessions: readonly SessionRecord[]): EpisodeSigns {
	const coldMisses = sessions.filter((s) => s.activity === 'ice' && notEased(s)).length;
	const latestStretch = sessions
		.filter(
			(s) => s.activity === 'stretch' && s.painBefore !== undefined && s.painAfter !== undefined
		)
		.at(-1);
	const higher =
		latestStretch && (latestStretch.painAfter ?? 0) > (latestStretch.painBefore ?? 0)
			? { sourceId: latestStretch.sourceId, title: latestStretch.title }
			: null;
	return { coldMisses, higherAfter: higher };
}

// ---------- The plan for now ----------

/** What one tap on a plan item does. */
export type PlanTarget =
	| { type: 'routine'; id: string }
	| { type: 'program'; id: string }
	| { type: 'guide'; slug: string }
	| { type: 'check-in' }
	| { type: 'red-flags' };

/** How an item knows it is done today; `none` for advice that cannot be ticked. */
export type PlanTick =
	| { type: 'session'; sourceIds: readonly string[] }
	| { type: 'check-in' }
	| { type: 'water'; glasses: number }
	| { type: 'none' };

/** One item of the plan, as written in content/. */
export interface PlanItemSpec {
	key: string;
	/**
	 * Cold and heat, and the stretch routine, may be swapped when the journal says so; a warning
	 * sign replaces the appointment item, and an urgent one the stretches and the walks.
	 */
	role?: 'cold' | 'heat' | 'stretch' | 'walk' | 'appointment';
	target: PlanTarget;
	tick: PlanTick;
}

/** Why an item is on the plan out of its usual order. */
export type PlanReason = 'cold-not-helping' | 'pain-higher-after';

export interface PlanItem {
	spec: PlanItemSpec;
	/** Null for advice that cannot be ticked. */
	done: boolean | null;
	/** Water: glasses logged so far today. */
	progress?: number;
	reason?: PlanReason;
	/** With `pain-higher-after`: the routine after which pain was higher. */
	after?: string;
}

/** The items of each stage, and the replacements the journal can call for. */
export interface PlanBook {
	stages: Record<EpisodeStage, readonly PlanItemSpec[]>;
	/** Warmth, when cold has not helped. */
	heat: PlanItemSpec;
	/** A gentler routine than the one after which pain was higher. */
	gentlerThan: (sourceId: string) => PlanItemSpec;
}

export interface EpisodePlan {
	day: number;
	stage: EpisodeStage;
	/** A warning sign in the journal: always shown before the plan. */
	alert: CareAlert | null;
	items: PlanItem[];
}

export interface PlanInput {
	episode: Episode;
	entries: readonly JournalEntry[];
	sessions: readonly SessionRecord[];
	today: string;
	alert: CareAlert | null;
}

function tickOf(
	tick: PlanTick,
	todays: readonly SessionRecord[],
	checkIn: JournalEntry | undefined
): Pick<PlanItem, 'done' | 'progress'> {
	switch (tick.type) {
		case 'session':
			return { done: todays.some((s) => s.completed && tick.sourceIds.includes(s.sourceId)) };
		case 'check-in':
			return { done: checkIn !== undefined };
		case 'water': {
			const glasses = checkIn?.water ?? 0;
			return { done: glasses >= tick.glasses, progress: glasses };
		}
		case 'none':
			return { done: null };
	}
}

/** The plan for today: the stage's items, adapted to what the journal says, each with its tick. */
export function planFor(book: PlanBook, input: PlanInput): EpisodePlan {
	const { episode, entries, today } = input;
	const stage = stageOf(episode, entries, today);
	const sessions = episodeSessions(episode, input.sessions, today);
	const signs = signsOf(sessions);

	type Draft = Omit<PlanItem, 'done' | 'progress'>;
	let drafts: Draft[] = book.stages[stage].map((spec) => ({ spec }));
	if (signs.higherAfter) {
		const after = signs.higherAfter;
		const gentler = book.gentlerThan(after.sourceId);
		drafts = drafts.map((d) =>
			d.spec.role === 'stretch'
				? { spec: gentler, reason: 'pain-higher-after', after: after.title }
				: d
		);
	}
	if (signs.coldMisses >= COLD_MISSES) {
		// Heat first; cold stays on the list as a choice, but last.
		const cold = drafts.filter((d) => d.spec.role === 'cold');
		const rest = drafts.filter((d) => d.spec.role !== 'cold' && d.spec.role !== 'heat');
		drafts = [{ spec: book.heat, reason: 'cold-not-helping' }, ...rest, ...cold];
	}

	// A warning sign comes first and says how urgent it is; an emergency leaves no plan to
	// follow, and an urgent sign no stretching or walking until a doctor has seen it.
	const level = input.alert?.level;
	if (level === 'emergency') drafts = [];
	if (level) drafts = drafts.filter((d) => d.spec.role !== 'appointment');
	if (level === 'urgent')
		drafts = drafts.filter((d) => d.spec.role !== 'stretch' && d.spec.role !== 'walk');

	const todays = sessions.filter((s) => localDay(s.startedAt) === today);
	const checkIn = entries.find((e) => e.date === today);
	const seen = new Set<string>();
	const items: PlanItem[] = [];
	for (const d of drafts) {
		if (seen.has(d.spec.key)) continue;
		seen.add(d.spec.key);
		items.push({ ...d, ...tickOf(d.spec.tick, todays, checkIn) });
	}
	return { day: episodeDay(episode, today), stage, alert: input.alert, items };
}

// ---------- Looking back (History and the report) ----------

export interface EpisodeSummary {
	episode: Episode;
	/** Calendar days covered so far (or in all, once ended). */
	days: number;
	/** Pain of the first and the last check-in, if any. */
	painFirst: number | null;
	painLast: number | null;
	/** What was used most, by session title, most used first (at most three). */
	mostUsed: { title: string; count: number }[];
}

export function summarizeEpisode(
	episode: Episode,
	entries: readonly JournalEntry[],
	sessions: readonly SessionRecord[],
	today: string
): EpisodeSummary {
	const own = episodeEntries(episode, entries, today);
	const counts = new Map<string, number>();
	for (const s of episodeSessions(episode, sessions, today)) {
		counts.set(s.title, (counts.get(s.title) ?? 0) + 1);
	}
	const mostUsed = [...counts]
		.map(([title, count]) => ({ title, count }))
		.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title))
		.slice(0, 3);
	return {
		episode,
		days: daysBetween(episode.startDay, lastDay(episode, today)) + 1,
		painFirst: own[0]?.pain ?? null,
		painLast: own.at(-1)?.pain ?? null,
		mostUsed
	};
}

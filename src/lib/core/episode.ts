// Spasm episodes: the span from "my back has gone" to "it's better", counted in local calendar
// days, and the plan for now that follows it. Pure: the plan's words live in
// content/episode-plan.ts; this decides which of its items show, in what order, and which are
// done, from the journal and the session records alone (nothing about "done" is stored).
import { addDays, daysBetween, localDay } from './days';
import { courseOf, dayCount, EASED_PAIN, firstDayOf, type Course } from './episode-course';
import type { Episode, JournalEntry, SessionRecord } from './model';
import type { FindingReason } from './triage';

/** A week without spasms in the journal: Limber asks whether the back has settled. */
export const QUIET_DAYS_TO_ASK = 7;
/** Left unanswered this many days more, the episode ends by itself. */
export const DAYS_TO_ANSWER = 3;
/** Cold that did not ease the pain on this many sessions brings the heat suggestion. */
export const COLD_MISSES = 2;

/**
 * Where an episode stands, in the order people try things: from day four it is easing, or
 * not easing (time to have it looked at), as the journal shows (core/episode-course.ts).
 */
export type EpisodeStage = 'first-hours' | 'early-days' | 'easing' | 'not-easing' | 'settling';

/** How urgent a warning sign in the journal is (the triage rules decide). */
export type AlertLevel = 'emergency' | 'urgent' | 'appointment';

export interface CareAlert {
	level: AlertLevel;
	/** What was logged, as a code (core/triage.ts). */
	reason: FindingReason;
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

/**
 * The episode's first day: the tap that started it, or the first check-in with spasms of the
 * run going on then, whichever came first. Every day count of the episode starts here.
 */
export function firstDay(episode: Episode, entries: readonly JournalEntry[]): string {
	return firstDayOf(entries, episode.startDay, episode.startDay) ?? episode.startDay;
}

/** "Day N": the calendar day since the first day, Day 1 being the first day itself. */
export function episodeDay(
	episode: Episode,
	entries: readonly JournalEntry[],
	today: string
): number {
	return dayCount(firstDay(episode, entries), today);
}

/** How the episode is going as of `today`: its day, and whether it is easing. */
export function episodeCourse(
	episode: Episode,
	entries: readonly JournalEntry[],
	today: string
): Course {
	return courseOf(entries, firstDay(episode, entries), lastDay(episode, today));
}

/** The last local day the episode covers: its end, or today while it is open. */
export function lastDay(episode: Episode, today: string): string {
	return episode.endDay ?? today;
}

/** The journal entries of the episode, from its first day, oldest first. */
export function episodeEntries(
	episode: Episode,
	entries: readonly JournalEntry[],
	today: string
): JournalEntry[] {
	const first = firstDay(episode, entries);
	const last = lastDay(episode, today);
	return entries
		.filter((e) => e.date >= first && e.date <= last)
		.sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The sessions of the episode, oldest first: from the tap that started it, or from the first
 * day when a check-in with spasms came before the tap.
 */
export function episodeSessions(
	episode: Episode,
	sessions: readonly SessionRecord[],
	today: string,
	entries: readonly JournalEntry[] = []
): SessionRecord[] {
	const first = firstDay(episode, entries);
	const last = lastDay(episode, today);
	const from = (s: SessionRecord) =>
		first < episode.startDay ? localDay(s.startedAt) >= first : s.startedAt >= episode.startedAt;
	return sessions
		.filter((s) => from(s) && localDay(s.startedAt) <= last)
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

/**
 * Settling once a recent check-in shows no spasms and little pain; otherwise day 1 is the first
 * hours and days 2–3 the early days; from day 4, easing or not easing as the journal shows
 * (spasms going on, pain not falling, or no check-in for days: time to have it looked at).
 */
export function stageOf(
	episode: Episode,
	entries: readonly JournalEntry[],
	today: string
): EpisodeStage {
	const latest = latestRecent(episode, entries, today);
	if (latest && !latest.spasms && latest.pain <= EASED_PAIN) return 'settling';
	const course = episodeCourse(episode, entries, today);
	if (course.day <= 1) return 'first-hours';
	if (course.day <= 3) return 'early-days';
	return course.lookAt ? 'not-easing' : 'easing';
}

/**
 * Whether at least half of a session ran (pauses excluded): only then does it tick its plan
 * item or count as cold that did not help. An Ice 20 skipped through with Next in seconds is
 * recorded as completed, but it was not done.
 */
export function ranHalf(s: SessionRecord): boolean {
	return s.activeMs * 2 >= s.plannedMs;
}

const rated = (s: SessionRecord): s is SessionRecord & { painBefore: number; painAfter: number } =>
	s.painBefore !== undefined && s.painAfter !== undefined;

/** A pain change before and after a session. */
export interface PainChange {
	before: number;
	after: number;
}

/** What the journal of this episode says about what helps, from the latest data. */
export interface EpisodeSigns {
	/**
	 * Cold sessions (at least half run) whose pain after was not lower than before, since the
	 * latest cold or heat session that eased the pain.
	 */
	coldMisses: number;
	/** The latest rated heat session, when it eased the pain (and nothing since said otherwise). */
	heatHelped: PainChange | null;
	/** The latest rated routine, when pain after was higher than before. */
	higherAfter: { sourceId: string; title: string } | null;
}

export function signsOf(sessions: readonly SessionRecord[]): EpisodeSigns {
	let coldMisses = 0;
	let heatHelped: PainChange | null = null;
	for (const s of sessions) {
		if (!rated(s) || !ranHalf(s)) continue;
		const eased = s.painAfter < s.painBefore;
		if (s.activity === 'ice') {
			coldMisses = eased ? 0 : coldMisses + 1;
			if (eased) heatHelped = null;
		}
		if (s.activity === 'heat') {
			heatHelped = eased ? { before: s.painBefore, after: s.painAfter } : null;
			if (eased) coldMisses = 0;
		}
	}
	// Pain going up counts however long the routine ran: it may be why it was stopped.
	const latestRoutine = sessions.filter((s) => s.kind === 'routine' && rated(s)).at(-1);
	const higherAfter =
		latestRoutine && rated(latestRoutine) && latestRoutine.painAfter > latestRoutine.painBefore
			? { sourceId: latestRoutine.sourceId, title: latestRoutine.title }
			: null;
	return { coldMisses, heatHelped, higherAfter };
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

/**
 * Why an item is on the plan out of its usual order: cold did not help (heat instead), heat
 * helped last time, pain was higher after a routine (a gentler one), or higher even after the
 * gentlest routine (check the warning signs instead of any routine).
 */
export type PlanReason = 'cold-not-helping' | 'heat-helped' | 'pain-higher-after' | 'no-gentler';

export interface PlanItem {
	spec: PlanItemSpec;
	/** Null for advice that cannot be ticked. */
	done: boolean | null;
	/** Water: glasses logged so far today. */
	progress?: number;
	reason?: PlanReason;
	/** With `pain-higher-after` and `no-gentler`: the routine after which pain was higher. */
	after?: string;
	/** With `heat-helped`: the pain before and after. */
	change?: PainChange;
}

/**
 * The one thing to do now, which Today shows first with its Start: the first item still to do
 * (the plan is in order). Advice read once (pain relief, everyday moves) has no tick, so it
 * never holds that place from something still to do; getting help (the warning signs, an
 * appointment) does. With everything done, the first piece of advice; none when there is none.
 */
export function nowItem(items: readonly PlanItem[]): PlanItem | undefined {
	const help = (item: PlanItem) =>
		item.spec.role === 'appointment' || item.spec.target.type === 'red-flags';
	return (
		items.find((item) => item.done === false || (item.done === null && help(item))) ??
		items.find((item) => item.done === null)
	);
}

/** The items of each stage, and the replacements the journal can call for. */
export interface PlanBook {
	stages: Record<EpisodeStage, readonly PlanItemSpec[]>;
	/** Warmth, when cold has not helped (or heat has). */
	heat: PlanItemSpec;
	/**
	 * The walking ladder, shortest first: every stage's walk (the item with the `walk` role) is
	 * the step `nextWalk` picks. Each step targets the routine or timer whose id it ticks.
	 */
	walks: readonly PlanItemSpec[];
	/** Built-in routine ids by how much movement they ask, least first. */
	movement: readonly string[];
	/** Gentler routines the plan can offer instead of a stretch; each targets a routine. */
	gentler: readonly PlanItemSpec[];
	/** When even the gentlest routine raised the pain: instead of any routine. */
	noGentler: PlanItemSpec;
}

export interface EpisodePlan {
	day: number;
	/** The episode's first day (the tap, or an earlier check-in with spasms). */
	firstDay: string;
	stage: EpisodeStage;
	/** What the journal shows: easing, and why it is time to have it looked at. */
	course: Course;
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
			return { done: todays.some((s) => ranHalf(s) && tick.sourceIds.includes(s.sourceId)) };
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

/** A walk counts for the next step up the ladder on this many days before today. */
export const RECENT_WALK_DAYS = 3;

/** Whether a plan item targets the routine or timer this session ran. */
const ranTarget = (t: PlanTarget, s: SessionRecord): boolean =>
	(t.type === 'routine' && s.kind === 'routine' && t.id === s.sourceId) ||
	(t.type === 'program' && s.kind === 'timer' && t.id === s.sourceId);

/**
 * The walk to offer today: the step after the longest walk of the ladder that at least half ran
 * on one of the last `RECENT_WALK_DAYS` days before today, or the first step when none did. One
 * step at a time, and never past the last. Today's walks do not count, so the step stays put all
 * day and a walk today ticks it rather than moving it on.
 */
export function nextWalk(
	walks: readonly PlanItemSpec[],
	sessions: readonly SessionRecord[],
	today: string
): PlanItemSpec | undefined {
	const from = addDays(today, -RECENT_WALK_DAYS);
	let longest = -1;
	for (const s of sessions) {
		const day = localDay(s.startedAt);
		if (day < from || day >= today || !ranHalf(s)) continue;
		longest = Math.max(
			longest,
			walks.findIndex((w) => ranTarget(w.target, s))
		);
	}
	return walks[Math.min(longest + 1, walks.length - 1)];
}

/** A routine id's place on the movement list; unknown (the person's own) counts as the most. */
function movementRank(book: PlanBook, sourceId: string): number {
	const rank = book.movement.indexOf(sourceId);
	return rank === -1 ? book.movement.length : rank;
}

function targetRank(book: PlanBook, spec: PlanItemSpec): number {
	return spec.target.type === 'routine' ? movementRank(book, spec.target.id) : book.movement.length;
}

/** The gentler routine with the most movement that is still less than `sourceId`'s, if any. */
function gentlerThan(book: PlanBook, sourceId: string): PlanItemSpec | null {
	const limit = movementRank(book, sourceId);
	let best: PlanItemSpec | null = null;
	for (const spec of book.gentler) {
		const rank = targetRank(book, spec);
		if (rank < limit && (!best || rank > targetRank(book, best))) best = spec;
	}
	return best;
}

/** The plan for today: the stage's items, adapted to what the journal says, each with its tick. */
export function planFor(book: PlanBook, input: PlanInput): EpisodePlan {
	const { episode, entries, today } = input;
	const stage = stageOf(episode, entries, today);
	const course = episodeCourse(episode, entries, today);
	const sessions = episodeSessions(episode, input.sessions, today, entries);
	const signs = signsOf(sessions);

	type Draft = Omit<PlanItem, 'done' | 'progress'>;
	const walk = nextWalk(book.walks, sessions, today);
	let drafts: Draft[] = book.stages[stage].map((spec) => ({
		spec: spec.role === 'walk' && walk ? walk : spec
	}));
	if (signs.higherAfter) {
		// Every stretch asking as much movement as the routine that raised the pain, or more,
		// gives way to a gentler one; with none gentler, to checking the warning signs.
		const after = signs.higherAfter;
		const limit = movementRank(book, after.sourceId);
		const gentler = gentlerThan(book, after.sourceId);
		drafts = drafts.map((d) =>
			d.spec.role === 'stretch' && targetRank(book, d.spec) >= limit
				? gentler
					? { spec: gentler, reason: 'pain-higher-after', after: after.title }
					: { spec: book.noGentler, reason: 'no-gentler', after: after.title }
				: d
		);
	}
	const heatFirst: Draft | null =
		signs.coldMisses >= COLD_MISSES
			? { spec: book.heat, reason: 'cold-not-helping' }
			: signs.heatHelped
				? { spec: book.heat, reason: 'heat-helped', change: signs.heatHelped }
				: null;
	if (heatFirst) {
		// Heat first; cold stays on the list as a choice, but last.
		const cold = drafts.filter((d) => d.spec.role === 'cold');
		const rest = drafts.filter((d) => d.spec.role !== 'cold' && d.spec.role !== 'heat');
		drafts = [heatFirst, ...rest, ...cold];
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
	return {
		day: course.day,
		firstDay: course.firstDay,
		stage,
		course,
		alert: input.alert,
		items
	};
}

// ---------- Looking back (History and the report) ----------

export interface EpisodeSummary {
	episode: Episode;
	/** The first day (the tap, or an earlier check-in with spasms of the same run). */
	firstDay: string;
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
	for (const s of episodeSessions(episode, sessions, today, entries)) {
		counts.set(s.title, (counts.get(s.title) ?? 0) + 1);
	}
	const mostUsed = [...counts]
		.map(([title, count]) => ({ title, count }))
		.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title))
		.slice(0, 3);
	return {
		episode,
		firstDay: firstDay(episode, entries),
		days: episodeDay(episode, entries, lastDay(episode, today)),
		painFirst: own[0]?.pain ?? null,
		painLast: own.at(-1)?.pain ?? null,
		mostUsed
	};
}

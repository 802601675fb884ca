// The domain types every layer shares: plans and timelines, exercises and routines,
// timer programs, history records and journal entries. Types (and the lists a type is made
// from); no behaviour.

/** What a segment of a plan is for; decides its colour, icon and default cue. */
export type SegmentKind =
	| 'lead-in' // get into position before the first step
	| 'exercise' // a stretch, held or repeated
	| 'switch-sides' // short pause to change to the other side
	| 'rest' // rest between exercises
	| 'ice' // cold pack on
	| 'warm-up' // pack off, let the skin warm back up (shown as "Pack off")
	| 'heat' // warmth on
	| 'relax' // lie down and rest (rest timer)
	| 'walk'; // gentle walk

export type Side = 'left' | 'right';

export interface Segment {
	kind: SegmentKind;
	/** Short label shown large in the player, e.g. "Child's pose". */
	label: string;
	/** Milliseconds; null means "until I tap Next". */
	durationMs: number | null;
	exerciseId?: string;
	side?: Side;
	/** Repetitions to do instead of (or during) a hold, when the exercise counts reps. */
	reps?: number;
	/** Spoken when the segment starts. */
	cue: string;
	/** Spoken at the halfway point of long segments (e.g. "Turn around" on a walk). */
	halfwayCue?: string;
	/** A timer phase of a program that repeats: its round, and how many there are. */
	round?: number;
	rounds?: number;
}

export type PlanSource =
	| { type: 'routine'; id: string; builtIn: boolean }
	| { type: 'program'; id: string; builtIn: boolean }
	| { type: 'demo'; id: string; builtIn: true };

export interface Plan {
	title: string;
	source: PlanSource;
	segments: Segment[];
}

export type SessionEventType =
	'start' | 'pause' | 'resume' | 'next' | 'previous' | 'finish' | 'stop';

export interface SessionEvent {
	type: SessionEventType;
	/** Epoch milliseconds (Date.now()). */
	at: number;
}

/** A running or ended session: the plan plus what the user did, when. */
export interface Timeline {
	id: string;
	plan: Plan;
	events: SessionEvent[];
	/** The pain rating given before the session (0–10), kept with the session so a reload or
	 * another tab showing it never loses it. */
	painBefore?: number;
}

// ---------- Exercises and routines ----------

export type Position =
	'lying-back' | 'lying-side' | 'lying-front' | 'kneeling' | 'sitting' | 'standing';

/**
 * What an exercise asks of the body: a stretch (held or repeated), a rest in an easy position,
 * slow breathing, a walk, or a move that gets you somewhere (down, up, into bed or a car). It
 * decides the exercise's stop rule and its badge in the player.
 */
export type ExerciseKind = 'stretch' | 'rest' | 'breathe' | 'walk' | 'move';

export interface Exercise {
	id: string;
	name: string;
	kind: ExerciseKind;
	position: Position;
	/** Paths under static/, e.g. "/exercises/childs-pose.svg"; two frames for alternating moves. */
	illustration: string;
	/** One-line alt text describing the picture. */
	illustrationAlt: string;
	summary: string;
	steps: string[]; // 2–5 short how-to steps
	breathing: string;
	feel: string; // what you should feel
	stopIf: string; // when to stop (sharp pain, numbness or tingling)
	/** Default hold in seconds, or reps when counted. */
	hold: { seconds: number } | { reps: number; secondsPerRep: number };
	perSide: boolean;
	/** Spoken at the start of the step. */
	cue: string;
	/** Spoken halfway through a step of a minute or more (a long rest, a walk by the clock). */
	halfwayCue?: string;
}

export interface RoutineStep {
	exerciseId: string;
	/** Hold seconds, or reps; overrides the exercise default. */
	hold: { seconds: number } | { reps: number; secondsPerRep: number };
	/** Done on each side (left then right) with a switch-sides segment between. */
	perSide: boolean;
	/** Rest after this step in seconds (0 = none). */
	restAfterSeconds: number;
	/** No countdown: the step waits until the user taps Next (the hold is then a guide only). */
	untimed?: boolean;
}

export interface Routine {
	id: string;
	title: string;
	purpose: string;
	steps: RoutineStep[];
	/**
	 * ISO time of the last change. Every stored routine has one (database version 3 gives one
	 * to any that lacked it, and a restore to any backup copy without one); the built-ins in
	 * content/ have none, which is how a plan tells them apart.
	 */
	updatedAt?: string;
	/** Id of the built-in this was duplicated from, if any. */
	basedOn?: string;
}

// ---------- Timer programs ----------

export type PhaseKind = 'ice' | 'warm-up' | 'heat' | 'relax' | 'walk';

export interface Phase {
	kind: PhaseKind;
	seconds: number;
}

export interface Program {
	id: string;
	title: string;
	purpose: string;
	phases: Phase[];
	rounds: number;
	/** ISO time of the last change; as for routines, only the built-ins have none. */
	updatedAt?: string;
	basedOn?: string;
}

// ---------- History and journal ----------

export type SessionKind = 'routine' | 'timer';

export interface SessionRecord {
	id: string;
	kind: SessionKind;
	/** Routine or program id (built-in or the user's). */
	sourceId: string;
	title: string;
	/** Main activity for insights: 'ice' | 'heat' | 'relax' | 'walk' | 'contrast' | 'stretch'. */
	activity: 'ice' | 'heat' | 'relax' | 'walk' | 'contrast' | 'stretch';
	startedAt: number; // epoch ms
	endedAt: number; // epoch ms
	/** Time actually spent, pauses excluded. */
	activeMs: number;
	plannedMs: number;
	completedSegments: number;
	totalSegments: number;
	completed: boolean;
	painBefore?: number; // 0–10
	painAfter?: number; // 0–10
	note?: string;
	/**
	 * Epoch ms of the last change (the end, a rating, a note). Restores keep the newer copy.
	 * Records from before database version 3 got their end time; old backups may lack it.
	 */
	updatedAt?: number;
}

/** Where numbness or tingling was felt, as the daily check-in asks it: the most urgent first. */
export const NUMBNESS_PLACES = ['saddle', 'both-legs', 'one-leg'] as const;
export type NumbnessWhere = (typeof NUMBNESS_PLACES)[number];

export interface JournalEntry {
	/** Local calendar day, "YYYY-MM-DD"; one entry per day. */
	date: string;
	pain: number; // 0–10
	spasms: boolean;
	/** Any numbness or tingling that day. */
	numbness: boolean;
	/**
	 * Every place it was felt, in `NUMBNESS_PLACES` order, when `numbness` is true; absent in
	 * check-ins saved before the question asked where (database version 5 turned the single
	 * place the check-in once asked for into a list of one).
	 */
	numbnessWhere?: NumbnessWhere[];
	/** New trouble with the bladder or bowels; absent in check-ins saved before it was asked. */
	bladderBowel?: boolean;
	/**
	 * Pain so bad that it is hard to think, talk or sleep, or very hard to move, get up, wash or
	 * dress (severe, in the NHS's words); absent in check-ins saved before it was asked.
	 */
	severe?: boolean;
	water: number; // glasses
	note: string;
	updatedAt: number;
}

// ---------- Spasm episodes ----------

/** How an episode came to an end. */
export type EpisodeEnd =
	| 'settled' // the person said their back has settled
	| 'quiet'; // a week without spasms in the journal, after Limber asked

/** One spasm episode: from "my back has gone" to "it's better". */
export interface Episode {
	id: string;
	/** When the person started it (epoch ms) and its local calendar day. */
	startedAt: number;
	startDay: string;
	/** Local day it ended; absent while it is open. */
	endDay?: string;
	endReason?: EpisodeEnd;
	/** The day the person last answered "not yet" to "has it settled?". */
	notYetDay?: string;
	/**
	 * "If it comes back": what the person noted helped this time, in their words; Today shows it
	 * first at the next "Back just seized?".
	 */
	helped?: string;
	/** Epoch ms of the last change. */
	updatedAt: number;
}

// Valibot schemas for every record Limber stores or restores, so data read from a backup file,
// another tab or an older database is checked before the app trusts it. Their own messages are
// codes (SCHEMA_ISSUES) that never reach a person: a refused write says why in storage's words,
// a damaged backup is counted by kind, and the issues travel only as an error's `cause`.
import * as v from 'valibot';
import {
	NUMBNESS_PLACES,
	type Episode,
	type JournalEntry,
	type Program,
	type Routine,
	type SessionRecord,
	type Timeline
} from './model';

export { LIMITS, isIsoDate, type JsonValue } from './json';
export { isJsonValue } from './json-value';
import { LIMITS, MAX_EPOCH_MS, isIsoDate, type JsonValue } from './json';
import { MAX_SESSION_MS, fitsARecord, programSize, routineSize, stripBidi } from './plan-limits';
import { isJsonValue } from './json-value';

const DAY_MS = 86_400_000;

/** The codes the checks below give as valibot messages, for whoever reads an error's cause. */
const SCHEMA_ISSUES = {
	date: 'not-a-calendar-date',
	json: 'not-a-json-value',
	tooLong: 'longer-than-a-session-limber-keeps',
	endsBeforeStart: 'ends-before-it-starts',
	segments: 'more-completed-than-segments',
	numbnessWhere: 'numbness-place-without-numbness',
	endReason: 'ended-without-a-reason',
	settings: 'too-many-settings'
} as const;

/** Free text (names, notes, cues): stored without bidirectional controls, which can spoof. */
const text = (max: number) => v.pipe(v.string(), v.transform(stripBidi), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));
const epochMs = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_EPOCH_MS));
const durationMs = (max: number) => v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(max));
const int = (min: number, max: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** Numeric rating scale: whole numbers 0–10, the scale clinicians use. */
const pain = int(0, 10);
const isoDate = v.pipe(v.string(), v.check(isIsoDate, SCHEMA_ISSUES.date));
const isoTimestamp = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp());

export const JsonValueSchema = v.custom<JsonValue>(
	(x) => isJsonValue(x) && JSON.stringify(x).length <= LIMITS.settingBytes,
	SCHEMA_ISSUES.json
);

// ---------- Plans and timelines ----------

const segmentKind = v.picklist([
	'lead-in',
	'exercise',
	'switch-sides',
	'rest',
	'ice',
	'warm-up',
	'heat',
	'relax',
	'walk'
]);

export const SegmentSchema = v.object({
	kind: segmentKind,
	label: text(LIMITS.title),
	durationMs: v.nullable(durationMs(DAY_MS)),
	exerciseId: v.optional(id),
	side: v.optional(v.picklist(['left', 'right'])),
	reps: v.optional(int(1, 1_000)),
	cue: text(LIMITS.text),
	halfwayCue: v.optional(text(LIMITS.text)),
	round: v.optional(int(1, 1_000)),
	rounds: v.optional(int(1, 1_000))
});

export const PlanSchema = v.object({
	title: text(LIMITS.title),
	source: v.variant('type', [
		v.object({ type: v.literal('routine'), id, builtIn: v.boolean() }),
		v.object({ type: v.literal('program'), id, builtIn: v.boolean() }),
		v.object({ type: v.literal('demo'), id, builtIn: v.literal(true) })
	]),
	segments: v.pipe(v.array(SegmentSchema), v.maxLength(LIMITS.segments))
});

export const SessionEventSchema = v.object({
	type: v.picklist(['start', 'pause', 'resume', 'next', 'previous', 'finish', 'stop']),
	at: epochMs
});

export const TimelineSchema = v.object({
	id,
	plan: PlanSchema,
	events: v.pipe(v.array(SessionEventSchema), v.maxLength(LIMITS.events)),
	painBefore: v.optional(pain)
});

// ---------- Routines and programs ----------

const hold = v.union([
	v.object({ seconds: int(1, 3_600) }),
	v.object({ reps: int(1, 1_000), secondsPerRep: v.pipe(durationMs(600), v.minValue(0.1)) })
]);

export const RoutineStepSchema = v.object({
	exerciseId: id,
	hold,
	perSide: v.boolean(),
	restAfterSeconds: int(0, 3_600),
	untimed: v.optional(v.boolean())
});

const TOO_LONG = SCHEMA_ISSUES.tooLong;

/** What a person's own routine and program share: names, an edit time, what it was copied from. */
const own = {
	id,
	title: text(LIMITS.title),
	purpose: text(LIMITS.text),
	updatedAt: v.optional(isoTimestamp),
	basedOn: v.optional(id)
};

export const RoutineSchema = v.pipe(
	v.object({
		...own,
		steps: v.pipe(v.array(RoutineStepSchema), v.maxLength(LIMITS.steps))
	}),
	// Anything that can be stored can be played and recorded.
	v.check((r) => fitsARecord(routineSize(r)), TOO_LONG)
);

export const PhaseSchema = v.object({
	kind: v.picklist(['ice', 'warm-up', 'heat', 'relax', 'walk']),
	seconds: int(1, 86_400)
});

export const ProgramSchema = v.pipe(
	v.object({
		...own,
		phases: v.pipe(v.array(PhaseSchema), v.maxLength(LIMITS.phases)),
		rounds: int(1, LIMITS.rounds)
	}),
	v.check((p) => fitsARecord(programSize(p)), TOO_LONG)
);

// ---------- History and journal ----------

export const ACTIVITIES = ['ice', 'heat', 'relax', 'walk', 'contrast', 'stretch'] as const;

export const SessionRecordSchema = v.pipe(
	v.object({
		id,
		kind: v.picklist(['routine', 'timer']),
		sourceId: id,
		title: text(LIMITS.title),
		activity: v.picklist(ACTIVITIES),
		startedAt: epochMs,
		endedAt: epochMs,
		activeMs: durationMs(MAX_SESSION_MS),
		plannedMs: durationMs(MAX_SESSION_MS),
		completedSegments: int(0, LIMITS.segments),
		totalSegments: int(0, LIMITS.segments),
		completed: v.boolean(),
		painBefore: v.optional(pain),
		painAfter: v.optional(pain),
		note: v.optional(text(LIMITS.note)),
		updatedAt: v.optional(epochMs)
	}),
	v.check((r) => r.endedAt >= r.startedAt, SCHEMA_ISSUES.endsBeforeStart),
	v.check((r) => r.completedSegments <= r.totalSegments, SCHEMA_ISSUES.segments)
);

/**
 * Every place numbness was felt, each once, in the check-in's order. A single place (as check-ins
 * and backups from before the list were saved) is read as a list of one.
 */
const numbnessPlaces = v.pipe(
	v.union([
		v.pipe(
			v.picklist(NUMBNESS_PLACES),
			v.transform((place) => [place])
		),
		v.pipe(
			v.array(v.picklist(NUMBNESS_PLACES)),
			v.minLength(1),
			v.maxLength(NUMBNESS_PLACES.length)
		)
	]),
	v.transform((places) => NUMBNESS_PLACES.filter((p) => places.includes(p)))
);

// The optional fields came later; entries and backups from before them stay valid.
export const JournalEntrySchema = v.pipe(
	v.object({
		date: isoDate,
		pain,
		spasms: v.boolean(),
		numbness: v.boolean(),
		numbnessWhere: v.optional(numbnessPlaces),
		bladderBowel: v.optional(v.boolean()),
		severe: v.optional(v.boolean()),
		water: int(0, 50),
		note: text(LIMITS.note),
		updatedAt: epochMs
	}),
	v.check((e) => e.numbness || e.numbnessWhere === undefined, SCHEMA_ISSUES.numbnessWhere)
);

export const EpisodeSchema = v.pipe(
	v.object({
		id,
		startedAt: epochMs,
		startDay: isoDate,
		endDay: v.optional(isoDate),
		endReason: v.optional(v.picklist(['settled', 'quiet'])),
		notYetDay: v.optional(isoDate),
		helped: v.optional(text(LIMITS.note)),
		updatedAt: epochMs
	}),
	v.check((e) => e.endDay === undefined || e.endDay >= e.startDay, SCHEMA_ISSUES.endsBeforeStart),
	v.check((e) => (e.endDay === undefined) === (e.endReason === undefined), SCHEMA_ISSUES.endReason)
);

export const SettingsSchema = v.pipe(
	v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.settingKey)), JsonValueSchema),
	v.check((s) => Object.keys(s).length <= LIMITS.settings, SCHEMA_ISSUES.settings)
);

// Compile-time proof that each schema produces exactly the shared domain type, so model.ts
// and these schemas cannot drift apart unnoticed.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _proofs: [
	Same<v.InferOutput<typeof SessionRecordSchema>, SessionRecord>,
	Same<v.InferOutput<typeof JournalEntrySchema>, JournalEntry>,
	Same<v.InferOutput<typeof RoutineSchema>, Routine>,
	Same<v.InferOutput<typeof ProgramSchema>, Program>,
	Same<v.InferOutput<typeof TimelineSchema>, Timeline>,
	Same<v.InferOutput<typeof EpisodeSchema>, Episode>
] = [true, true, true, true, true, true];
void _proofs;

/** Issues flattened to one short line, for logs and developer-facing details. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
	return issues
		.slice(0, 3)
		.map((issue) => {
			const path = v.getDotPath(issue);
			return path ? `${path}: ${issue.message}` : issue.message;
		})
		.join('; ');
}

/** Schemas by name, for code that loads this module on demand (storage validates lazily). */
const NAMED = {
	SessionRecordSchema,
	JournalEntrySchema,
	RoutineSchema,
	ProgramSchema,
	TimelineSchema,
	EpisodeSchema
} as const;

export type SchemaName = keyof typeof NAMED;

export type ParseResult<T> = { success: true; output: T } | { success: false; issues: string };

/** Parses `value` with a named schema; the output drops fields the schema does not know. */
export function parseNamed<N extends SchemaName>(
	name: N,
	value: unknown
): ParseResult<v.InferOutput<(typeof NAMED)[N]>> {
	const parsed = v.safeParse(NAMED[name], value);
	return parsed.success
		? { success: true, output: parsed.output }
		: { success: false, issues: describeIssues(parsed.issues) };
}

/** Whether `value` fits a named schema. */
export function fitsNamed(name: SchemaName, value: unknown): boolean {
	return v.is(NAMED[name], value);
}

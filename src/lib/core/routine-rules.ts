// The rules a routine made, imported or shared by the user must keep, and the messages that say
// which field breaks them: in words fit to show next to that field for the editor, and as one
// sentence naming the routine and what it holds for a routine that comes in from a link, a file
// or a backup. One valibot definition per field (routineFields) checks both, with the limits of
// core/plan-limits.ts, so the editor and the door can never disagree.
import * as v from 'valibot';
import type { RoutineStep } from './model';
import { hasVisibleText, ROUTINE_LIMITS, stripBidi } from './plan-limits';
import { capitalize } from './words';

/** A routine's editable content: what the editor, a shared link and a file all carry. */
export interface RoutineDraft {
	title: string;
	purpose: string;
	steps: RoutineStep[];
}

export type StepField = 'exercise' | 'hold' | 'reps' | 'rest';

export type RoutineIssue =
	| { field: 'title' | 'purpose' | 'steps'; message: string }
	| { field: StepField; step: number; message: string };

const L = ROUTINE_LIMITS;

export const MESSAGES = {
	titleMissing: 'Give the routine a name.',
	titleLong: `Keep the name to ${L.titleMax} characters or fewer.`,
	purposeLong: `Keep the notes to ${L.purposeMax} characters or fewer.`,
	stepsMissing: 'Add at least one exercise.',
	stepsMany: `A routine can have at most ${L.stepsMax} steps.`,
	exerciseUnknown: 'This exercise is not in the Limber library.',
	hold: `Hold for ${L.holdSeconds.min} to ${L.holdSeconds.max} seconds, in whole seconds.`,
	reps: `Choose ${L.reps.min} to ${L.reps.max} repetitions.`,
	secondsPerRep: `Each repetition must take ${L.secondsPerRep.min} to ${L.secondsPerRep.max} whole seconds.`,
	rest: `Rest for ${L.restSeconds.min} to ${L.restSeconds.max} seconds, in whole seconds.`
} as const;

type Range = { readonly min: number; readonly max: number };

const whole = (range: Range, message: string) =>
	v.pipe(
		v.number(message),
		v.integer(message),
		v.minValue(range.min, message),
		v.maxValue(range.max, message)
	);

/** Every field of a routine, with its limit and its message: the one definition of the rules. */
function routineFields(isKnownExercise: (id: string) => boolean) {
	return {
		title: v.pipe(
			v.string(MESSAGES.titleMissing),
			v.transform(stripBidi),
			v.trim(),
			v.check(hasVisibleText, MESSAGES.titleMissing),
			v.maxLength(L.titleMax, MESSAGES.titleLong)
		),
		purpose: v.optional(
			v.pipe(
				v.string(MESSAGES.purposeLong),
				v.transform(stripBidi),
				v.trim(),
				v.maxLength(L.purposeMax, MESSAGES.purposeLong)
			),
			''
		),
		exerciseId: v.pipe(
			v.string(MESSAGES.exerciseUnknown),
			v.maxLength(64, MESSAGES.exerciseUnknown),
			v.check(isKnownExercise, MESSAGES.exerciseUnknown)
		),
		hold: v.optional(whole(L.holdSeconds, MESSAGES.hold)),
		reps: v.optional(whole(L.reps, MESSAGES.reps)),
		secondsPerRep: v.optional(whole(L.secondsPerRep, MESSAGES.secondsPerRep)),
		perSide: v.optional(v.boolean(), false),
		untimed: v.optional(v.boolean(), false),
		rest: v.optional(whole(L.restSeconds, MESSAGES.rest), 0)
	};
}

/** A list of steps within the routine's step limits. */
const stepsSchema = <T extends v.GenericSchema>(step: T) =>
	v.pipe(
		v.array(step),
		v.minLength(L.stepsMin, MESSAGES.stepsMissing),
		v.maxLength(L.stepsMax, MESSAGES.stepsMany)
	);

/** The message of the first rule `value` breaks, if any. */
function broken(schema: v.GenericSchema, value: unknown): string | undefined {
	const result = v.safeParse(schema, value);
	return result.success ? undefined : result.issues[0].message;
}

/** Every problem with a draft, in form order; an empty list means it can be saved. */
export function validateRoutine(
	draft: RoutineDraft,
	isKnownExercise: (id: string) => boolean
): RoutineIssue[] {
	const f = routineFields(isKnownExercise);
	const issues: RoutineIssue[] = [];
	const add = (field: 'title' | 'purpose' | 'steps', message: string | undefined) => {
		if (message) issues.push({ field, message });
	};
	add('title', broken(f.title, draft.title));
	add('purpose', broken(f.purpose, draft.purpose));
	add('steps', broken(stepsSchema(v.unknown()), draft.steps));
	draft.steps.forEach((step, index) => {
		const at = (field: StepField, message: string | undefined) => {
			if (message) issues.push({ field, step: index, message });
		};
		at('exercise', broken(f.exerciseId, step.exerciseId));
		if ('seconds' in step.hold) at('hold', broken(f.hold, step.hold.seconds));
		else
			at(
				'reps',
				broken(f.reps, step.hold.reps) ?? broken(f.secondsPerRep, step.hold.secondsPerRep)
			);
		at('rest', broken(f.rest, step.restAfterSeconds));
	});
	return issues;
}

/** The issue as one line for a summary, naming the step it belongs to. */
export function issueSummary(issue: RoutineIssue): string {
	return 'step' in issue ? `Step ${issue.step + 1}: ${issue.message}` : issue.message;
}

export interface BeyondOptions {
	/** Whether an exercise id is in the library; links and files check it, backups do not. */
	isKnownExercise?: (id: string) => boolean;
	/** How the sentence names the routine mid-sentence: "this routine", "the routine “Morning”". */
	name?: string;
}

/**
 * The first way a routine that comes in (a shared link, a file, a backup) goes beyond what the
 * editor allows, as one calm sentence naming what it holds and what Limber keeps; null when it
 * keeps every limit. The same checks as the editor's (validateRoutine), in other words.
 */
export function routineBeyondLimits(
	routine: RoutineDraft,
	{ isKnownExercise = () => true, name = 'this routine' }: BeyondOptions = {}
): string | null {
	const issue = validateRoutine(routine, isKnownExercise)[0];
	if (!issue) return null;
	const subject = capitalize(name);
	if (!('step' in issue)) {
		switch (issue.message) {
			case MESSAGES.titleMissing:
				return `${subject} has no name Limber can show.`;
			case MESSAGES.titleLong:
				return `${subject} has a name of ${clean(routine.title).length} characters; Limber keeps names to ${L.titleMax}.`;
			case MESSAGES.purposeLong:
				return `${subject} has notes of ${clean(routine.purpose).length} characters; Limber keeps notes to ${L.purposeMax}.`;
			case MESSAGES.stepsMissing:
				return `${subject} has no steps; a routine needs at least one.`;
			default:
				return `${subject} has ${routine.steps.length} steps; Limber keeps routines to ${L.stepsMax} steps.`;
		}
	}
	const step = routine.steps[issue.step]!;
	const at = `Step ${issue.step + 1} of ${name}`;
	if (issue.message === MESSAGES.exerciseUnknown) {
		return `${at} is an exercise that is not in the Limber library.`;
	}
	if (issue.message === MESSAGES.rest) {
		return `${at} rests for ${step.restAfterSeconds} seconds; Limber keeps a rest ${range(L.restSeconds)} whole seconds.`;
	}
	const { hold } = step;
	if ('seconds' in hold) {
		return `${at} holds for ${hold.seconds} seconds; Limber keeps a hold ${range(L.holdSeconds)} whole seconds.`;
	}
	return issue.message === MESSAGES.reps
		? `${at} has ${hold.reps} repetitions; Limber keeps them ${range(L.reps)}.`
		: `${at} takes ${hold.secondsPerRep} seconds a repetition; Limber keeps that ${range(L.secondsPerRep)} whole seconds.`;
}

const clean = (text: string) => stripBidi(text).trim();
const range = (r: Range) => `from ${r.min} to ${r.max}`;

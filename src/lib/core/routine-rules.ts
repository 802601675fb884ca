// The rules a routine made, imported or shared by the user must keep, and which field breaks
// them: a code per field for the editor, and the first rule broken with what the routine holds
// for a routine that comes in from a link, a file or a backup (components and messages say them).
// One valibot definition per field (routineFields) checks both, with the limits of
// core/plan-limits.ts, so the editor and the door can never disagree.
import * as v from 'valibot';
import type { RoutineStep } from './model';
import { hasVisibleText, ROUTINE_LIMITS, stripBidi } from './plan-limits';

/** A routine's editable content: what the editor, a shared link and a file all carry. */
export interface RoutineDraft {
	title: string;
	purpose: string;
	steps: RoutineStep[];
}

export type StepField = 'exercise' | 'hold' | 'reps' | 'rest';

/** Which rule a field breaks; components say it in words, with the limits of ROUTINE_LIMITS. */
export type RoutineProblem =
	| 'title-missing'
	| 'title-long'
	| 'purpose-long'
	| 'steps-missing'
	| 'steps-many'
	| 'exercise-unknown'
	| 'hold'
	| 'reps'
	| 'seconds-per-rep'
	| 'rest';

export type RoutineIssue =
	| { field: 'title' | 'purpose' | 'steps'; code: RoutineProblem }
	| { field: StepField; step: number; code: RoutineProblem };

const L = ROUTINE_LIMITS;

/** The codes as valibot's messages: each rule's schema carries its own code. */
const MESSAGES = {
	titleMissing: 'title-missing',
	titleLong: 'title-long',
	purposeLong: 'purpose-long',
	stepsMissing: 'steps-missing',
	stepsMany: 'steps-many',
	exerciseUnknown: 'exercise-unknown',
	hold: 'hold',
	reps: 'reps',
	secondsPerRep: 'seconds-per-rep',
	rest: 'rest'
} as const satisfies Record<string, RoutineProblem>;

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

/** The code of the first rule `value` breaks, if any. */
function broken(schema: v.GenericSchema, value: unknown): RoutineProblem | undefined {
	const result = v.safeParse(schema, value);
	return result.success ? undefined : (result.issues[0].message as RoutineProblem);
}

/** Every problem with a draft, in form order; an empty list means it can be saved. */
export function validateRoutine(
	draft: RoutineDraft,
	isKnownExercise: (id: string) => boolean
): RoutineIssue[] {
	const f = routineFields(isKnownExercise);
	const issues: RoutineIssue[] = [];
	const add = (field: 'title' | 'purpose' | 'steps', code: RoutineProblem | undefined) => {
		if (code) issues.push({ field, code });
	};
	add('title', broken(f.title, draft.title));
	add('purpose', broken(f.purpose, draft.purpose));
	add('steps', broken(stepsSchema(v.unknown()), draft.steps));
	draft.steps.forEach((step, index) => {
		const at = (field: StepField, code: RoutineProblem | undefined) => {
			if (code) issues.push({ field, step: index, code });
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

/**
 * The first way a routine that comes in (a shared link, a file, a backup) goes beyond what the
 * editor allows, with what it holds (`count`: characters of the name or notes, steps; `value`:
 * a step's seconds or repetitions), or null when it keeps every limit. The same checks as the
 * editor's (validateRoutine); components say it in words.
 */
export type RoutineBeyond =
	| { code: 'title-missing' | 'steps-missing' }
	| { code: 'title-long' | 'purpose-long' | 'steps-many'; count: number }
	| { code: 'exercise-unknown'; step: number }
	| { code: 'hold' | 'reps' | 'seconds-per-rep' | 'rest'; step: number; value: number };

export function routineBeyond(
	routine: RoutineDraft,
	isKnownExercise: (id: string) => boolean = () => true
): RoutineBeyond | null {
	const issue = validateRoutine(routine, isKnownExercise)[0];
	if (!issue) return null;
	if (!('step' in issue)) {
		switch (issue.code) {
			case 'title-missing':
				return { code: 'title-missing' };
			case 'title-long':
				return { code: 'title-long', count: clean(routine.title).length };
			case 'purpose-long':
				return { code: 'purpose-long', count: clean(routine.purpose).length };
			case 'steps-missing':
				return { code: 'steps-missing' };
			default:
				return { code: 'steps-many', count: routine.steps.length };
		}
	}
	const { step } = issue;
	const { hold, restAfterSeconds } = routine.steps[step]!;
	if (issue.code === 'exercise-unknown') return { code: 'exercise-unknown', step };
	if (issue.code === 'rest') return { code: 'rest', step, value: restAfterSeconds };
	if ('seconds' in hold) return { code: 'hold', step, value: hold.seconds };
	return issue.code === 'reps'
		? { code: 'reps', step, value: hold.reps }
		: { code: 'seconds-per-rep', step, value: hold.secondsPerRep };
}

const clean = (text: string) => stripBidi(text).trim();

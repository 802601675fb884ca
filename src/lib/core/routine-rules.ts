// The limits a routine made, imported or shared by the user must keep, and the messages that
// say which field breaks them, in words fit to show next to that field.
import type { RoutineStep } from './model';

// Narrower than the storage schema's caps: these are what a sensible home routine needs, and
// they keep a shared link short enough to travel in a URL.
export const ROUTINE_LIMITS = {
	titleMax: 80,
	purposeMax: 280,
	stepsMin: 1,
	stepsMax: 40,
	holdSeconds: { min: 5, max: 300 },
	reps: { min: 1, max: 30 },
	secondsPerRep: { min: 1, max: 30 },
	restSeconds: { min: 0, max: 120 }
} as const;

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

/** True for a whole number within `range`; NaN (an empty number field) is never within. */
export const wholeIn = (n: number, range: { min: number; max: number }): boolean =>
	Number.isInteger(n) && n >= range.min && n <= range.max;

/** Every problem with a draft, in form order; an empty list means it can be saved. */
export function validateRoutine(
	draft: RoutineDraft,
	isKnownExercise: (id: string) => boolean
): RoutineIssue[] {
	const issues: RoutineIssue[] = [];
	const title = draft.title.trim();
	if (title === '') issues.push({ field: 'title', message: MESSAGES.titleMissing });
	else if (title.length > L.titleMax) issues.push({ field: 'title', message: MESSAGES.titleLong });
	if (draft.purpose.trim().length > L.purposeMax) {
		issues.push({ field: 'purpose', message: MESSAGES.purposeLong });
	}
	if (draft.steps.length < L.stepsMin)
		issues.push({ field: 'steps', message: MESSAGES.stepsMissing });
	if (draft.steps.length > L.stepsMax) issues.push({ field: 'steps', message: MESSAGES.stepsMany });
	draft.steps.forEach((step, index) => {
		const at = (field: StepField, message: string) => issues.push({ field, step: index, message });
		if (!isKnownExercise(step.exerciseId)) at('exercise', MESSAGES.exerciseUnknown);
		if ('seconds' in step.hold) {
			if (!wholeIn(step.hold.seconds, L.holdSeconds)) at('hold', MESSAGES.hold);
		} else if (!wholeIn(step.hold.reps, L.reps)) {
			at('reps', MESSAGES.reps);
		} else if (!wholeIn(step.hold.secondsPerRep, L.secondsPerRep)) {
			at('reps', MESSAGES.secondsPerRep);
		}
		if (!wholeIn(step.restAfterSeconds, L.restSeconds)) at('rest', MESSAGES.rest);
	});
	return issues;
}

/** The issue as one line for a summary, naming the step it belongs to. */
export function issueSummary(issue: RoutineIssue): string {
	return 'step' in issue ? `Step ${issue.step + 1}: ${issue.message}` : issue.message;
}

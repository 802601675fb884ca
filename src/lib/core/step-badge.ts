// What a step is, in one word, for the player's badge and the routine's list of steps: a move,
// a hold, a rest, slow breathing, a walk, cold, the pack off or heat (never "Stretch" on every step).
import type { ExerciseKind, RoutineStep, SegmentKind } from './model';

/** What a step's badge says it is: a code, which the player's messages name. */
export type BadgeCode =
	| 'get-ready'
	| 'switch-sides'
	| 'rest'
	| 'cold'
	| 'pack-off'
	| 'heat'
	| 'walk'
	| 'move'
	| 'hold'
	| 'breathe';

const SEGMENT_BADGES: Record<Exclude<SegmentKind, 'exercise'>, BadgeCode> = {
	'lead-in': 'get-ready',
	'switch-sides': 'switch-sides',
	rest: 'rest',
	ice: 'cold',
	'warm-up': 'pack-off',
	heat: 'heat',
	relax: 'rest',
	walk: 'walk'
};

const EXERCISE_BADGES: Record<Exclude<ExerciseKind, 'stretch'>, BadgeCode> = {
	move: 'move',
	rest: 'rest',
	breathe: 'breathe',
	walk: 'walk'
};

/**
 * The badge for a segment: its kind, or for an exercise what the exercise asks (a stretch
 * counted in repetitions is a move, a held one a hold). An unknown exercise reads as a stretch.
 */
export function badgeCode(
	segment: { kind: SegmentKind; reps?: number },
	exercise?: ExerciseKind
): BadgeCode {
	if (segment.kind !== 'exercise') return SEGMENT_BADGES[segment.kind];
	if (exercise && exercise !== 'stretch') return EXERCISE_BADGES[exercise];
	return segment.reps ? 'move' : 'hold';
}

/**
 * How a routine's step reads in a list, as a code the component words (messages/exercises:
 * `stepLengthWords`): untimed ("As long as you like, then tap Next"), a count of slow
 * repetitions, or a length with what the step asks ("Rest 5 min", "Hold 20 s", "About 1 min").
 */
export type StepLength =
	| { code: 'untimed' }
	| { code: 'reps'; reps: number }
	| { code: 'about' | 'hold' | Exclude<ExerciseKind, 'stretch' | 'move'>; ms: number };

/** How a routine's step reads in a list (see `StepLength`). */
export function stepLength(
	step: Pick<RoutineStep, 'hold' | 'untimed'>,
	exercise?: ExerciseKind
): StepLength {
	if (step.untimed) return { code: 'untimed' };
	if (!('seconds' in step.hold)) return { code: 'reps', reps: step.hold.reps };
	const ms = step.hold.seconds * 1000;
	if (exercise === 'move') return { code: 'about', ms };
	return { code: !exercise || exercise === 'stretch' ? 'hold' : exercise, ms };
}

// What a step is, in one word, for the player's badge and the routine's list of steps: a move,
// a hold, a rest, slow breathing, a walk, cold, the pack off or heat (never "Stretch" on every step).
import { formatDuration } from './format';
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

const EXERCISE_WORDS: Record<Exclude<ExerciseKind, 'stretch'>, string> = {
	move: 'Move',
	rest: 'Rest',
	breathe: 'Breathe',
	walk: 'Walk'
};

/** How a routine's step reads in a list: "Rest 5 min", "Hold 20 s", "6 slow repetitions". */
export function stepLength(
	step: Pick<RoutineStep, 'hold' | 'untimed'>,
	exercise?: ExerciseKind
): string {
	if (step.untimed) return 'As long as you like, then tap Next';
	if (!('seconds' in step.hold)) return `${step.hold.reps} slow repetitions`;
	const length = formatDuration(step.hold.seconds * 1000);
	if (exercise === 'move') return `About ${length}`;
	const word = exercise && exercise !== 'stretch' ? EXERCISE_WORDS[exercise] : 'Hold';
	return `${word} ${length}`;
}

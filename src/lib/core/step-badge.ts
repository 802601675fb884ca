// What a step is, in one word, for the player's badge and the routine's list of steps: a move,
// a hold, a rest, slow breathing, a walk, cold, the pack off or heat (never "Stretch" on every step).
import { formatDuration } from './format';
import type { ExerciseKind, RoutineStep, SegmentKind } from './model';

const SEGMENT_WORDS: Record<Exclude<SegmentKind, 'exercise'>, string> = {
	'lead-in': 'Get ready',
	'switch-sides': 'Switch sides',
	rest: 'Rest',
	ice: 'Cold',
	'warm-up': 'Pack off',
	heat: 'Heat',
	relax: 'Rest',
	walk: 'Walk'
};

const EXERCISE_WORDS: Record<Exclude<ExerciseKind, 'stretch'>, string> = {
	move: 'Move',
	rest: 'Rest',
	breathe: 'Breathe',
	walk: 'Walk'
};

/**
 * The badge for a segment: its kind, or for an exercise what the exercise asks (a stretch
 * counted in repetitions is a move, a held one a hold). An unknown exercise reads as a stretch.
 */
export function badgeWord(
	segment: { kind: SegmentKind; reps?: number },
	exercise?: ExerciseKind
): string {
	if (segment.kind !== 'exercise') return SEGMENT_WORDS[segment.kind];
	if (exercise && exercise !== 'stretch') return EXERCISE_WORDS[exercise];
	return segment.reps ? 'Move' : 'Hold';
}

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

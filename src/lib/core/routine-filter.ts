// Which routines to list: by the positions they use, by length, and only lying-down ones in
// flare mode (when getting up and down from the floor is the hard part; the way into bed from
// sitting or standing is allowed).
import type { Position, Routine } from './model';
import { positionOrder } from './positions';

/** Finds an exercise's position; undefined for an exercise the app does not know. */
export type PositionOf = (exerciseId: string) => Position | undefined;

export const LYING_POSITIONS: readonly Position[] = ['lying-back', 'lying-side', 'lying-front'];

/** Sitting or standing, a move that waits for Next can take a person to where they lie down. */
const WAYS_IN: readonly Position[] = ['sitting', 'standing'];

/**
 * True when every timed step is done lying down (on the back, the side or the front), so flare
 * mode can offer it. A step that waits for Next (the way into bed, from standing or sitting) may
 * start sitting or standing: it is how a person gets to lying down; it never kneels. A routine with
 * no steps, or with an exercise whose position is unknown, is not: flare mode must never show a
 * routine that may ask the person to kneel or to stand for a stretch.
 */
export function isLyingDownOnly(routine: Pick<Routine, 'steps'>, positionOf: PositionOf): boolean {
	if (routine.steps.length === 0) return false;
	let lying = false;
	const fits = routine.steps.every((step) => {
		const position = positionOf(step.exerciseId);
		if (position === undefined) return false;
		if (LYING_POSITIONS.includes(position)) return (lying = true);
		return step.untimed === true && WAYS_IN.includes(position);
	});
	return fits && lying;
}

export type LengthFilter = 'any' | 'short' | 'medium' | 'long';

const MINUTE = 60_000;
/** Upper bounds (inclusive) of the short and medium lengths. */
export const LENGTH_BOUNDS = { short: 7 * MINUTE, medium: 12 * MINUTE } as const;

/** The lengths a list can be narrowed to, in order (their labels are in messages/routines). */
export const LENGTH_FILTERS: readonly LengthFilter[] = ['any', 'short', 'medium', 'long'];

export function lengthMatches(totalMs: number, filter: LengthFilter): boolean {
	switch (filter) {
		case 'any':
			return true;
		case 'short':
			return totalMs <= LENGTH_BOUNDS.short;
		case 'medium':
			return totalMs > LENGTH_BOUNDS.short && totalMs <= LENGTH_BOUNDS.medium;
		case 'long':
			return totalMs > LENGTH_BOUNDS.medium;
	}
}

export interface RoutineFilter {
	/** Show routines that use this position; 'any' shows all. */
	position: Position | 'any';
	length: LengthFilter;
}

export const NO_FILTER: RoutineFilter = { position: 'any', length: 'any' };

/** Reads a filter from a query string, ignoring anything it does not recognise. */
export function parseRoutineFilter(params: URLSearchParams): RoutineFilter {
	const position = params.get('position');
	const length = params.get('length');
	return {
		position: positionOrder.find((p) => p === position) ?? 'any',
		length: LENGTH_FILTERS.find((l) => l === length) ?? 'any'
	};
}

/** The query string for a filter ('' when nothing is filtered), so a filtered list can be linked. */
export function routineFilterQuery(filter: RoutineFilter): string {
	const params = new URLSearchParams();
	if (filter.position !== 'any') params.set('position', filter.position);
	if (filter.length !== 'any') params.set('length', filter.length);
	const query = params.toString();
	return query ? `?${query}` : '';
}

export function routineMatches(
	routine: Pick<Routine, 'steps'>,
	filter: RoutineFilter,
	positionOf: PositionOf,
	totalMs: number
): boolean {
	if (!lengthMatches(totalMs, filter.length)) return false;
	if (filter.position === 'any') return true;
	return routine.steps.some((step) => positionOf(step.exerciseId) === filter.position);
}

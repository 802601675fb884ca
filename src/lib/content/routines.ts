// Built-in stretch routines, ordered so the body changes position as little as possible. Their
// titles and descriptions are in each language's catalog under the same id (messages/routines.*.ts).
import type { RoutineId, RoutineShape } from '$lib/core/builtin-ids';
import type { Position, Routine, RoutineStep } from '$lib/core/model';
import { exerciseById } from './exercises';

const hold = (
	exerciseId: string,
	seconds: number,
	restAfterSeconds: number,
	perSide = false
): RoutineStep => ({ exerciseId, hold: { seconds }, perSide, restAfterSeconds });

const reps = (
	exerciseId: string,
	count: number,
	secondsPerRep: number,
	restAfterSeconds: number,
	perSide = false
): RoutineStep => ({ exerciseId, hold: { reps: count, secondsPerRep }, perSide, restAfterSeconds });

/** A step that waits for Next: getting down or up takes as long as it takes. */
const untimed = (step: RoutineStep): RoutineStep => ({ ...step, untimed: true });

/** The guided way down to the floor and back up: every routine that goes to the floor has both. */
const down = untimed(hold('floor-down-in-stages', 60, 0));
const up = untimed(hold('floor-up-in-stages', 60, 0));

/** The first hours: an easy position from where you are, rest and slow breathing. No getting up. */
const restAndBreathe = [hold('rest-legs-on-chair', 300, 0), hold('belly-breathing', 180, 0)];

export const builtInRoutines: readonly RoutineShape[] = [
	{
		id: 'first-hours-floor',
		steps: [untimed(hold('settle-on-the-floor', 60, 0)), ...restAndBreathe]
	},
	{
		id: 'first-hours',
		steps: [untimed(hold('log-roll-into-bed', 60, 0)), ...restAndBreathe]
	},
	{
		id: 'first-hours-standing',
		steps: [
			untimed(hold('sit-on-the-bed', 60, 0)),
			untimed(hold('log-roll-into-bed', 60, 0)),
			...restAndBreathe
		]
	},
	{
		id: 'get-up-from-floor',
		steps: [up]
	},
	{
		id: 'get-up-from-bed',
		steps: [untimed(hold('log-roll-out-of-bed', 60, 0))]
	},
	{
		id: 'spasm-relief',
		steps: [
			down,
			hold('childs-pose', 45, 10),
			reps('cat-cow', 6, 5, 10),
			hold('childs-pose', 45, 10),
			hold('knee-to-chest-single', 20, 10, true),
			hold('knee-to-chest-double', 20, 10),
			reps('lower-trunk-rotation', 6, 5, 10),
			hold('supine-rest', 90, 0),
			up
		]
	},
	{
		id: 'flare-day',
		steps: [
			untimed(hold('log-roll-into-bed', 60, 0)),
			hold('supine-rest', 60, 10),
			reps('pelvic-tilt', 8, 4, 10),
			hold('knee-to-chest-single', 20, 10, true),
			hold('knee-to-chest-double', 20, 10),
			reps('lower-trunk-rotation', 6, 5, 10),
			hold('rest-side-pillow', 90, 0)
		]
	},
	{
		id: 'desk-break',
		steps: [
			reps('seated-pelvic-tilt', 8, 5, 5),
			hold('seated-twist', 15, 5, true),
			hold('seated-forward-fold', 20, 10),
			reps('standing-back-extension', 5, 5, 5),
			hold('standing-side-bend', 15, 5, true),
			hold('gentle-walk', 120, 0)
		]
	},
	{
		id: 'morning-mobility',
		steps: [
			down,
			reps('pelvic-tilt', 10, 4, 5),
			hold('knee-to-chest-single', 20, 5, true),
			reps('lower-trunk-rotation', 8, 5, 5),
			reps('glute-bridge', 8, 5, 10),
			reps('cat-cow', 8, 5, 5),
			reps('bird-dog', 5, 6, 10, true),
			hold('childs-pose', 30, 10),
			hold('hip-flexor-lunge', 20, 10, true),
			up,
			hold('standing-side-bend', 15, 5, true),
			reps('standing-back-extension', 5, 5, 0)
		]
	},
	{
		id: 'bedtime-wind-down',
		steps: [
			hold('seated-forward-fold', 30, 10),
			down,
			hold('childs-pose', 45, 10),
			reps('cat-cow', 6, 6, 10),
			hold('figure-four', 30, 10, true),
			hold('hamstring-strap', 30, 10, true),
			hold('knee-to-chest-double', 30, 10),
			reps('lower-trunk-rotation', 6, 6, 10),
			untimed(hold('supine-rest', 120, 0)),
			up
		]
	},
	{
		id: 'walk-and-stretch',
		steps: [
			hold('gentle-walk', 300, 15),
			reps('standing-back-extension', 5, 5, 5),
			hold('standing-side-bend', 15, 5, true),
			reps('wall-lean', 6, 5, 10),
			down,
			hold('childs-pose', 40, 10),
			hold('hip-flexor-lunge', 20, 10, true),
			up
		]
	},
	{
		id: 'in-bed',
		steps: [
			hold('belly-breathing', 120, 10),
			reps('lower-trunk-rotation', 10, 5, 10),
			reps('pelvic-tilt', 10, 5, 10),
			hold('knee-to-chest-single', 30, 10, true),
			untimed(hold('log-roll-out-of-bed', 60, 0))
		]
	},
	{
		id: 'breathe-and-let-go',
		steps: [
			hold('supine-rest', 120, 0),
			hold('belly-breathing', 150, 0),
			hold('rest-side-pillow', 150, 0)
		]
	},
	{
		id: 'short-walk',
		steps: [hold('gentle-walk', 180, 0)]
	},
	{
		id: 'walk-5',
		steps: [hold('gentle-walk', 300, 0)]
	}
];

const byId = new Map<string, RoutineShape>(builtInRoutines.map((r) => [r.id, r]));

/**
 * Routines that end lying down, with no getting up at the end: the summary offers the way up
 * (from the floor, or from a bed or sofa) as its own short routine, for when the person is ready.
 */
export const GET_UP_AFTER: Record<string, readonly RoutineId[]> = {
	'first-hours-floor': ['get-up-from-floor'],
	'first-hours': ['get-up-from-bed'],
	'first-hours-standing': ['get-up-from-bed'],
	'flare-day': ['get-up-from-bed', 'get-up-from-floor'],
	'breathe-and-let-go': ['get-up-from-bed', 'get-up-from-floor']
};

/** The built-in routine with this id, if there is one. */
export function routineById(id: string): RoutineShape | undefined {
	return byId.get(id);
}

/** The positions a routine uses, in the order they first come up (unknown exercises are skipped). */
export function routinePositions(routine: Pick<Routine, 'steps'>): Position[] {
	const seen: Position[] = [];
	for (const step of routine.steps) {
		const position = exerciseById(step.exerciseId)?.position;
		if (position && !seen.includes(position)) seen.push(position);
	}
	return seen;
}

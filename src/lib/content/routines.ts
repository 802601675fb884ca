// Built-in stretch routines, ordered so the body changes position as little as possible.
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

export const builtInRoutines: Routine[] = [
	{
		id: 'first-hours-floor',
		title: 'First hours, on the floor',
		purpose:
			'For when your back has just seized and you are on the floor: stay down, ease onto your side or back, rest with your legs up and breathe slowly. No kneeling, and no getting up at the end: do that when you are ready. The first move waits for you: tap Next when you are there.',
		steps: [untimed(hold('settle-on-the-floor', 60, 0)), ...restAndBreathe]
	},
	{
		id: 'first-hours',
		title: 'First hours, on a bed or sofa',
		purpose:
			'For when your back has just seized and you are on a bed or sofa: lie down safely, rest with your legs up on pillows and breathe slowly. No kneeling, and no getting up at the end: do that when you are ready. The move down waits for you: tap Next when you are there.',
		steps: [untimed(hold('log-roll-into-bed', 60, 0)), ...restAndBreathe]
	},
	{
		id: 'first-hours-standing',
		title: 'First hours, from standing or sitting',
		purpose:
			'For when your back has just seized and you are on your feet or in a chair: get to a bed or sofa in small steps, lie down safely, rest and breathe slowly. No kneeling, and no getting up at the end. The moves wait for you: tap Next when you are there.',
		steps: [
			untimed(hold('sit-on-the-bed', 60, 0)),
			untimed(hold('log-roll-into-bed', 60, 0)),
			...restAndBreathe
		]
	},
	{
		id: 'get-up-from-floor',
		title: 'Get up from the floor',
		purpose:
			'When you are ready to get up: onto your side, then up in stages with a steady chair to push on. It means kneeling for a moment. No hurry: the step waits for you.',
		steps: [up]
	},
	{
		id: 'get-up-from-bed',
		title: 'Get up from a bed or sofa',
		purpose:
			'When you are ready to get up: the log roll, so your arms and legs do the work and your back does not twist. No hurry: the step waits for you.',
		steps: [untimed(hold('log-roll-out-of-bed', 60, 0))]
	},
	{
		id: 'spasm-relief',
		title: 'Spasm relief',
		purpose:
			"Gentle stretches built around child's pose, for when moving has become a little easier: a guided way down to the floor, kneeling stretches, then stretches on your back, and a guided way back up.",
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
		title: 'Gentle stretches, lying down',
		purpose:
			'For a bad day: everything is done lying on your back or side, on a bed or on the floor if you are already there (tap Next to skip the move down). Slow, small movements and plenty of rest, with no kneeling and no getting up at the end.',
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
		title: 'Desk break',
		purpose:
			'Long sitting is a common cause of spasms. Five minutes on your chair and on your feet, then a short walk.',
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
		title: 'Morning loosen-up',
		purpose:
			'Loosens a stiff back after a night: a guided way down to the floor, stretches lying down and on hands and knees, a guided way up, and standing stretches to finish.',
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
		title: 'Bedtime wind-down',
		purpose:
			'Slow, quiet stretches to let the back settle before sleep: a guided way down to the floor, a rest on your back for as long as you like (no timer, tap Next when you are done), and a guided way back up.',
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
		title: 'Walk and stretch',
		purpose:
			'When too little movement is the cause: a short, easy walk to warm up, standing stretches, then a guided way down to the floor for two kneeling stretches and back up.',
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
		title: 'In bed',
		purpose:
			'Gentle moves you can do lying in bed before you get up, finishing with the log roll out of bed.',
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
		title: 'Breathe and let go',
		purpose:
			'Seven quiet minutes of spoken guidance to help the back muscles let go. Lying down, eyes closed if you like; it suits the night too.',
		steps: [
			hold('supine-rest', 120, 0),
			hold('belly-breathing', 150, 0),
			hold('rest-side-pillow', 150, 0)
		]
	},
	{
		id: 'short-walk',
		title: 'Gentle walk, 3 minutes',
		purpose:
			'Walk for 3 minutes, however slowly: out for half the time, then back. Moving a little, often, helps a back recover.',
		steps: [hold('gentle-walk', 180, 0)]
	},
	{
		id: 'walk-5',
		title: 'Gentle walk, 5 minutes',
		purpose:
			'The next step after the 3-minute walk: 5 minutes, however slowly, out for half the time and then back. If it feels like too much, the shorter walk is fine for today.',
		steps: [hold('gentle-walk', 300, 0)]
	}
];

const byId = new Map(builtInRoutines.map((r) => [r.id, r]));

/**
 * Routines that end lying down, with no getting up at the end: the summary offers the way up
 * (from the floor, or from a bed or sofa) as its own short routine, for when the person is ready.
 */
export const GET_UP_AFTER: Record<string, readonly string[]> = {
	'first-hours-floor': ['get-up-from-floor'],
	'first-hours': ['get-up-from-bed'],
	'first-hours-standing': ['get-up-from-bed'],
	'flare-day': ['get-up-from-bed', 'get-up-from-floor'],
	'breathe-and-let-go': ['get-up-from-bed', 'get-up-from-floor']
};

/** The built-in routine with this id, if there is one. */
export function routineById(id: string): Routine | undefined {
	return byId.get(id);
}

/** The positions a routine uses, in the order they first come up (unknown exercises are skipped). */
export function routinePositions(routine: Routine): Position[] {
	const seen: Position[] = [];
	for (const step of routine.steps) {
		const position = exerciseById(step.exerciseId)?.position;
		if (position && !seen.includes(position)) seen.push(position);
	}
	return seen;
}

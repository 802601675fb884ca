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

export const builtInRoutines: Routine[] = [
	{
		id: 'first-hours',
		title: 'First hours',
		purpose:
			'For when your back has just seized: lie down safely, rest with slow breathing, then get up again. No kneeling. The moves down and up wait for you: tap Next when you are there.',
		steps: [
			untimed(hold('log-roll-into-bed', 60, 0)),
			hold('rest-legs-on-chair', 300, 0),
			hold('belly-breathing', 180, 0),
			untimed(hold('log-roll-out-of-bed', 60, 0))
		]
	},
	{
		id: 'spasm-relief',
		title: 'Spasm relief',
		purpose:
			"Gentle stretches built around child's pose, for when a spasm has just started. Kneel first, then lie on your back to finish.",
		steps: [
			hold('childs-pose', 45, 10),
			reps('cat-cow', 6, 5, 10),
			hold('childs-pose', 45, 10),
			hold('knee-to-chest-single', 20, 10, true),
			hold('knee-to-chest-double', 20, 10),
			reps('lower-trunk-rotation', 6, 5, 10),
			hold('supine-rest', 90, 0)
		]
	},
	{
		id: 'flare-day',
		title: 'Flare day',
		purpose:
			'For a bad day: everything is done lying down, first on your back and then on your front. Slow, small movements and plenty of rest.',
		steps: [
			hold('supine-rest', 60, 10),
			reps('pelvic-tilt', 8, 4, 10),
			hold('knee-to-chest-single', 20, 10, true),
			hold('knee-to-chest-double', 20, 10),
			reps('lower-trunk-rotation', 6, 5, 10),
			hold('prone-rest', 60, 10),
			hold('sphinx', 20, 10),
			hold('prone-rest', 45, 0)
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
		title: 'Morning mobility',
		purpose:
			'Loosens a stiff back after a night in bed: start lying down, move onto hands and knees, and finish standing.',
		steps: [
			reps('pelvic-tilt', 10, 4, 5),
			hold('knee-to-chest-single', 20, 5, true),
			reps('lower-trunk-rotation', 8, 5, 5),
			reps('glute-bridge', 8, 5, 10),
			reps('cat-cow', 8, 5, 5),
			reps('bird-dog', 5, 6, 10, true),
			hold('childs-pose', 30, 10),
			hold('hip-flexor-lunge', 20, 10, true),
			hold('standing-side-bend', 15, 5, true),
			reps('standing-back-extension', 5, 5, 0)
		]
	},
	{
		id: 'bedtime-wind-down',
		title: 'Bedtime wind-down',
		purpose:
			'Slow, quiet stretches to let the back settle before sleep, ending with a rest on your back for as long as you like: no timer, tap Next when you are done.',
		steps: [
			hold('seated-forward-fold', 30, 10),
			hold('childs-pose', 45, 10),
			reps('cat-cow', 6, 6, 10),
			hold('figure-four', 30, 10, true),
			hold('hamstring-strap', 30, 10, true),
			hold('knee-to-chest-double', 30, 10),
			reps('lower-trunk-rotation', 6, 6, 10),
			{ ...hold('supine-rest', 120, 0), untimed: true }
		]
	},
	{
		id: 'walk-and-stretch',
		title: 'Walk and stretch',
		purpose:
			'When too little movement is the cause: a short, easy walk to warm up, then standing and kneeling stretches.',
		steps: [
			hold('gentle-walk', 300, 15),
			reps('standing-back-extension', 5, 5, 5),
			hold('standing-side-bend', 15, 5, true),
			reps('wall-lean', 6, 5, 10),
			hold('hip-flexor-lunge', 20, 10, true),
			hold('childs-pose', 40, 0)
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
		title: 'Short walk',
		purpose:
			'Walk for 3 minutes, however slowly: out for half the time, then back. Moving a little, often, helps a back recover.',
		steps: [hold('gentle-walk', 180, 0)]
	}
];

const byId = new Map(builtInRoutines.map((r) => [r.id, r]));

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

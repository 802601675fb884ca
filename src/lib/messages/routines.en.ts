// The built-in routines' titles and descriptions, and the routine list's length filter. English
// gives the shape; the content keeps each routine's steps under the same id (content/routines.ts).
import type { RoutineId } from '$lib/core/builtin-ids';

/** A built-in routine's words: its title and what it is for. */
export interface RoutineText {
	title: string;
	purpose: string;
}

const en = {
	routines: {
		'first-hours-floor': {
			title: 'First hours, on the floor',
			purpose:
				'For when your back has just seized and you are on the floor: stay down, ease onto your side or back, rest with your legs up and breathe slowly. No kneeling, and no getting up at the end: do that when you are ready. The first move waits for you: tap Next when you are there.'
		},
		'first-hours': {
			title: 'First hours, on a bed or sofa',
			purpose:
				'For when your back has just seized and you are on a bed or sofa: lie down safely, rest with your legs up on pillows and breathe slowly. No kneeling, and no getting up at the end: do that when you are ready. The move down waits for you: tap Next when you are there.'
		},
		'first-hours-standing': {
			title: 'First hours, from standing or sitting',
			purpose:
				'For when your back has just seized and you are on your feet or in a chair: get to a bed or sofa in small steps, lie down safely, rest and breathe slowly. No kneeling, and no getting up at the end. The moves wait for you: tap Next when you are there.'
		},
		'get-up-from-floor': {
			title: 'Get up from the floor',
			purpose:
				'When you are ready to get up: onto your side, then up in stages with a steady chair to push on. It means kneeling for a moment. No hurry: the step waits for you.'
		},
		'get-up-from-bed': {
			title: 'Get up from a bed or sofa',
			purpose:
				'When you are ready to get up: the log roll, so your arms and legs do the work and your back does not twist. No hurry: the step waits for you.'
		},
		'spasm-relief': {
			title: 'Spasm relief',
			purpose:
				"Gentle stretches built around child's pose, for when moving has become a little easier: a guided way down to the floor, kneeling stretches, then stretches on your back, and a guided way back up."
		},
		'flare-day': {
			title: 'Gentle stretches, lying down',
			purpose:
				'For a bad day: everything is done lying on your back or side, on a bed or on the floor if you are already there (tap Next to skip the move down). Slow, small movements and plenty of rest, with no kneeling and no getting up at the end.'
		},
		'desk-break': {
			title: 'Desk break',
			purpose:
				'Long sitting is a common cause of spasms. Five minutes on your chair and on your feet, then a short walk.'
		},
		'morning-mobility': {
			title: 'Morning loosen-up',
			purpose:
				'Loosens a stiff back after a night: a guided way down to the floor, stretches lying down and on hands and knees, a guided way up, and standing stretches to finish.'
		},
		'bedtime-wind-down': {
			title: 'Bedtime wind-down',
			purpose:
				'Slow, quiet stretches to let the back settle before sleep: a guided way down to the floor, a rest on your back for as long as you like (no timer, tap Next when you are done), and a guided way back up.'
		},
		'walk-and-stretch': {
			title: 'Walk and stretch',
			purpose:
				'When too little movement is the cause: a short, easy walk to warm up, standing stretches, then a guided way down to the floor for two kneeling stretches and back up.'
		},
		'in-bed': {
			title: 'In bed',
			purpose:
				'Gentle moves you can do lying in bed before you get up, finishing with the log roll out of bed.'
		},
		'breathe-and-let-go': {
			title: 'Breathe and let go',
			purpose:
				'Seven quiet minutes of spoken guidance to help the back muscles let go. Lying down, eyes closed if you like; it suits the night too.'
		},
		'short-walk': {
			title: 'Gentle walk, 3 minutes',
			purpose:
				'Walk for 3 minutes, however slowly: out for half the time, then back. Moving a little, often, helps a back recover.'
		},
		'walk-5': {
			title: 'Gentle walk, 5 minutes',
			purpose:
				'The next step after the 3-minute walk: 5 minutes, however slowly, out for half the time and then back. If it feels like too much, the shorter walk is fine for today.'
		}
	} satisfies Record<RoutineId, RoutineText>
};

export default en;

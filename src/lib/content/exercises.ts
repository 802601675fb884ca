// Built-in stretches for the lower back and hips: what each asks (its kind, position, hold and
// sides) and its picture. Their words (how to do each, cues, when to stop) are in each language's
// catalog under the same id (messages/exercises.*.ts).
import type { ExerciseShape } from '$lib/core/builtin-ids';
import type { Exercise } from '$lib/core/model';

/** The built-in exercises, in the order the library lists them. */
export const exercises: readonly ExerciseShape[] = [
	{
		id: 'childs-pose',
		kind: 'stretch',
		position: 'kneeling',
		illustration: '/exercises/childs-pose.svg',
		hold: { seconds: 30 },
		perSide: false
	},
	{
		id: 'knee-to-chest-single',
		kind: 'stretch',
		position: 'lying-back',
		illustration: '/exercises/knee-to-chest-single.svg',
		hold: { seconds: 20 },
		perSide: true
	},
	{
		id: 'knee-to-chest-double',
		kind: 'stretch',
		position: 'lying-back',
		illustration: '/exercises/knee-to-chest-double.svg',
		hold: { seconds: 20 },
		perSide: false
	},
	{
		id: 'cat-cow',
		kind: 'stretch',
		position: 'kneeling',
		illustration: '/exercises/cat-cow.svg',
		hold: { reps: 8, secondsPerRep: 5 },
		perSide: false
	},
	{
		id: 'pelvic-tilt',
		kind: 'stretch',
		position: 'lying-back',
		illustration: '/exercises/pelvic-tilt.svg',
		hold: { reps: 10, secondsPerRep: 4 },
		perSide: false
	},
	{
		id: 'lower-trunk-rotation',
		kind: 'stretch',
		position: 'lying-back',
		illustration: '/exercises/lower-trunk-rotation.svg',
		hold: { reps: 8, secondsPerRep: 5 },
		perSide: false
	},
	{
		id: 'figure-four',
		kind: 'stretch',
		position: 'lying-back',
		illustration: '/exercises/figure-four.svg',
		hold: { seconds: 30 },
		perSide: true
	},
	{
		id: 'sphinx',
		kind: 'stretch',
		position: 'lying-front',
		illustration: '/exercises/sphinx.svg',
		hold: { seconds: 20 },
		perSide: false
	},
	{
		id: 'hamstring-strap',
		kind: 'stretch',
		position: 'lying-back',
		illustration: '/exercises/hamstring-strap.svg',
		hold: { seconds: 30 },
		perSide: true
	},
	{
		id: 'glute-bridge',
		kind: 'stretch',
		position: 'lying-back',
		illustration: '/exercises/glute-bridge.svg',
		hold: { reps: 8, secondsPerRep: 5 },
		perSide: false
	},
	{
		id: 'bird-dog',
		kind: 'stretch',
		position: 'kneeling',
		illustration: '/exercises/bird-dog.svg',
		hold: { reps: 5, secondsPerRep: 6 },
		perSide: true
	},
	{
		id: 'seated-forward-fold',
		kind: 'stretch',
		position: 'sitting',
		illustration: '/exercises/seated-forward-fold.svg',
		hold: { seconds: 20 },
		perSide: false
	},
	{
		id: 'seated-twist',
		kind: 'stretch',
		position: 'sitting',
		illustration: '/exercises/seated-twist.svg',
		hold: { seconds: 15 },
		perSide: true
	},
	{
		id: 'standing-back-extension',
		kind: 'stretch',
		position: 'standing',
		illustration: '/exercises/standing-back-extension.svg',
		hold: { reps: 5, secondsPerRep: 5 },
		perSide: false
	},
	{
		id: 'hip-flexor-lunge',
		kind: 'stretch',
		position: 'kneeling',
		illustration: '/exercises/hip-flexor-lunge.svg',
		hold: { seconds: 20 },
		perSide: true
	},
	{
		id: 'gentle-walk',
		kind: 'walk',
		position: 'standing',
		illustration: '/exercises/gentle-walk.svg',
		hold: { seconds: 180 },
		perSide: false
	},
	{
		id: 'supine-rest',
		kind: 'rest',
		position: 'lying-back',
		illustration: '/exercises/supine-rest.svg',
		hold: { seconds: 60 },
		perSide: false
	},
	{
		id: 'seated-pelvic-tilt',
		kind: 'stretch',
		position: 'sitting',
		illustration: '/exercises/seated-pelvic-tilt.svg',
		hold: { reps: 8, secondsPerRep: 5 },
		perSide: false
	},
	{
		id: 'standing-side-bend',
		kind: 'stretch',
		position: 'standing',
		illustration: '/exercises/standing-side-bend.svg',
		hold: { seconds: 15 },
		perSide: true
	},
	{
		id: 'prone-rest',
		kind: 'rest',
		position: 'lying-front',
		illustration: '/exercises/prone-rest.svg',
		hold: { seconds: 60 },
		perSide: false
	},
	{
		id: 'wall-lean',
		kind: 'stretch',
		position: 'standing',
		illustration: '/exercises/wall-lean.svg',
		hold: { reps: 6, secondsPerRep: 5 },
		perSide: false
	},
	// ---------- The first hours: getting into an easy position from where you are ----------
	{
		id: 'settle-on-the-floor',
		kind: 'move',
		position: 'lying-side',
		illustration: '/exercises/settle-on-the-floor.svg',
		hold: { seconds: 60 },
		perSide: false
	},
	{
		id: 'sit-on-the-bed',
		kind: 'move',
		position: 'standing',
		illustration: '/exercises/sit-on-the-bed.svg',
		hold: { seconds: 60 },
		perSide: false
	},
	// ---------- Getting down, getting up, resting, and everyday moves ----------
	{
		id: 'log-roll-out-of-bed',
		kind: 'move',
		position: 'lying-back',
		illustration: '/exercises/log-roll-out-of-bed.svg',
		hold: { seconds: 60 },
		perSide: false
	},
	{
		id: 'log-roll-into-bed',
		kind: 'move',
		position: 'sitting',
		illustration: '/exercises/log-roll-into-bed.svg',
		hold: { seconds: 60 },
		perSide: false
	},
	{
		id: 'floor-down-in-stages',
		kind: 'move',
		position: 'standing',
		illustration: '/exercises/floor-down-in-stages.svg',
		hold: { seconds: 60 },
		perSide: false
	},
	{
		id: 'floor-up-in-stages',
		kind: 'move',
		position: 'kneeling',
		illustration: '/exercises/floor-up-in-stages.svg',
		hold: { seconds: 60 },
		perSide: false
	},
	{
		id: 'rest-legs-on-chair',
		kind: 'rest',
		position: 'lying-back',
		illustration: '/exercises/rest-legs-on-chair.svg',
		hold: { seconds: 300 },
		perSide: false
	},
	{
		id: 'rest-side-pillow',
		kind: 'rest',
		position: 'lying-side',
		illustration: '/exercises/rest-side-pillow.svg',
		hold: { seconds: 180 },
		perSide: false
	},
	{
		id: 'belly-breathing',
		kind: 'breathe',
		position: 'lying-back',
		illustration: '/exercises/belly-breathing.svg',
		hold: { seconds: 180 },
		perSide: false
	},
	{
		id: 'brace-cough-sneeze',
		kind: 'move',
		position: 'standing',
		illustration: '/exercises/brace-cough-sneeze.svg',
		hold: { reps: 5, secondsPerRep: 6 },
		perSide: false
	},
	{
		id: 'socks-shoes-sitting',
		kind: 'move',
		position: 'sitting',
		illustration: '/exercises/socks-shoes-sitting.svg',
		hold: { seconds: 60 },
		perSide: false
	},
	{
		id: 'car-in-out',
		kind: 'move',
		position: 'sitting',
		illustration: '/exercises/car-in-out.svg',
		hold: { seconds: 60 },
		perSide: false
	},
	{
		id: 'supported-sitting',
		kind: 'rest',
		position: 'sitting',
		illustration: '/exercises/supported-sitting.svg',
		hold: { seconds: 60 },
		perSide: false
	}
];

const byId = new Map<string, ExerciseShape>(exercises.map((e) => [e.id, e]));

/** The built-in exercise with this id, if there is one. */
export function exerciseById(id: string): ExerciseShape | undefined {
	return byId.get(id);
}

/**
 * The exercises as the routine compiler takes them, without their words: for a routine's length
 * alone, which needs only each exercise's hold and sides (the player's words come from messages/).
 */
export const exercisesForLength: ReadonlyMap<string, Exercise> = new Map(
	exercises.map((e) => [
		e.id,
		{
			...e,
			name: e.id,
			illustrationAlt: '',
			summary: '',
			steps: [],
			breathing: '',
			feel: '',
			stopIf: '',
			cue: ''
		}
	])
);

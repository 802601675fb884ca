// The ids of Limber's built-in exercises, routines and timer presets. The content (content/)
// keeps their structure under these ids and the messages (messages/) their words, each typed
// against the same list, so an id without its words in every language fails the type check.
import type { Exercise, Program, Routine } from './model';

export type ExerciseId =
	| 'childs-pose'
	| 'knee-to-chest-single'
	| 'knee-to-chest-double'
	| 'cat-cow'
	| 'pelvic-tilt'
	| 'lower-trunk-rotation'
	| 'figure-four'
	| 'sphinx'
	| 'hamstring-strap'
	| 'glute-bridge'
	| 'bird-dog'
	| 'seated-forward-fold'
	| 'seated-twist'
	| 'standing-back-extension'
	| 'hip-flexor-lunge'
	| 'gentle-walk'
	| 'supine-rest'
	| 'seated-pelvic-tilt'
	| 'standing-side-bend'
	| 'prone-rest'
	| 'wall-lean'
	| 'settle-on-the-floor'
	| 'sit-on-the-bed'
	| 'log-roll-out-of-bed'
	| 'log-roll-into-bed'
	| 'floor-down-in-stages'
	| 'floor-up-in-stages'
	| 'rest-legs-on-chair'
	| 'rest-side-pillow'
	| 'belly-breathing'
	| 'brace-cough-sneeze'
	| 'socks-shoes-sitting'
	| 'car-in-out'
	| 'supported-sitting';

export type RoutineId =
	| 'first-hours-floor'
	| 'first-hours'
	| 'first-hours-standing'
	| 'get-up-from-floor'
	| 'get-up-from-bed'
	| 'spasm-relief'
	| 'flare-day'
	| 'desk-break'
	| 'morning-mobility'
	| 'bedtime-wind-down'
	| 'walk-and-stretch'
	| 'in-bed'
	| 'breathe-and-let-go'
	| 'short-walk'
	| 'walk-5';

export type ProgramId = 'ice-20' | 'heat-15' | 'heat-20' | 'rest-10' | 'rest-20' | 'walk-10';

/** What an exercise says: its words, which live in each language's catalog. */
export type ExerciseWordKey =
	| 'name'
	| 'illustrationAlt'
	| 'summary'
	| 'steps'
	| 'breathing'
	| 'feel'
	| 'stopIf'
	| 'cue'
	| 'halfwayCue';

/** A built-in exercise as the content holds it: everything but its words. */
export type ExerciseShape = Omit<Exercise, ExerciseWordKey> & { id: ExerciseId };

/** A built-in routine as the content holds it: its steps, without its title and description. */
export type RoutineShape = Omit<Routine, 'title' | 'purpose'> & { id: RoutineId };

/** A built-in timer preset as the content holds it: its phases, without its title and description. */
export type ProgramShape = Omit<Program, 'title' | 'purpose'> & { id: ProgramId };

// The editors: the timer builder and the routine editor, and what they say when something
// needs changing. English gives the shape.
import type { ROUTINE_LIMITS } from '$lib/core/plan-limits';

/** The routine editor's limits, which its messages name. */
type Limits = typeof ROUTINE_LIMITS;

const help = 'Type minutes (20), minutes and seconds (1:30) or hours (1:05:00).';
const range = 'Use a time from 10 seconds to 2 hours.';

const en = {
	cancel: 'Cancel',
	checkBeforeSaving: {
		one: 'Please check this before saving:',
		other: 'Please check these before saving:'
	},
	timer: {
		builder: 'Timer builder',
		editNamed: (title: string) => `Edit ${title}`,
		makeYourOwn: 'Make your own timer',
		create: 'Create a timer',
		description: 'Make or change an ice, heat or rest timer of your own.',
		notFound: 'Timer not found',
		missing: {
			edit: 'There is no timer saved with this link on this device, so there is nothing to edit.',
			copy: 'The timer to copy was not found on this device.'
		},
		createNew: 'Create a new timer',
		name: 'Name',
		note: 'Note for yourself',
		phases: 'Phases',
		addPhase: 'Add a phase',
		rounds: 'Rounds',
		roundsHint: 'The phases above play in order, then repeat this many times.',
		oneFewer: 'One round fewer',
		oneMore: 'One round more',
		download: 'Download this timer',
		downloadAfter: 'To bring it back, use Settings → Restore.',
		save: 'Save timer',
		phase: (n: number, name: string) => `Phase ${n}: ${name}`,
		what: 'What',
		howLong: 'How long',
		orPick: 'Or pick',
		pickFor: (n: number) => `Pick a length for phase ${n}`,
		commonLengths: 'Common lengths…',
		reads: (length: string) => `= ${length}.`,
		lengthHelp: 'Minutes (20), m:ss (1:30) or h:mm:ss; 10 seconds to 2 hours.',
		arrange: (n: number) => `Arrange phase ${n}`,
		moveUp: (n: number) => `Move phase ${n} up`,
		moveDown: (n: number) => `Move phase ${n} down`,
		remove: (n: number) => `Remove phase ${n}`,
		problem: {
			titleMissing: 'Give this timer a name, so you can find it later.',
			titleTooLong: (max: number) => `Keep the name to ${max} characters or fewer.`,
			purposeTooLong: (max: number) => `Keep the note to ${max} characters or fewer.`,
			rounds: (min: number, max: number) => `Choose from ${min} to ${max} rounds.`,
			noPhases: 'Add at least one phase.',
			tooManyPhases: (max: number, over: number) =>
				`A timer can have up to ${max} phases; remove ${over}.`,
			kind: 'Choose what this phase is: ice, pack off, heat, rest or walk.',
			tooShort: `That is shorter than 10 seconds. ${range}`,
			tooLong: `That is longer than 2 hours. ${range}`,
			empty: `Enter a time. ${help}`,
			over59: `Minutes and seconds after a colon go up to 59. ${help}`,
			unreadable: (text: string) => `Limber could not read "${text}". ${help}`,
			tooLarge: `That time is too long. ${help}`
		},
		line: {
			name: (problem: string) => `Name: ${problem}`,
			note: (problem: string) => `Note: ${problem}`,
			phase: (n: number, problem: string) => `Phase ${n}: ${problem}`,
			phaseNamed: (n: number, name: string, problem: string) => `Phase ${n} (${name}): ${problem}`,
			rounds: (problem: string) => `Rounds: ${problem}`
		}
	},
	routine: {
		editor: 'Routine editor',
		editNamed: (title: string) => `Edit “${title}”`,
		duplicate: 'Duplicate routine',
		new: 'New routine',
		description: 'Make or change a stretch routine of your own.',
		missing: "This routine isn't on this device any more, so there is nothing to edit.",
		makeNew: 'Make a new routine',
		fixBeforeSaving: {
			one: 'Please fix this before saving:',
			other: 'Please fix these # things before saving:'
		},
		download: 'Download this routine',
		downloadAfter: 'To bring it back, choose Import a routine file on the Routines page.',
		name: 'Name',
		nameHint: (max: number) => `Up to ${max} characters.`,
		notes: 'Notes',
		steps: 'Steps',
		stepsCount: (count: number, max: number) => `${count} of up to ${max}`,
		reorderHint: 'Drag a step by its handle, or use the arrows, to change the order.',
		moved: (name: string, n: number, count: number) => `${name} moved to step ${n} of ${count}.`,
		removed: (name: string) => `${name} removed.`,
		added: (name: string, n: number) => `${name} added as step ${n}.`,
		addExercise: 'Add exercise',
		saving: 'Saving…',
		save: 'Save routine',
		delete: 'Delete routine',
		step: {
			drag: 'Drag to reorder',
			moveUp: (name: string, n: number) => `Move up: ${name}, step ${n}`,
			moveDown: (name: string, n: number) => `Move down: ${name}, step ${n}`,
			remove: (name: string, n: number) => `Remove ${name}, step ${n}`,
			howToTime: (name: string) => `How to time ${name}`,
			hold: 'Hold',
			reps: 'Repetitions',
			holdSeconds: 'Hold (seconds)',
			repsHint: (seconds: number) => `About ${seconds} s each`,
			restAfter: 'Rest after (seconds)',
			noneAfterLast: 'None after the last step',
			eachSide: 'Each side',
			untimed: 'No timer: wait for me to tap Next'
		},
		picker: {
			title: 'Add an exercise',
			close: 'Close',
			search: 'Search exercises',
			add: (name: string) => `Add ${name}`,
			noMatch: (query: string) => `No exercise matches “${query}”.`
		},
		problem: {
			'title-missing': 'Give the routine a name.',
			'title-long': (L: Limits) => `Keep the name to ${L.titleMax} characters or fewer.`,
			'purpose-long': (L: Limits) => `Keep the notes to ${L.purposeMax} characters or fewer.`,
			'steps-missing': 'Add at least one exercise.',
			'steps-many': (L: Limits) => `A routine can have at most ${L.stepsMax} steps.`,
			'exercise-unknown': 'This exercise is not in the Limber library.',
			hold: (L: Limits) =>
				`Hold for ${L.holdSeconds.min} to ${L.holdSeconds.max} seconds, in whole seconds.`,
			reps: (L: Limits) => `Choose ${L.reps.min} to ${L.reps.max} repetitions.`,
			'seconds-per-rep': (L: Limits) =>
				`Each repetition must take ${L.secondsPerRep.min} to ${L.secondsPerRep.max} whole seconds.`,
			rest: (L: Limits) =>
				`Rest for ${L.restSeconds.min} to ${L.restSeconds.max} seconds, in whole seconds.`
		},
		atStep: (n: number, problem: string) => `Step ${n}: ${problem}`
	}
};

export default en;

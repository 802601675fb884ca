// The Routines and Timers tabs: the lists, their filters, a routine's or a timer's own page.
// English gives the shape.
const en = {
	/** Marks the title of a copy: "Ice (copy)", "Ice (copy 2)" (core/words.ts copyTitle). */
	copyMark: 'copy',
	phase: {
		ice: 'Ice',
		'warm-up': 'Pack off',
		heat: 'Heat',
		relax: 'Rest',
		walk: 'Walk'
	},
	/** The positions as they read inside the line about a routine ("lying on your back, kneeling"). */
	positionInLine: {
		'lying-back': 'lying on your back',
		'lying-side': 'lying on your side',
		'lying-front': 'lying face down',
		kneeling: 'kneeling',
		sitting: 'sitting',
		standing: 'standing'
	},
	allRoutines: '← All routines',
	seeAllRoutines: 'See all routines',
	allTimers: '← All timers',
	seeAllTimers: 'See all timers',
	loading: 'Loading…',
	opening: 'Opening…',
	start: 'Start',
	edit: 'Edit',
	duplicate: 'Duplicate',
	delete: 'Delete',
	/** A button's name for a screen reader, saying which item it acts on. */
	named: (action: string, name: string) => `${action} ${name}`,
	notDeleted: (name: string, why: string) => `“${name}” wasn't deleted. ${why}`,
	/** Undo could not put an item back: its name, and why. */
	notBack: (name: string, why: string) => `“${name}” couldn't be brought back. ${why}`,
	routines: {
		title: 'Routines',
		description:
			'Gentle stretch routines for a sore lower back, and the routines you make yourself.',
		intro:
			'Gentle stretch routines, guided step by step with pictures, voice and a timer. Browse every stretch in the {link}.',
		introLink: 'exercise library',
		flareLying: 'Flare mode: showing only routines done lying down.',
		flareShowAll: 'Show all routines',
		flareAll: 'Flare mode is on; showing all routines.',
		flareOnlyLying: 'Only lying-down routines',
		builtIn: 'Built-in routines',
		noBuiltIn: 'No built-in routine matches.',
		clearFilters: 'Clear filters',
		mine: 'Your routines',
		newRoutine: 'New routine',
		importFile: 'Import a routine file',
		nothingSaved: 'Nothing was saved.',
		loadingMine: 'Loading your routines…',
		noneYet:
			'You have no routines of your own yet. Make one from scratch, or open a built-in routine and choose “Duplicate and edit”.',
		noneMatch: 'None of your routines match.',
		deleted: 'Routine deleted'
	},
	filters: {
		label: 'Filter routines',
		position: 'Position',
		anyPosition: 'Any position',
		length: 'Length',
		lengths: {
			any: 'Any length',
			short: 'Up to 7 minutes',
			medium: '7 to 12 minutes',
			long: 'Over 12 minutes'
		}
	},
	meta: {
		unplayable: "Can't be played on this version",
		steps: { one: '# step', other: '# steps' }
	},
	steps: {
		eachSide: 'each side',
		restAfter: (length: string) => `then rest ${length}`
	},
	routine: {
		steps: 'Steps',
		startNamed: (title: string) => `Start ${title.toLowerCase()}`,
		duplicateAndEdit: 'Duplicate and edit',
		yours: 'Your routine',
		yoursDescription: 'A stretch routine you made, ready to start or change.',
		notFound: 'Routine not found',
		notHere:
			"This routine isn't on this device. It may have been deleted, or the link was made on another device. Routines you make stay on the device where you made them; share one to send it.",
		exportFile: 'Export file',
		exported: (title: string) => `Exported “${title}” as a file.`,
		notExported: "This browser couldn't save the file.",
		unplayable:
			"This routine uses an exercise this version of Limber doesn't have. Edit it to replace that step."
	},
	timers: {
		title: 'Timers',
		description:
			'Ice, heat and rest interval timers for a sore lower back, and timers you make yourself.',
		intro:
			'Rest, cold and warmth, timed for you. The countdown keeps exact time even if your phone locks.',
		deviceCheck: 'Will my phone alert me?',
		deleted: 'Timer deleted',
		simple: 'Simple timers',
		ready: 'Ready-made timers',
		showAll: (more: number) => `Show all timers (${more} more)`,
		mine: 'Your timers',
		noneYet:
			'Make a timer of your own: ice, a pack-off break, heat, rest or a walk, as long and as often as suits you.',
		create: 'Create a timer'
	},
	timer: {
		/** A timer not saved because it is not valid yet (the builder shows why). */
		checkFirst: 'Please check the timer before saving.',
		inAll: (length: string) => `${length} in all`,
		rounds: { one: '# round', other: '# rounds' },
		phases: 'Phases',
		phasesRepeated: (rounds: number) => `Phases, repeated ${rounds} times`,
		repeated: (rounds: number) => `Repeated ${rounds} times.`,
		startNamed: (title: string) => `Start ${title}`,
		makeYourOwn: 'Make your own from this',
		yours: 'Your timer',
		yoursDescription: 'A timer you made, ready to start or change.',
		notFound: 'Timer not found',
		notHere:
			'There is no timer saved with this link on this device. It may have been deleted, or made on another device.',
		noId: 'This link does not say which timer to open.'
	}
};

export default en;

// The app's frame around every page: header, tabs, page titles. English gives the shape.
const en = {
	/** The app's name, the same in every language. */
	brand: 'Limber',
	skip: 'Skip to content',
	brandLabel: 'Limber, Today',
	offline: 'Offline',
	getHelp: 'Get help',
	nav: {
		label: 'Main',
		today: 'Today',
		routines: 'Routines',
		timers: 'Timers',
		history: 'History',
		guide: 'Guide',
		settings: 'Settings'
	},
	/**
	 * The one-sentence disclaimer, said once: the first-run note at the foot of each page until a
	 * person's first session, in full on that session's pre-start, and in About.
	 */
	disclaimer:
		'Limber gives general self-care information, not a diagnosis or medical advice; stop any stretch that causes sharp pain or numbness.',
	/** The 0–10 pain scale (ui/PainScale.svelte), in the session's and the check-in's questions. */
	pain: {
		/** A level's name for a screen reader, its ends said. */
		level: (n: number) => `${n} out of 10${n === 0 ? ', no pain' : n === 10 ? ', worst pain' : ''}`,
		none: 'No pain',
		worst: 'Worst pain',
		skip: 'Skip'
	},
	/** Said the same way on every page: a write that did not reach the disk, Undo, a new version. */
	/** Beside the label of a form field that may be left empty (ui/Field.svelte). */
	optional: '(optional)',
	alerts: {
		tryAgain: 'Try again',
		downloaded: (after: string) => `The file is in your downloads. ${after}`,
		noDownload: "This browser wouldn't start the download.",
		stillNot: 'Tried again: still not saving.',
		deleted: (name: string) => `Deleted “${name}”.`,
		/** Names the alert of a delete not done (it stayed on the device) for a screen reader. */
		notDeleted: (name: string) => `Not deleted: ${name}`,
		undo: 'Undo',
		dismiss: 'Dismiss',
		update: 'A new version of Limber is ready.',
		updating: 'Updating…',
		reload: 'Reload to update',
		later: 'Later'
	},
	/** The page's title in the browser's tab and the installed app's window. */
	title: (page: string) => `${page} · Limber`
};

export default en;

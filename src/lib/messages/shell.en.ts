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
	/** Beside the label of a form field that may be left empty (ui/Field.svelte). */
	optional: '(optional)',
	/** The page's title in the browser's tab and the installed app's window. */
	title: (page: string) => `${page} · Limber`
};

export default en;

// The app's frame around every page: header, tabs, page titles. English gives the shape.
const en = {
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
	/** The page's title in the browser's tab and the installed app's window. */
	title: (page: string) => `${page} · Limber`
};

export default en;

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
	/** Said the same way on every page: a write that did not reach the disk, Undo, a new version. */
	alerts: {
		tryAgain: 'Try again',
		downloaded: (after: string) => `The file is in your downloads. ${after}`,
		noDownload: "This browser wouldn't start the download.",
		stillNot: 'Tried again: still not saving.',
		deleted: (name: string) => `Deleted “${name}”.`,
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

// Today's first screen: what a first visit shows before anything is opened. Only Today's server
// load reads these (src/routes/[[lang=lang]]/+page.server.ts): they reach the page with its data,
// never as a script, so the first visit's download stays small. Plain strings, so they can travel
// as data. Words shown only later (the check-in's form and summary, the episode card, after an
// episode) are in catalogs of their own, loaded with their code.
const en = {
	head: {
		title: 'Limber · Today',
		description:
			'Limber guides gentle stretches, ice, heat and rest timers for lower-back spasms, and keeps a private journal on your device. Works offline.'
	},
	title: 'Today',
	flare: {
		label: 'Flare mode',
		what: 'For a bad day: bigger text, spoken guidance, lying down only.'
	},
	seized: 'Back just seized?',
	where: 'Where are you now?',
	/** The person's own note from the last episode, first. */
	helped: 'What helped last time: {note}',
	how: 'Limber guides you from there into an easy position to rest and breathe.',
	orStretch: 'Or stretch gently:',
	badDay: 'A bad day?',
	badDayWhat:
		'Small, slow movements on your back and side, and plenty of rest. Let the voice guide you.',
	quick: 'Quick start',
	quickElse: 'Or start something else',
	/** A tile's name for a screen reader: "{title}" is the tile's own words, shown. */
	startTile: 'Start {title}',
	checkIn: {
		title: 'Daily check-in',
		/** Shown while the daily reminder says the check-in is due. */
		due: 'Due',
		fold: 'How is your back today? Five short questions, a minute or so.',
		button: 'Check in'
	}
};

export default en;

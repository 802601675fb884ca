// Today's big starts and quick-start tiles: worked out at build time by Today's server load
// (src/routes/[[lang=lang]]/+page.server.ts), so these words reach the page with its data and
// never as a script.
const en = {
	/** "Back just seized?" → "Where are you now?": each answer starts its own first hours. */
	places: {
		'first-hours-floor': 'On the floor',
		'first-hours': 'On a bed or sofa',
		'first-hours-standing': 'Standing or sitting'
	},
	/** The gentle stretches under the places, and flare mode's big action: one whole button. */
	startRelief: 'Start gentle stretches, lying down',
	/** Each timer's tile, short. */
	tiles: { 'ice-20': 'Ice 20', 'heat-20': 'Heat 20', 'rest-10': 'Rest 10' },
	/** A repeating timer says how many rounds rather than a total that reads like a long wait. */
	rounds: { one: '# round', other: '# rounds' },
	/** Cold with a pack-off phase says how long each is, so 40 minutes never reads as 40 of ice. */
	onOff: (on: string, off: string) => `${on} on, ${off} off`
};

export default en;

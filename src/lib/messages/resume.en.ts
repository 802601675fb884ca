// "Continue" on Today, for a session running in this tab: loaded with that card.
const en = {
	running: (title: string) => `${title} is running`,
	paused: (title: string) => `${title} is paused`,
	/** "{step}" is the step's name, in bold. */
	now: 'Now: {step}',
	go: (title: string) => `Continue ${title.toLowerCase()}`
};

export default en;

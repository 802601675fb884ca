// The guide: its index, each topic's title and summary, the buttons that end the topics, and
// the words around a topic. The topics' own text is in guide-topics.*. English gives the shape.
const en = {
	title: 'Guide',
	description:
		'What helps a lower-back spasm: what to expect, getting up and down, rest, cold, heat, fluids, movement, stretching, pain relief, everyday moves, sleep, worry and pacing, work, if it comes back and when to get help.',
	lead: 'What helps a back spasm, and when to get help. Short, calm and in plain words.',
	checkSigns: 'Check the warning signs',
	about: 'About Limber and your privacy',
	/** Follows a topic's title in the browser's tab. */
	brand: 'Limber guide',
	allTopics: '← All guide topics',
	/** Above a topic's title: where it stands in the guide. */
	position: (n: number, total: number) => `Guide · ${n} of ${total}`,
	doNow: 'What you can do now',
	pager: 'Guide topics',
	previous: '← Previous',
	next: 'Next →',
	topics: {
		'see-a-doctor': {
			title: 'When to get help',
			summary:
				'Most spasms settle with home care. A few signs mean getting help: some at once, some the same day, some within days.'
		},
		'what-is-a-spasm': {
			title: 'What is a back spasm?',
			summary:
				'A sudden tightening of the muscles in the lower back that you did not choose. Most ease with home care.'
		},
		'what-to-expect': {
			title: 'What to expect',
			summary:
				'Most back spasms ease within days to a few weeks. Gentle movement helps; long spells in bed slow things down.'
		},
		'getting-up-and-down': {
			title: 'Getting up and down',
			summary:
				'Move as one piece and let your arms and legs do the work: out of bed, down to the floor and back up.'
		},
		rest: {
			title: 'Rest',
			summary: 'Sit or lie down somewhere quiet and let the muscles stop working.'
		},
		cold: {
			title: 'Cold',
			summary: 'An ice pack for 20 minutes, then time off while the skin warms back up.'
		},
		heat: {
			title: 'Heat',
			summary: 'When cold does not help, warmth can relax tense, overworked muscles.'
		},
		fluids: {
			title: 'Fluids and electrolytes',
			summary: 'Drinking more can help when not having enough water or salts is part of the cause.'
		},
		movement: {
			title: 'Gentle movement',
			summary: 'If long sitting or too little movement is the cause, an easy walk can help.'
		},
		stretching: {
			title: 'Stretching',
			summary: 'Gentle back stretches help, whatever the cause.'
		},
		'pain-relief': {
			title: 'Pain relief',
			summary: 'An over-the-counter anti-inflammatory pain reliever can ease pain and inflammation.'
		},
		'everyday-moves': {
			title: 'Everyday moves',
			summary:
				'Coughing and sneezing, getting dressed, the toilet and the car, with less strain on a sore back.'
		},
		'sleeping-positions': {
			title: 'Sleeping and resting positions',
			summary: 'Positions that let the back muscles let go, in bed or on the floor.'
		},
		'worry-sleep-pacing': {
			title: 'Worry, sleep and pacing',
			summary:
				'Worry and poor sleep can make pain feel worse. Doing a little, often, helps you keep going.'
		},
		'sitting-driving-work': {
			title: 'Sitting, driving and work',
			summary:
				'Sit with support, change position often, and return to your usual day a little at a time.'
		},
		'if-it-comes-back': {
			title: 'If it comes back',
			summary:
				'Back pain often comes back. Staying active lowers the chance, and a short plan helps if it does.'
		}
	},
	/** The button that ends a topic, by what it does (content/guide.ts). */
	actions: {
		'check-signs': 'Check the warning signs',
		'spasm-relief': 'Start the spasm relief routine',
		'first-walk': 'Start a 3-minute walk',
		'first-hours': 'Start First hours',
		'rest-10': 'Start a 10-minute rest',
		ice: 'Start the ice timer',
		heat: 'Start the heat timer',
		'log-water': "Log water in today's check-in",
		'note-pain': "Note your pain in today's check-in",
		brace: 'Practise the brace for a cough',
		breathe: 'Start Breathe and let go',
		'desk-break': 'Start the desk break'
	}
};

export default en;

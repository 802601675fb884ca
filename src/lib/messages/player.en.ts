// The player's screens: the session, its controls and countdown, the screen before it starts,
// the summary after it, an interrupted session, and the bar back to it. English gives the shape.
const en = {
	page: {
		title: 'Limber player',
		stepTitle: (step: string) => `${step} · Limber player`,
		description: 'The session under way, one step at a time, with spoken and chime cues.',
		heading: 'Player',
		none: 'No session is running',
		noneText: 'Choose a stretch routine or a timer to begin. Limber guides you step by step.',
		routines: 'Routines',
		timers: 'Timers'
	},
	screen: {
		step: (step: number, total: number) => `Step ${step} of ${total}`,
		nextStep: (step: number, total: number) => `Next: step ${step} of ${total}`,
		help: 'When to get help',
		leave: 'Leave the player (the session keeps running)',
		progress: 'Overall progress',
		elsewhere: 'Also open in another tab; cues play there.',
		reps: (n: number) => `${n} slow repetitions`,
		calm: 'Let your back go. Limber will tell you when it is time.',
		/** The picture or the name of the pose that comes next, between steps. */
		next: (what: string) => `Next: ${what}`,
		/** `{step}` is the next step's name, shown in bold. */
		upNext: 'Up next: {step}',
		last: 'This is the last step.',
		howTo: 'How to do it',
		breathe: 'Breathe:',
		feel: 'You should feel:'
	},
	controls: {
		question: 'Stop this session?',
		kept: 'What you have done is kept.',
		keepGoing: 'Keep going',
		stop: 'Stop',
		label: 'Session controls',
		previous: 'Previous',
		pause: 'Pause',
		resume: 'Resume',
		next: 'Next',
		keys: 'Keys: Space pauses or resumes, ← and → move between steps, Esc stops.'
	},
	ring: {
		/** An untimed step's dial, on two lines. */
		whenReady: ['When', 'ready'],
		paused: 'Paused'
	},
	/** What kind of step this is, on the step's badge. */
	badges: {
		'get-ready': 'Get ready',
		'switch-sides': 'Switch sides',
		rest: 'Rest',
		cold: 'Cold',
		'pack-off': 'Pack off',
		heat: 'Heat',
		walk: 'Walk',
		move: 'Move',
		hold: 'Hold',
		breathe: 'Breathe',
		left: 'Left side',
		right: 'Right side'
	},
	prestart: {
		/** Before a person's first session of stretches: who should check first. */
		checkFirst: {
			title: 'Check before you start.',
			text: 'Ask a doctor or physiotherapist before these stretches if any of these apply:',
			who: [
				'you are pregnant',
				'you have had back surgery recently',
				'you have thin bones (osteoporosis)',
				'it is for a child under 16'
			]
		},
		total: (length: string) => `${length} in all`,
		goBack: 'Go back',
		checked: 'I have been checked, start anyway',
		painBefore: 'Before you start: how is your pain right now?',
		ready: "I'm ready, start",
		startUnrated: 'Start without rating',
		start: 'Start',
		notNow: 'Not now'
	},
	summary: {
		wellDone: 'Well done',
		stopped: 'Session stopped',
		completed: (title: string, length: string) => `${title}: ${length} completed.`,
		stoppedAfter: (title: string, length: string) => `${title}: ${length} done before stopping.`,
		saving: 'Saving to your history…',
		saved: 'Saved in your history.',
		/** Why the session is not saved; then, where so, that it is kept aside; then what to do. */
		notSaved: {
			quota:
				'Your device is out of storage space, so Limber could not save this session to your history.',
			invalid: 'Limber could not save this session: some of it is out of range.',
			failed: 'Limber could not save this session to your history.'
		},
		keptAside: 'It is kept aside on this device, and Limber will try again the next time it opens.',
		tryOrDownload: 'Try again, or download this session to keep a copy.',
		ratingNotSaved: 'Limber could not save your rating just now. Try again.',
		download: 'Download this session',
		downloadAfter: 'To bring it back, use Settings → Restore.',
		undo: 'Undo: keep going',
		painAfter: 'How is your pain now?',
		savingRating: 'Saving your rating…',
		noted: (after: number) => `Noted: pain ${after} out of 10.`,
		notedFrom: (after: number, before: number) =>
			`Noted: pain ${after} out of 10, from ${before} before.`,
		keptWithSession: 'It is kept with this session.',
		tryAgain: 'Try again',
		getUp: 'Get up when you are ready',
		getUpText:
			'No hurry: stay and rest as long as you need. When you want to get up, Limber guides you.',
		/** A word of care after each kind of session; `{link}` is the link to when to get help. */
		care: {
			stretch:
				'If a stretch caused sharp pain, pain spreading into a leg, numbness or tingling, rest and read {link}.',
			ice: 'Check your skin: if it looks white or blotchy or stays numb, keep the cold off it. Give it a couple of hours before another round of cold. If the pain worsens, read {link}.',
			heat: 'Check your skin: if it looks very red or sore, keep the heat off it. If the pain worsens, read {link}.',
			contrast:
				'Check your skin: if it looks white, blotchy or very red, or stays numb, keep cold and heat off it. If the pain worsens, read {link}.',
			relax: 'Get up slowly, rolling onto your side first. If the pain worsens, read {link}.',
			walk: 'If walking brought on sharp pain or pain spreading into a leg, rest and read {link}.'
		},
		careLink: 'when to get help',
		today: 'Back to Today',
		history: 'See history'
	},
	interrupted: {
		title: 'Your session is still going',
		/** `{title}` and `{step}` are shown in bold. */
		text: (left: string | null, paused: boolean) =>
			`{title} kept time while Limber was closed. It is now at {step}${left === null ? '' : `, with ${left} left in this step`}${paused ? ' (paused)' : ''}.`,
		continue: 'Continue where it is now',
		end: 'End it and save what was done'
	},
	returnBar: {
		label: 'Running session',
		running: (title: string) => `${title} running`,
		paused: (title: string) => `${title} paused`,
		go: 'Return'
	}
};

export default en;

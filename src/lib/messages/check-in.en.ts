// Today's check-in around its questions (the questions are the care words, content/check-in.ts):
// the form's other words, what saving it says, and the summary once saved. Loaded with the form
// or the summary, never with the first screen.
const en = {
	form: {
		savedAt: (time: string) => `Saved today at ${time}. Change anything and save again.`,
		pain: 'Pain right now',
		yes: 'Yes',
		no: 'No',
		water: 'Glasses of water',
		fewer: 'One glass fewer',
		more: 'One glass more',
		note: 'Note',
		optional: '(optional)',
		save: 'Save check-in',
		update: 'Update check-in'
	},
	result: {
		noPain: 'Choose how much pain you have, from 0 to 10, before saving.',
		unanswered: 'Answer each question above before saving.',
		raised: 'Check-in saved. It shows a reason to get help: see above.',
		saved: 'Check-in saved. You can change it until the end of the day.'
	},
	summary: {
		savedAt: (time: string) => `Saved today at ${time}.`,
		noYesterday: 'There is no check-in from yesterday to compare with.',
		/** The button shows "Change"; its whole name is for a screen reader. */
		change: 'Change',
		changeName: 'Change check-in',
		/** The answers folded under pain and spasms. */
		more: 'Other answers',
		labels: {
			pain: 'Pain',
			spasms: 'Spasms',
			numbness: 'Numbness or tingling',
			bladderBowel: 'New bladder or bowel trouble',
			severe: 'Pain so bad it is hard to think, sleep or move',
			water: 'Water',
			note: 'Note'
		},
		yes: 'Yes',
		no: 'No',
		painValue: (n: number) => `${n} out of 10`,
		painDown: (by: number, before: number) => `down ${by} from yesterday’s ${before}`,
		painUp: (by: number, before: number) => `up ${by} from yesterday’s ${before}`,
		same: 'same as yesterday',
		/** Yesterday's answer, as shown today ("Yes", "3 glasses"), in a sentence. */
		yesterday: (answer: string) => `yesterday: ${answer.toLowerCase()}`,
		glasses: { one: '# glass', other: '# glasses' },
		notAsked: 'Not asked that day',
		placeUnknown: 'Yes, place not recorded',
		/** Every place ticked, in the check-in's order. */
		places: (labels: readonly string[]) =>
			labels.map((label, i) => (i === 0 ? label : label.toLowerCase())).join(', ')
	}
};

export default en;

// Today's check-in: its questions (the care words, docs/glossary.md), the form's other words,
// what saving it says, and the summary once saved. Loaded with the form or the summary, never
// with the first screen.
import type { NumbnessWhere } from '$lib/core/model';

const en = {
	/** The questions, in the care words (docs/glossary.md); the check asks `severe` the same way. */
	questions: {
		spasms: 'Spasms today?',
		numbness: 'Numbness or tingling today? Tick every place.',
		/** Shown in core/model.ts's NUMBNESS_PLACES order, the most urgent first. */
		places: {
			saddle: 'Between the legs, bottom or inner thighs',
			'both-legs': 'In both legs',
			'one-leg': 'Down one leg'
		} satisfies Record<NumbnessWhere, string>,
		none: 'None',
		bladderBowel: 'New bladder or bowel trouble, such as leaking or trouble weeing?',
		/** Severe, as the NHS means it: by what the pain stops, never by a number. */
		severe:
			'Is the pain so bad that it is hard to think, talk or sleep, or very hard to move, get up, wash or dress?',
		keep: 'Keep it as it was',
		/** Closes the questions unsaved; they can be opened again. */
		notNow: 'Not now'
	},
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
		/** Spasms logged did not start an episode: its code did not load. */
		notStarted:
			"Limber couldn't start an episode for these spasms: part of the app didn't load. Check the connection, then tap Try again.",
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

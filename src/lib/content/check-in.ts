// The daily check-in's questions. Kept apart from care-levels.ts: Today's first visit loads
// these, and the rest of the care wording only once a check-in calls for it.
import type { NumbnessWhere } from '$lib/core/model';

/** What severe pain stops a person doing: the same words in the check-in and the check. */
const severeWhat = 'hard to think, talk or sleep, or very hard to move, get up, wash or dress';

export const checkInWords = {
	spasms: 'Spasms today?',
	numbness: 'Numbness or tingling today? Tick every place.',
	/** The most urgent place first: any saddle answer is an emergency, whatever else is ticked. */
	numbnessPlaces: [
		['saddle', 'Between the legs, bottom or inner thighs'],
		['both-legs', 'In both legs'],
		['one-leg', 'Down one leg']
	] as const satisfies readonly (readonly [NumbnessWhere, string])[],
	numbnessNone: 'None',
	bladderBowel: 'New bladder or bowel trouble, such as leaking or trouble weeing?',
	/** Severe, as the NHS means it: by what the pain stops, never by a number. */
	severe: `Is the pain so bad that it is ${severeWhat}?`,
	severeWhat,
	keep: 'Keep it as it was',
	/** Closes the questions unsaved; they can be opened again. */
	notNow: 'Not now'
};

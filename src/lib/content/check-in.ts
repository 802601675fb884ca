// The daily check-in's questions. Kept apart from care-levels.ts: Today's first visit loads
// these, and the rest of the care wording only once a check-in calls for it.
import type { NumbnessWhere } from '$lib/core/model';

export const checkInWords = {
	spasms: 'Spasms today?',
	numbness: 'Numbness or tingling today?',
	numbnessPlaces: [
		['one-leg', 'Down one leg'],
		['both-legs', 'In both legs'],
		['saddle', 'Between the legs, bottom or inner thighs']
	] as const satisfies readonly (readonly [NumbnessWhere, string])[],
	bladderBowel: 'New bladder or bowel trouble, such as leaking or trouble weeing?',
	keep: 'Keep it as it was',
	unanswered: 'Answer each question above before saving.',
	raised: 'Check-in saved. It shows a reason to get help: see above.'
};

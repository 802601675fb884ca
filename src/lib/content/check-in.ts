// The daily check-in's questions. Kept apart from care-levels.ts: Today's first visit loads
// these, and the rest of the care wording only once a check-in calls for it.
import type { JournalEntry, NumbnessWhere } from '$lib/core/model';

export const checkInWords = {
	spasms: 'Spasms today?',
	numbness: 'Numbness or tingling today?',
	numbnessPlaces: [
		['one-leg', 'Down one leg'],
		['both-legs', 'In both legs'],
		['saddle', 'Between the legs or around the bottom']
	] as const satisfies readonly (readonly [NumbnessWhere, string])[],
	bladderBowel: 'New bladder or bowel trouble?',
	bladderBowelHint: 'Such as leaking, or trouble starting or stopping a wee.',
	unanswered: (questions: string[]) =>
		`Answer ${questions.length === 1 ? 'this question' : 'these questions'} before saving: ${questions.join(' ')}`,
	raised: 'Check-in saved. It shows a reason to get help: read the notice above.'
};

const PLACE: Record<NumbnessWhere, string> = {
	'one-leg': 'down one leg',
	'both-legs': 'in both legs',
	saddle: 'between the legs or around the bottom'
};

/** What a check-in logged about numbness and the bladder, for the history's day detail. */
export function describeSigns(entry: JournalEntry): string {
	const numbness = !entry.numbness
		? 'no numbness or tingling'
		: entry.numbnessWhere
			? `numbness or tingling ${PLACE[entry.numbnessWhere]}`
			: 'numbness or tingling';
	if (entry.bladderBowel === undefined) return numbness;
	return `${numbness}; ${entry.bladderBowel ? 'new bladder or bowel trouble' : 'no bladder or bowel trouble'}`;
}

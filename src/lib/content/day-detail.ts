// How the history's day detail describes what a check-in logged about the signs it asks for.
import type { JournalEntry, NumbnessWhere } from '$lib/core/model';

const PLACE: Record<NumbnessWhere, string> = {
	'one-leg': 'down one leg',
	'both-legs': 'in both legs',
	saddle: 'between the legs, bottom or inner thighs'
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

// How the history's day detail describes what a check-in logged about the signs it asks for.
import type { JournalEntry } from '$lib/core/model';
import { checkInWords } from './check-in';
import { severeShort } from './check-in-summary';

/** Every place ticked, in the check-in's words and order, as one phrase. */
export function placesText(places: readonly string[]): string {
	return checkInWords.numbnessPlaces
		.filter(([where]) => places.includes(where))
		.map(([, label]) => label.toLowerCase())
		.join('; ');
}

/** What a check-in logged about numbness and the bladder, for the history's day detail. */
export function describeSigns(entry: JournalEntry): string {
	const numbness = !entry.numbness
		? 'no numbness or tingling'
		: entry.numbnessWhere?.length
			? `numbness or tingling: ${placesText(entry.numbnessWhere)}`
			: 'numbness or tingling';
	const bladder =
		entry.bladderBowel === undefined
			? ''
			: `; ${entry.bladderBowel ? 'new bladder or bowel trouble' : 'no bladder or bowel trouble'}`;
	const severe = entry.severe ? `; ${severeShort}` : '';
	return numbness + bladder + severe;
}

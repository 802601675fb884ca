// How today's check-in compares with yesterday's, answer by answer, for Today's summary. Only
// facts: which answers changed and by how much; the words are in content/check-in-summary.ts.
import type { JournalEntry, NumbnessWhere } from './model';

/** Numbness as one answer: every place, or "no". Undefined for a check-in saved before it asked where. */
export type NumbnessAnswer = readonly NumbnessWhere[] | 'no';

export interface AnswerChange<T> {
	now: T;
	/** Yesterday's answer; undefined when yesterday has no check-in or it did not ask this. */
	before: T | undefined;
}

export interface CheckInChange {
	/** False when there is no check-in for yesterday to compare with. */
	hasYesterday: boolean;
	pain: AnswerChange<number>;
	spasms: AnswerChange<boolean>;
	numbness: AnswerChange<NumbnessAnswer | undefined>;
	bladderBowel: AnswerChange<boolean | undefined>;
	severe: AnswerChange<boolean | undefined>;
	water: AnswerChange<number>;
}

export function numbnessAnswer(entry: JournalEntry): NumbnessAnswer | undefined {
	return entry.numbness ? entry.numbnessWhere : 'no';
}

/** Compares a day's check-in with the one of the day before (null when there is none). */
export function checkInChange(today: JournalEntry, yesterday: JournalEntry | null): CheckInChange {
	return {
		hasYesterday: yesterday !== null,
		pain: { now: today.pain, before: yesterday?.pain },
		spasms: { now: today.spasms, before: yesterday?.spasms },
		numbness: {
			now: numbnessAnswer(today),
			before: yesterday ? numbnessAnswer(yesterday) : undefined
		},
		bladderBowel: { now: today.bladderBowel, before: yesterday?.bladderBowel },
		severe: { now: today.severe, before: yesterday?.severe },
		water: { now: today.water, before: yesterday?.water }
	};
}

// The words of Today's check-in once it is saved: what was recorded and how it compares with
// yesterday. Loaded with the summary, never on a first visit (which has no check-in yet).
import type { AnswerChange, NumbnessAnswer } from '$lib/core/check-in-change';
import { checkInWords } from './check-in';

/** The severity question's answer, short: for the summary, History's day and the report. */
export const severeShort = 'pain so bad it is hard to think, sleep or move';

export const summaryWords = {
	savedAt: (time: string) => `Saved today at ${time}.`,
	noYesterday: 'There is no check-in from yesterday to compare with.',
	/** The button's words, "Change", and the rest of its name for a screen reader. */
	changeShort: 'Change',
	changeRest: ' check-in',
	/** The answers folded under pain and spasms. */
	more: 'Other answers',
	labels: {
		pain: 'Pain',
		spasms: 'Spasms',
		numbness: 'Numbness or tingling',
		bladderBowel: 'New bladder or bowel trouble',
		severe: severeShort.charAt(0).toUpperCase() + severeShort.slice(1),
		water: 'Water',
		note: 'Note'
	}
};

const same = 'same as yesterday';
const yesNo = (answer: boolean) => (answer ? 'Yes' : 'No');
const glasses = (n: number) => `${n} ${n === 1 ? 'glass' : 'glasses'}`;

function numbnessLabel(answer: NumbnessAnswer | undefined): string {
	if (answer === undefined) return 'Yes, place not recorded';
	if (answer === 'no') return 'No';
	return checkInWords.numbnessPlaces
		.filter(([where]) => answer.includes(where))
		.map(([, label], i) => (i === 0 ? label : label.toLowerCase()))
		.join(', ');
}

/** One answer as shown: the value, and how it compares with yesterday ('' when it can't). */
export interface AnswerLine {
	value: string;
	compared: string;
}

function line<T>(
	change: AnswerChange<T>,
	label: (answer: T) => string,
	known = (answer: T | undefined) => answer !== undefined
): AnswerLine {
	const value = label(change.now);
	if (!known(change.before) || !known(change.now)) return { value, compared: '' };
	const before = change.before as T;
	return {
		value,
		// Compared by what they say: a list of places is the same answer when it names the same.
		compared: label(before) === value ? same : `yesterday: ${label(before).toLowerCase()}`
	};
}

export function painLine({ now, before }: AnswerChange<number>): AnswerLine {
	const value = `${now} out of 10`;
	if (before === undefined) return { value, compared: '' };
	if (before === now) return { value, compared: same };
	const by = Math.abs(now - before);
	return {
		value,
		compared: `${now < before ? 'down' : 'up'} ${by} from yesterday’s ${before}`
	};
}

export const spasmsLine = (change: AnswerChange<boolean>) => line(change, yesNo);

export const numbnessLine = (change: AnswerChange<NumbnessAnswer | undefined>) =>
	line(change, numbnessLabel);

export const bladderBowelLine = (change: AnswerChange<boolean | undefined>) =>
	line(change, (answer) => (answer === undefined ? 'Not asked that day' : yesNo(answer)));

export const severeLine = (change: AnswerChange<boolean | undefined>) =>
	line(change, (answer) => (answer === undefined ? 'Not asked that day' : yesNo(answer)));

export const waterLine = (change: AnswerChange<number>) => line(change, glasses);

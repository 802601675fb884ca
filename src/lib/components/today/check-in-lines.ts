// The lines of Today's check-in summary: each answer as shown, and how it compares with
// yesterday's, in the page's language. The facts come from core/check-in-change.ts.
import type { AnswerChange, NumbnessAnswer } from '$lib/core/check-in-change';
import type { Lang } from '$lib/core/lang';
import type { NumbnessWhere } from '$lib/core/model';
import { plural } from '$lib/i18n/format';
import type { Messages } from '$lib/i18n/catalog';
import type en from '$lib/messages/check-in.en';

type Words = Messages<typeof en>['summary'];

/** One answer as shown: the value, and how it compares with yesterday ('' when it can't). */
export interface AnswerLine {
	value: string;
	compared: string;
}

/** The summary's lines in one language: `places` names the check-in's places of numbness. */
export function checkInLines(
	lang: Lang,
	m: Words,
	places: readonly (readonly [NumbnessWhere, string])[]
) {
	const yesNo = (answer: boolean) => (answer ? m.yes : m.no);
	const asked = (answer: boolean | undefined) =>
		answer === undefined ? m.notAsked : yesNo(answer);

	function numbnessLabel(answer: NumbnessAnswer | undefined): string {
		if (answer === undefined) return m.placeUnknown;
		if (answer === 'no') return m.no;
		return m.places(places.filter(([where]) => answer.includes(where)).map(([, label]) => label));
	}

	function line<T>(
		change: AnswerChange<T>,
		label: (answer: T) => string,
		known = (answer: T | undefined) => answer !== undefined
	): AnswerLine {
		const value = label(change.now);
		if (!known(change.before) || !known(change.now)) return { value, compared: '' };
		const before = label(change.before as T);
		// Compared by what they say: a list of places is the same answer when it names the same.
		return { value, compared: before === value ? m.same : m.yesterday(before) };
	}

	return {
		pain({ now, before }: AnswerChange<number>): AnswerLine {
			const value = m.painValue(now);
			if (before === undefined) return { value, compared: '' };
			if (before === now) return { value, compared: m.same };
			const by = Math.abs(now - before);
			return { value, compared: now < before ? m.painDown(by, before) : m.painUp(by, before) };
		},
		spasms: (change: AnswerChange<boolean>) => line(change, yesNo),
		numbness: (change: AnswerChange<NumbnessAnswer | undefined>) => line(change, numbnessLabel),
		bladderBowel: (change: AnswerChange<boolean | undefined>) => line(change, asked),
		severe: (change: AnswerChange<boolean | undefined>) => line(change, asked),
		water: (change: AnswerChange<number>) => line(change, (n) => plural(lang, n, m.glasses))
	};
}

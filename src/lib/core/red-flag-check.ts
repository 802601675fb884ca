// The red-flag check: which warning signs a person's yes/no answers raise, and what to tell them.
// Pure, so the advice shown for every combination of answers is covered by unit tests.

export type RedFlagAnswer = 'yes' | 'no';

/** The part of a red flag the check needs; the wording lives in content. */
export interface RedFlagItem {
	id: string;
	advice: string;
}

export type RedFlagOutcome<F extends RedFlagItem = RedFlagItem> =
	/** At least one yes: seek medical care now, with each raised flag's own advice. */
	| { kind: 'seek-care'; raised: F[]; advice: string[] }
	/** Every question answered no: self-care is reasonable. */
	| { kind: 'self-care' }
	/** No yes yet, and some questions still open. */
	| { kind: 'incomplete'; unanswered: number };

/**
 * Assesses the answers given so far. A single yes is enough to advise care now, even before the
 * other questions are answered: someone in trouble should not have to finish a form first.
 * Answers for ids that are not in `flags` are ignored.
 */
export function assessRedFlags<F extends RedFlagItem>(
	flags: readonly F[],
	answers: Readonly<Partial<Record<string, RedFlagAnswer>>>
): RedFlagOutcome<F> {
	const raised = flags.filter((flag) => answers[flag.id] === 'yes');
	if (raised.length > 0) return { kind: 'seek-care', raised, advice: raised.map((f) => f.advice) };
	const unanswered = flags.filter((flag) => answers[flag.id] !== 'no').length;
	if (unanswered > 0) return { kind: 'incomplete', unanswered };
	return { kind: 'self-care' };
}

import { describe, expect, it } from 'vitest';
import { assessRedFlags, type RedFlagAnswer } from './red-flag-check';

const flags = [
	{ id: 'days', advice: 'Lasting: see a doctor.' },
	{ id: 'severe', advice: 'Severe: see a doctor.' },
	{ id: 'numb', advice: 'Numb legs: see a doctor.' },
	{ id: 'move', advice: 'Cannot move: get help.' }
];

describe('assessRedFlags', () => {
	it('waits for answers while none is given', () => {
		expect(assessRedFlags(flags, {})).toEqual({ kind: 'incomplete', unanswered: 4 });
	});

	it('counts the questions still open while every answer so far is no', () => {
		expect(assessRedFlags(flags, { days: 'no', severe: 'no' })).toEqual({
			kind: 'incomplete',
			unanswered: 2
		});
	});

	it('reassures only when all four are answered no', () => {
		const all: Record<string, RedFlagAnswer> = { days: 'no', severe: 'no', numb: 'no', move: 'no' };
		expect(assessRedFlags(flags, all)).toEqual({ kind: 'self-care' });
	});

	it('advises care for each flag on its own, even with the others unanswered', () => {
		for (const flag of flags) {
			const outcome = assessRedFlags(flags, { [flag.id]: 'yes' });
			expect(outcome).toEqual({ kind: 'seek-care', raised: [flag], advice: [flag.advice] });
		}
	});

	it('lists every raised flag in the order of the questions', () => {
		const outcome = assessRedFlags(flags, { move: 'yes', days: 'yes', severe: 'no' });
		expect(outcome.kind).toBe('seek-care');
		if (outcome.kind !== 'seek-care') return;
		expect(outcome.raised.map((f) => f.id)).toEqual(['days', 'move']);
		expect(outcome.advice).toEqual(['Lasting: see a doctor.', 'Cannot move: get help.']);
	});

	it('advises care whenever any answer is yes, for every combination of answers', () => {
		const choices: (RedFlagAnswer | undefined)[] = ['yes', 'no', undefined];
		let combinations = 0;
		const pick = (index: number, answers: Record<string, RedFlagAnswer | undefined>): void => {
			const flag = flags[index];
			if (!flag) {
				combinations++;
				const values = flags.map((f) => answers[f.id]);
				const outcome = assessRedFlags(flags, answers);
				if (values.includes('yes')) expect(outcome.kind).toBe('seek-care');
				else if (values.every((v) => v === 'no')) expect(outcome.kind).toBe('self-care');
				else expect(outcome.kind).toBe('incomplete');
				return;
			}
			for (const choice of choices) pick(index + 1, { ...answers, [flag.id]: choice });
		};
		pick(0, {});
		expect(combinations).toBe(81);
	});

	it('ignores answers to questions it does not know', () => {
		expect(assessRedFlags(flags, { other: 'yes' })).toEqual({ kind: 'incomplete', unanswered: 4 });
	});
});

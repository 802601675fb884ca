import { describe, expect, it } from 'vitest';
import { checkInChange, numbnessAnswer } from './check-in-change';
import type { JournalEntry } from './model';

const entry = (over: Partial<JournalEntry> = {}): JournalEntry => ({
	date: '2026-03-02',
	pain: 5,
	spasms: true,
	numbness: false,
	bladderBowel: false,
	water: 3,
	note: '',
	updatedAt: 0,
	...over
});

describe('checkInChange', () => {
	it('pairs each answer with yesterday’s', () => {
		const change = checkInChange(
			entry({ pain: 4, spasms: false, water: 6 }),
			entry({
				date: '2026-03-01',
				pain: 7,
				numbness: true,
				numbnessWhere: ['one-leg'],
				severe: true
			})
		);
		expect(change).toEqual({
			hasYesterday: true,
			pain: { now: 4, before: 7 },
			spasms: { now: false, before: true },
			numbness: { now: 'no', before: ['one-leg'] },
			bladderBowel: { now: false, before: false },
			severe: { now: undefined, before: true },
			water: { now: 6, before: 3 }
		});
	});

	it('has nothing to compare with when yesterday has no check-in', () => {
		const change = checkInChange(entry(), null);
		expect(change.hasYesterday).toBe(false);
		expect(change.pain).toEqual({ now: 5, before: undefined });
		expect(change.spasms.before).toBeUndefined();
		expect(change.numbness.before).toBeUndefined();
	});

	it('leaves out answers an older check-in was never asked', () => {
		const older = entry({ date: '2026-03-01', numbness: true, bladderBowel: undefined });
		const change = checkInChange(entry(), older);
		expect(change.numbness.before).toBeUndefined();
		expect(change.bladderBowel.before).toBeUndefined();
	});
});

describe('numbnessAnswer', () => {
	it('reads where, or no', () => {
		expect(numbnessAnswer(entry())).toBe('no');
		expect(
			numbnessAnswer(entry({ numbness: true, numbnessWhere: ['saddle', 'both-legs'] }))
		).toEqual(['saddle', 'both-legs']);
		expect(numbnessAnswer(entry({ numbness: true }))).toBeUndefined();
	});
});

// Red flags from the journal: spasms three days running, severe pain, numbness or tingling.
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from './model';
import { journalRedFlags, SEVERE_PAIN, SPASM_DAYS, spasmRun } from './red-flags';

function entry(date: string, overrides: Partial<JournalEntry> = {}): JournalEntry {
	return {
		date,
		pain: 3,
		spasms: false,
		numbness: false,
		water: 4,
		note: '',
		updatedAt: 0,
		...overrides
	};
}
const spasms = (date: string) => entry(date, { spasms: true });
const ids = (entries: JournalEntry[], today: string) =>
	journalRedFlags(entries, today).map((f) => f.id);

describe('spasms on consecutive days', () => {
	it('flags three days in a row ending today, and not two', () => {
		expect(SPASM_DAYS).toBe(3);
		const two = [spasms('2024-05-13'), spasms('2024-05-14')];
		expect(ids(two, '2024-05-14')).toEqual([]);
		const three = [spasms('2024-05-12'), ...two];
		expect(journalRedFlags(three, '2024-05-14')).toEqual([
			{
				id: 'lasting-over-three-days',
				reason: 'You have logged spasms on 3 days in a row.',
				advice: 'Spasms that go on for more than three days should be checked by a doctor.'
			}
		]);
	});

	it('counts a run up to yesterday while today has no check-in yet', () => {
		const entries = [spasms('2024-05-11'), spasms('2024-05-12'), spasms('2024-05-13')];
		expect(spasmRun(new Map(entries.map((e) => [e.date, e])), '2024-05-14')).toBe(3);
		expect(ids(entries, '2024-05-14')).toEqual(['lasting-over-three-days']);
	});

	it('ends the run on a day logged without spasms, or a day not logged', () => {
		const run = [spasms('2024-05-11'), spasms('2024-05-12'), spasms('2024-05-13')];
		expect(ids([...run, entry('2024-05-14')], '2024-05-14')).toEqual([]);
		expect(
			ids(
				[spasms('2024-05-10'), spasms('2024-05-11'), spasms('2024-05-13'), spasms('2024-05-14')],
				'2024-05-14'
			)
		).toEqual([]);
		expect(ids(run, '2024-05-15')).toEqual([]);
	});

	it('says how long the run is', () => {
		const run = ['2024-04-29', '2024-04-30', '2024-05-01', '2024-05-02', '2024-05-03'].map(spasms);
		expect(journalRedFlags(run, '2024-05-03')[0]?.reason).toBe(
			'You have logged spasms on 5 days in a row.'
		);
	});
});

describe('severe pain', () => {
	it('flags 8 or more today or yesterday only', () => {
		expect(SEVERE_PAIN).toBe(8);
		expect(ids([entry('2024-05-14', { pain: 7 })], '2024-05-14')).toEqual([]);
		expect(journalRedFlags([entry('2024-05-14', { pain: 8 })], '2024-05-14')).toMatchObject([
			{ id: 'severe-pain', reason: 'You logged severe pain (8 out of 10) today.' }
		]);
		expect(journalRedFlags([entry('2024-05-13', { pain: 9 })], '2024-05-14')[0]?.reason).toBe(
			'You logged severe pain (9 out of 10) yesterday.'
		);
		expect(ids([entry('2024-05-12', { pain: 10 })], '2024-05-14')).toEqual([]);
	});
});

describe('advice', () => {
	it('matches the red flags of the guide, one sentence each', async () => {
		const { redFlags } = await import('$lib/content/guide');
		const entries = [
			spasms('2024-05-12'),
			spasms('2024-05-13'),
			entry('2024-05-14', { spasms: true, pain: 9, numbness: true })
		];
		for (const flag of journalRedFlags(entries, '2024-05-14')) {
			expect(redFlags.map((r) => r.id)).toContain(flag.id);
			expect(flag.advice).toMatch(/doctor/);
		}
	});
});

describe('numbness or tingling', () => {
	it('flags it when logged today or yesterday', () => {
		expect(journalRedFlags([entry('2024-05-14', { numbness: true })], '2024-05-14')).toMatchObject([
			{ id: 'numbness-into-legs', reason: 'You logged numbness or tingling today.' }
		]);
		expect(ids([entry('2024-05-13', { numbness: true })], '2024-05-14')).toEqual([
			'numbness-into-legs'
		]);
		expect(ids([entry('2024-05-12', { numbness: true })], '2024-05-14')).toEqual([]);
	});

	it('lists several reasons in the guide’s order', () => {
		const entries = [
			spasms('2024-05-12'),
			spasms('2024-05-13'),
			entry('2024-05-14', { spasms: true, pain: 9, numbness: true })
		];
		expect(ids(entries, '2024-05-14')).toEqual([
			'lasting-over-three-days',
			'severe-pain',
			'numbness-into-legs'
		]);
	});

	it('is quiet with an empty journal', () => {
		expect(journalRedFlags([], '2024-05-14')).toEqual([]);
	});
});

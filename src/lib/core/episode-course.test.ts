// The one day count of an episode and whether the journal shows it easing: over journals that
// improve, plateau, worsen and skip days, across midnight and both daylight-saving changes.
import { afterAll, describe, expect, it } from 'vitest';
import { localDay } from './days';
import {
	courseOf,
	dayCount,
	firstDayOf,
	spasmRunStart,
	type Course,
	type LookReason
} from './episode-course';
import type { JournalEntry } from './model';
import { journalEntry, localAt } from './testing';

// New York springs forward on 2024-03-10 (a 23-hour day) and falls back on 2024-11-03.
const savedTz = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
	process.env.TZ = savedTz;
});

const at = localAt;

const entry = (date: string, pain: number, spasms: boolean): JournalEntry =>
	journalEntry(date, { pain, spasms });
const spasms = (date: string) => entry(date, 5, true);

/** Check-ins from the 11th of May 2024 on; null is a day without one. */
const DAYS = ['2024-05-11', '2024-05-12', '2024-05-13', '2024-05-14', '2024-05-15', '2024-05-16'];
const journal = (pains: (number | null)[], spasmDays: number[]) =>
	pains.flatMap((pain, i) =>
		pain === null ? [] : [entry(DAYS[i] ?? '', pain, spasmDays.includes(i + 1))]
	);

describe('the one day count', () => {
	it('counts from the tap, or from an earlier first check-in with spasms of the same run', () => {
		const run = [spasms('2024-05-11'), spasms('2024-05-12')];
		expect(firstDayOf(run, '2024-05-12', '2024-05-14')).toBe('2024-05-11');
		// Check-ins with spasms after the tap do not move it.
		expect(firstDayOf(run, '2024-05-10', '2024-05-14')).toBe('2024-05-10');
		// A check-in without spasms, or two unlogged days before the tap's day, ends the run.
		expect(
			firstDayOf([spasms('2024-05-09'), entry('2024-05-10', 3, false)], '2024-05-11', '2024-05-11')
		).toBe('2024-05-11');
		expect(firstDayOf([spasms('2024-05-07')], '2024-05-11', '2024-05-11')).toBe('2024-05-11');
		expect(firstDayOf([spasms('2024-05-08')], '2024-05-11', '2024-05-11')).toBe('2024-05-11');
		expect(firstDayOf([spasms('2024-05-09')], '2024-05-11', '2024-05-11')).toBe('2024-05-09');
		// Without an episode: the spasms going on now, or none.
		expect(firstDayOf(run, null, '2024-05-14')).toBe('2024-05-11');
		expect(firstDayOf(run, null, '2024-05-15')).toBeNull();
	});

	it('finds the run of spasms, skipping up to two unlogged days, reset by a check-in without', () => {
		const table: [JournalEntry[], string, string | null][] = [
			[[], '2024-05-14', null],
			[[spasms('2024-05-13'), entry('2024-05-14', 3, false)], '2024-05-14', null],
			[['2024-05-11', '2024-05-13', '2024-05-14'].map(spasms), '2024-05-14', '2024-05-11'],
			[[spasms('2024-05-06'), spasms('2024-05-10')], '2024-05-10', '2024-05-10'],
			[
				[spasms('2024-05-10'), entry('2024-05-11', 2, false), spasms('2024-05-12')],
				'2024-05-13',
				'2024-05-12'
			],
			[['2024-02-28', '2024-02-29', '2024-03-01'].map(spasms), '2024-03-01', '2024-02-28'],
			[['2024-12-30', '2025-01-01'].map(spasms), '2025-01-01', '2024-12-30']
		];
		for (const [entries, day, first] of table) expect(spasmRunStart(entries, day)).toBe(first);
	});

	it('turns to Day 2 at local midnight, however few hours have passed', () => {
		const tap = localDay(at('2024-05-14', 23, 50));
		expect(dayCount(tap, localDay(at('2024-05-14', 23, 59)))).toBe(1);
		expect(dayCount(tap, localDay(at('2024-05-15', 0, 5)))).toBe(2);
	});

	it('counts one calendar day per day across both daylight-saving changes', () => {
		// Spring: 23:30 on the 9th, plus 24 hours, is already 00:30 on the 11th.
		const spring = at('2024-03-09', 23, 30);
		expect(localDay(spring + 24 * 3_600_000)).toBe('2024-03-11');
		expect(dayCount(localDay(spring), '2024-03-10')).toBe(2);
		expect(dayCount(localDay(spring), localDay(spring + 24 * 3_600_000))).toBe(3);
		// Autumn: 00:30 on the 3rd, plus 24 hours, is still 23:30 on the 3rd.
		const autumn = at('2024-11-03', 0, 30);
		expect(localDay(autumn + 24 * 3_600_000)).toBe('2024-11-03');
		expect(dayCount(localDay(autumn), localDay(autumn + 24 * 3_600_000))).toBe(1);
		expect(dayCount(localDay(autumn), '2024-11-06')).toBe(4);
		// A run of check-ins across the change counts as the card does.
		const run = ['2024-03-09', '2024-03-10', '2024-03-11', '2024-03-12'].map(spasms);
		const first = firstDayOf(run, '2024-03-10', '2024-03-12');
		expect(first).toBe('2024-03-09');
		expect(courseOf(run, first ?? '', '2024-03-12')).toMatchObject({ day: 4, lookAt: 'spasms' });
	});
});

describe('whether it is easing', () => {
	type Row = [
		what: string,
		pains: (number | null)[],
		spasmDays: number[],
		today: number,
		expected: Partial<Course> & { lookAt: LookReason | null }
	];
	const table: Row[] = [
		[
			'improving: pain 7, 6, 6, 5, 4, spasms on days 1–2',
			[7, 6, 6, 5, 4],
			[1, 2],
			5,
			{
				day: 5,
				easing: true,
				lookAt: null,
				spasmsStoppedOn: '2024-05-13',
				painFalling: { from: 7, to: 4, since: '2024-05-11' }
			}
		],
		[
			'improving, read on day 6 before its check-in',
			[7, 6, 6, 5, 4],
			[1, 2],
			6,
			{ day: 6, easing: true, lookAt: null }
		],
		[
			'improving on day 4',
			[7, 6, 6, 5],
			[1, 2],
			4,
			{ day: 4, easing: true, lookAt: null, painFalling: { from: 7, to: 5, since: '2024-05-11' } }
		],
		[
			'plateau: pain 6 every day after the spasms stopped',
			[6, 6, 6, 6, 6],
			[1, 2],
			5,
			{ easing: true, painFalling: null, lookAt: 'pain' }
		],
		[
			'plateau after one early fall',
			[7, 6, 6, 6, 6],
			[1],
			5,
			{ painFalling: null, lookAt: 'pain' }
		],
		[
			'worsening, spasms going on',
			[4, 5, 6, 7],
			[1, 2, 3, 4],
			4,
			{ easing: false, painFalling: null, spasmsStoppedOn: null, lookAt: 'spasms' }
		],
		[
			'falling, but rising again at the latest check-in',
			[7, 4, 6, 6],
			[1],
			4,
			{ painFalling: null, lookAt: 'pain' }
		],
		[
			'spasms going on while pain falls',
			[7, 6, 5, 4],
			[1, 2, 3, 4],
			4,
			{ easing: true, lookAt: 'spasms', painFalling: { from: 7, to: 4, since: '2024-05-11' } }
		],
		[
			'skipped days, pain lower than before the gap',
			[7, null, null, 5],
			[1],
			4,
			{ easing: true, lookAt: null, painFalling: { from: 7, to: 5, since: '2024-05-11' } }
		],
		[
			'skipped days, three or more in a row before the latest',
			[7, null, null, null, 5],
			[],
			5,
			{ painFalling: { from: 7, to: 5, since: '2024-05-11' }, lookAt: null }
		],
		[
			'no check-in for the last three days',
			[7, 6, 5, null, null, null],
			[1],
			6,
			{ latest: null, easing: false, lookAt: 'no-news' }
		],
		['day 3 asks nothing yet', [6, 6, 7], [1, 2, 3], 3, { lookAt: null }],
		// Little pain without spasms has eased, however flat: Today says it is settling.
		['low and flat, no spasms', [3, 3, 3, 3], [], 4, { painFalling: null, lookAt: null }],
		['low, but spasms going on', [3, 3, 3, 3], [4], 4, { lookAt: 'spasms' }],
		[
			'one check-in only: nothing to compare',
			[null, null, null, 5],
			[],
			4,
			{ painFalling: null, lookAt: 'pain' }
		]
	];

	it.each(table)('%s', (_, pains, spasmDays, today, expected) => {
		const course = courseOf(journal(pains, spasmDays), DAYS[0] ?? '', DAYS[today - 1] ?? '');
		expect(course).toMatchObject(expected);
	});
});

import { describe, expect, it } from 'vitest';
import {
	helpedOf,
	keepUpOf,
	KEEP_UP_GOAL,
	KEEP_UP_WEEKS,
	lastEnded,
	lastHelpedNote,
	NUDGE_AFTER_DAYS
} from './keep-up';
import type { Episode, SessionRecord } from './model';
import { localAt, sessionRecord } from './testing';

const ended: Episode = {
	id: 'e1',
	startedAt: localAt('2026-03-01', 9),
	startDay: '2026-03-01',
	endDay: '2026-03-10',
	endReason: 'settled',
	updatedAt: 0
};

const MIN = 60_000;
/** A gentle routine on `day`, `ranMin` of its 10 minutes run. */
const stretch = (day: string, ranMin = 10, over: Partial<SessionRecord> = {}) =>
	sessionRecord(`s-${day}-${ranMin}-${over.sourceId ?? ''}`, localAt(day, 18), 10 * MIN, {
		kind: 'routine',
		sourceId: 'morning-mobility',
		title: 'Morning loosen-up',
		activity: 'stretch',
		activeMs: ranMin * MIN,
		...over
	});

describe('keepUpOf', () => {
	const cases: {
		name: string;
		today: string;
		sessions: SessionRecord[];
		want: { week: number; done: number; state: string; quietDays: number } | null;
	}[] = [
		{
			name: 'the day it ended: week 1, nothing yet',
			today: '2026-03-10',
			sessions: [],
			want: { week: 1, done: 0, state: 'going', quietDays: 0 }
		},
		{
			name: 'a session during the episode does not count',
			today: '2026-03-12',
			sessions: [stretch('2026-03-09')],
			want: { week: 1, done: 0, state: 'going', quietDays: 2 }
		},
		{
			name: 'two sessions in week 1 meet the goal',
			today: '2026-03-14',
			sessions: [stretch('2026-03-11'), stretch('2026-03-13')],
			want: { week: 1, done: KEEP_UP_GOAL, state: 'met', quietDays: 1 }
		},
		{
			name: 'a half-run session counts, less than half does not',
			today: '2026-03-12',
			sessions: [stretch('2026-03-11', 5), stretch('2026-03-12', 4)],
			want: { week: 1, done: 1, state: 'going', quietDays: 1 }
		},
		{
			name: 'ice and heat do not count',
			today: '2026-03-12',
			sessions: [sessionRecord('ice', localAt('2026-03-11', 9), 20 * MIN)],
			want: { week: 1, done: 0, state: 'going', quietDays: 2 }
		},
		{
			name: 'a walk counts',
			today: '2026-03-12',
			sessions: [
				stretch('2026-03-11', 10, { activity: 'walk', kind: 'timer', sourceId: 'walk-10' })
			],
			want: { week: 1, done: 1, state: 'going', quietDays: 1 }
		},
		{
			name: 'a new week starts from nothing',
			today: '2026-03-18',
			sessions: [stretch('2026-03-11'), stretch('2026-03-13')],
			want: { week: 2, done: 0, state: 'nudge', quietDays: 5 }
		},
		{
			name: `${NUDGE_AFTER_DAYS} quiet days since the end bring the nudge`,
			today: '2026-03-14',
			sessions: [],
			want: { week: 1, done: 0, state: 'nudge', quietDays: NUDGE_AFTER_DAYS }
		},
		{
			name: 'one day fewer does not',
			today: '2026-03-13',
			sessions: [],
			want: { week: 1, done: 0, state: 'going', quietDays: NUDGE_AFTER_DAYS - 1 }
		},
		{
			name: 'the last day of the last week',
			today: '2026-04-21',
			sessions: [stretch('2026-04-20')],
			want: { week: KEEP_UP_WEEKS, done: 1, state: 'going', quietDays: 1 }
		},
		{ name: 'after the last week: nothing', today: '2026-04-22', sessions: [], want: null }
	];
	it.each(cases)('$name', ({ today, sessions, want }) => {
		const got = keepUpOf(ended, sessions, today);
		expect(
			got && { week: got.week, done: got.done, state: got.state, quietDays: got.quietDays }
		).toEqual(want);
	});

	it('is null for an open episode', () => {
		const { endDay: _e, endReason: _r, ...open } = ended;
		expect(keepUpOf(open, [], '2026-03-12')).toBeNull();
	});

	it('offers the last session again, routine or timer', () => {
		const walk = stretch('2026-03-12', 10, {
			activity: 'walk',
			kind: 'timer',
			sourceId: 'walk-10',
			title: 'Walk 10'
		});
		expect(keepUpOf(ended, [walk, stretch('2026-03-11')], '2026-03-13')?.last).toEqual({
			kind: 'timer',
			sourceId: 'walk-10',
			title: 'Walk 10'
		});
	});
});

describe('helpedOf', () => {
	const rated = (id: string, day: string, before: number, after: number, ran = 10) =>
		stretch(day, ran, {
			sourceId: id,
			title: id.toUpperCase(),
			painBefore: before,
			painAfter: after
		});

	it('lists what lowered the pain, most often first', () => {
		expect(
			helpedOf([
				rated('a', '2026-03-02', 6, 5),
				rated('b', '2026-03-03', 6, 4),
				rated('b', '2026-03-04', 5, 3),
				rated('c', '2026-03-04', 5, 5),
				rated('d', '2026-03-05', 4, 6),
				rated('e', '2026-03-05', 6, 2, 4),
				stretch('2026-03-06')
			])
		).toEqual([
			{ sourceId: 'b', title: 'B', times: 2 },
			{ sourceId: 'a', title: 'A', times: 1 }
		]);
	});

	it('is empty without rated sessions', () => {
		expect(helpedOf([stretch('2026-03-02')])).toEqual([]);
	});
});

describe('the last ended episode and its note', () => {
	const ep = (id: string, day: string, over: Partial<Episode> = {}): Episode => ({
		id,
		startedAt: localAt(day, 9),
		startDay: day,
		updatedAt: 0,
		...over
	});
	const older = ep('old', '2026-01-01', {
		endDay: '2026-01-09',
		endReason: 'settled',
		helped: 'Heat and lying with knees up'
	});
	const newer = ep('new', '2026-02-01', { endDay: '2026-02-05', endReason: 'quiet' });
	const open = ep('open', '2026-03-01');

	it('finds the newest ended episode, not an open one', () => {
		expect(lastEnded([older, open, newer])?.id).toBe('new');
		expect(lastEnded([open])).toBeNull();
	});

	it('takes the newest note, from before the open episode', () => {
		expect(lastHelpedNote([newer, older, open], open.startedAt)).toBe(
			'Heat and lying with knees up'
		);
		expect(lastHelpedNote([older], older.startedAt)).toBeNull();
		expect(lastHelpedNote([newer, open])).toBeNull();
	});
});

// History maths: grouping by local day, streaks, weekly minutes, the pain series and day summaries.
import { describe, expect, it } from 'vitest';
import {
	currentStreak,
	axisDays,
	daySummaries,
	groupByDay,
	niceMax,
	painFacts,
	painSeries,
	sessionRatings,
	trimSeries,
	weekAmount,
	weekFacts,
	weeklyMinutes
} from './history-stats';
import type { SessionRecord } from './model';
import { journalEntry, sessionRecord, localAt } from './testing';

/** Local time, so the tests hold in any time zone. */
const at = localAt;

/** A twenty-minute ice session. */
const session = (id: string, startedAt: number, overrides: Partial<SessionRecord> = {}) =>
	sessionRecord(id, startedAt, 1_200_000, overrides);

const entry = journalEntry;

describe('groupByDay', () => {
	it('groups by the local day a session started, newest day and session first', () => {
		const records = [
			session('a', at('2024-05-13', 23, 50)),
			session('b', at('2024-05-14', 0, 10)),
			session('c', at('2024-05-14', 18)),
			session('d', at('2024-05-10', 9))
		];
		const groups = groupByDay(records);
		expect(groups.map((g) => g.date)).toEqual(['2024-05-14', '2024-05-13', '2024-05-10']);
		expect(groups[0]?.records.map((r) => r.id)).toEqual(['c', 'b']);
		expect(groups[1]?.records.map((r) => r.id)).toEqual(['a']);
	});

	it('orders sessions sharing a start time by id descending, like the storage index', () => {
		const t = at('2024-05-14', 9);
		const groups = groupByDay([session('a', t), session('c', t), session('b', t)]);
		expect(groups[0]?.records.map((r) => r.id)).toEqual(['c', 'b', 'a']);
	});

	it('is empty for no sessions', () => {
		expect(groupByDay([])).toEqual([]);
	});
});

describe('currentStreak', () => {
	const days = (...list: string[]) => new Set(list);

	it('counts consecutive days ending today', () => {
		expect(currentStreak(days('2024-05-12', '2024-05-13', '2024-05-14'), '2024-05-14')).toBe(3);
	});

	it('keeps yesterday’s streak alive until today is over', () => {
		expect(currentStreak(days('2024-05-12', '2024-05-13'), '2024-05-14')).toBe(2);
	});

	it('is broken by a missed day', () => {
		expect(currentStreak(days('2024-05-10', '2024-05-11', '2024-05-14'), '2024-05-14')).toBe(1);
		expect(currentStreak(days('2024-05-11', '2024-05-12'), '2024-05-14')).toBe(0);
		expect(currentStreak(days(), '2024-05-14')).toBe(0);
	});

	it('runs across month and year ends', () => {
		expect(currentStreak(days('2023-12-30', '2023-12-31', '2024-01-01'), '2024-01-01')).toBe(3);
	});
});

describe('weeklyMinutes', () => {
	it('sums active minutes into the last eight Monday weeks, oldest first', () => {
		const weeks = weeklyMinutes(
			[
				session('a', at('2024-05-14', 9), { activeMs: 10 * 60_000 }),
				session('b', at('2024-05-13', 0, 5), { activeMs: 5 * 60_000 }),
				session('c', at('2024-05-12', 23), { activeMs: 7 * 60_000 }),
				session('d', at('2024-03-25', 9), { activeMs: 3 * 60_000 }),
				session('e', at('2024-03-24', 9), { activeMs: 99 * 60_000 }),
				session('f', at('2024-05-20', 9), { activeMs: 99 * 60_000 })
			],
			'2024-05-14'
		);
		expect(weeks).toHaveLength(8);
		expect(weeks[0]).toEqual({ weekStart: '2024-03-25', minutes: 3, ms: 3 * 60_000 });
		expect(weeks[6]).toEqual({ weekStart: '2024-05-06', minutes: 7, ms: 7 * 60_000 });
		expect(weeks[7]).toEqual({ weekStart: '2024-05-13', minutes: 15, ms: 15 * 60_000 });
		expect(weeks.reduce((sum, w) => sum + w.minutes, 0)).toBe(25);
	});

	it('rounds each week’s total, not each session', () => {
		const weeks = weeklyMinutes(
			[30, 30, 30].map((s, i) => session(`s${i}`, at('2024-05-14', 9 + i), { activeMs: s * 1000 })),
			'2024-05-14',
			1
		);
		expect(weeks).toEqual([{ weekStart: '2024-05-13', minutes: 2, ms: 90_000 }]);
	});

	it('keeps the seconds of a week of seconds-long sessions, so it does not read as nothing', () => {
		const weeks = weeklyMinutes(
			[8, 12, 5].map((s, i) => session(`s${i}`, at('2024-05-14', 9 + i), { activeMs: s * 1000 })),
			'2024-05-14',
			1
		);
		expect(weeks).toEqual([{ weekStart: '2024-05-13', minutes: 0, ms: 25_000 }]);
	});
});

describe('painSeries', () => {
	it('gives one point per day up to today, null where nothing was logged', () => {
		const series = painSeries(
			[
				entry('2024-05-14', { pain: 3 }),
				entry('2024-05-01', { pain: 7 }),
				entry('2024-04-14', { pain: 9 })
			],
			'2024-05-14'
		);
		expect(series).toHaveLength(30);
		expect(series[0]).toEqual({ date: '2024-04-15', pain: null });
		expect(series[29]).toEqual({ date: '2024-05-14', pain: 3 });
		expect(series.find((p) => p.date === '2024-05-01')?.pain).toBe(7);
		expect(series.filter((p) => p.pain !== null)).toHaveLength(2);
	});
});

describe('daySummaries', () => {
	it('counts sessions and minutes per day and attaches the check-in', () => {
		const map = daySummaries(
			[
				session('b', at('2024-05-14', 18), { title: 'Heat 20', activeMs: 20 * 60_000 }),
				session('a', at('2024-05-14', 8), { activeMs: 10 * 60_000 }),
				session('c', at('2024-05-14', 9), { activeMs: 90_000 })
			],
			[entry('2024-05-14', { pain: 6 }), entry('2024-05-13', { pain: 4 })]
		);
		expect(map.get('2024-05-14')).toMatchObject({
			sessions: 3,
			minutes: 32,
			titles: ['Ice 20', 'Heat 20']
		});
		expect(map.get('2024-05-14')?.entry?.pain).toBe(6);
		expect(map.get('2024-05-13')).toMatchObject({ sessions: 0, minutes: 0, titles: [] });
		expect(map.get('2024-05-12')).toBeUndefined();
	});
});

describe('chart descriptions', () => {
	it('sums up the weekly minutes', () => {
		const weeks = [0, 10, 0, 20, 0, 0, 30, 4].map((minutes, i) => ({
			weekStart: `w${i}`,
			minutes,
			ms: minutes * 60_000
		}));
		expect(weekFacts(weeks)).toMatchObject({ kind: 'many', weeks: 8, total: 64, average: 8 });
		expect(weekFacts(weeks.map((w) => ({ ...w, minutes: 0, ms: 0 })))).toEqual({
			kind: 'quiet',
			weeks: 8
		});
		expect(weekFacts([])).toEqual({ kind: 'none' });
		expect(weekFacts([{ weekStart: 'w', minutes: 1, ms: 60_000 }])).toMatchObject({ kind: 'one' });
		// Three sessions of a few seconds are not "0 minutes".
		expect(weekAmount({ weekStart: 'w', minutes: 0, ms: 25_000 })).toEqual({
			unit: 'second',
			n: 25
		});
		expect(weekAmount({ weekStart: 'w', minutes: 4, ms: 240_000 })).toEqual({
			unit: 'minute',
			n: 4
		});
	});

	it('sums up the pain trend with its average, highest (latest wins ties) and latest', () => {
		const points = painSeries(
			[
				entry('2024-05-02', { pain: 7 }),
				entry('2024-05-06', { pain: 7 }),
				entry('2024-05-10', { pain: 5 }),
				entry('2024-05-14', { pain: 2 })
			],
			'2024-05-14'
		);
		expect(painFacts(points)).toEqual({
			kind: 'many',
			days: 30,
			logged: 4,
			average: 5.3,
			highest: { date: '2024-05-06', pain: 7 },
			latest: { date: '2024-05-14', pain: 2 }
		});
		expect(painFacts(painSeries([entry('2024-05-10', { pain: 5 })], '2024-05-14'))).toEqual({
			kind: 'one',
			days: 30,
			latest: { date: '2024-05-10', pain: 5 }
		});
		expect(painFacts(painSeries([], '2024-05-14'))).toEqual({ kind: 'none', days: 30 });
	});
});

describe('charts scaled to the data', () => {
	const points = Array.from({ length: 30 }, (_, i) => ({
		date: `2024-05-${String(i + 1).padStart(2, '0')}`,
		pain: i >= 26 ? 5 : null
	}));

	it('starts the pain chart at the first day rated, a week at least', () => {
		expect(trimSeries(points, new Set()).map((p) => p.date)).toEqual(
			points.slice(23).map((p) => p.date)
		);
		expect(trimSeries(points, new Set(['2024-05-10']))[0]?.date).toBe('2024-05-10');
		expect(
			trimSeries(
				points.map((p) => ({ ...p, pain: null })),
				new Set()
			)
		).toHaveLength(7);
	});

	it('puts session ratings on the chart by local day', () => {
		const rated = sessionRatings(
			[
				session('a', at('2024-05-14', 9), { painBefore: 6, painAfter: 4 }),
				session('b', at('2024-05-14', 8), { painBefore: undefined, painAfter: undefined }),
				session('c', at('2024-04-01', 8), { painBefore: 3 })
			],
			'2024-05-01',
			'2024-05-31'
		);
		expect(rated).toEqual([
			{ date: '2024-05-14', startedAt: at('2024-05-14', 9), title: 'Ice 20', before: 6, after: 4 }
		]);
	});

	it('rounds the value axis up', () => {
		expect([niceMax(0), niceMax(7), niceMax(61), niceMax(300)]).toEqual([5, 10, 90, 300]);
	});
});

describe('axisDays', () => {
	const dated = (axis: { index: number; label: boolean }[]) =>
		axis.filter((d) => d.label).map((d) => d.index);
	const ticked = (axis: { index: number; label: boolean }[]) => axis.map((d) => d.index);

	it('dates every check-in day of a week, the middle ones too', () => {
		expect(dated(axisDays(5, [0, 1, 2, 3, 4]))).toEqual([0, 1, 2, 3, 4]);
		expect(dated(axisDays(7, [0, 1, 2, 3, 4, 5, 6]))).toEqual([0, 1, 2, 3, 4, 5, 6]);
		// A day without a check-in between them is left undated when others are.
		expect(ticked(axisDays(5, [0, 2, 4]))).toEqual([0, 1, 2, 3, 4]);
		expect(dated(axisDays(5, [2]))).toEqual([0, 1, 2, 3, 4]);
	});

	it('spreads dates evenly where there are no check-ins', () => {
		expect(axisDays(1, [])).toEqual([{ index: 0, label: true }]);
		expect(dated(axisDays(4, []))).toEqual([0, 1, 2, 3]);
		expect(dated(axisDays(30, []))).toEqual([0, 10, 19, 29]);
	});

	it('thins dates that would run together, yet keeps a tick on every check-in day', () => {
		const days = 30;
		const marked = [3, 17, 18, 19, 29];
		const axis = axisDays(days, marked);
		for (const day of marked) expect(ticked(axis)).toContain(day);
		expect(dated(axis)).toEqual([3, 10, 17, 29]);
		const every = Array.from({ length: days }, (_, i) => i);
		const daily = axisDays(days, every);
		expect(ticked(daily)).toEqual(every);
		const labels = dated(daily);
		expect(labels[0]).toBe(0);
		expect(labels.at(-1)).toBe(29);
		for (let k = 1; k < labels.length; k++)
			expect(labels[k]! - labels[k - 1]!).toBeGreaterThanOrEqual(29 / 6);
	});
});

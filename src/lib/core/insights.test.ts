// Pain insights: averaged per timer activity and per routine, shown only with enough rated sessions.
import { describe, expect, it } from 'vitest';
import { MIN_RATED_SESSIONS, painInsights } from './insights';
import type { SessionRecord } from './model';
import { sessionRecord } from './testing';

let n = 0;
function rated(
	painBefore: number | undefined,
	painAfter: number | undefined,
	overrides: Partial<SessionRecord> = {}
): SessionRecord {
	n++;
	return sessionRecord(`s${n}`, 1_700_000_000_000 + n * 3_600_000, 60_000, {
		painBefore,
		painAfter,
		...overrides
	});
}

describe('painInsights', () => {
	it('reports the average change after ice once there are enough rated sessions', () => {
		const sessions = [rated(6, 4), rated(7, 5), rated(5, 4), rated(6, 5), rated(8, 6)];
		expect(painInsights(sessions)).toEqual([
			{
				key: 'activity:ice',
				subject: { kind: 'activity', activity: 'ice' },
				sessions: 5,
				averageChange: -1.6
			}
		]);
	});

	it('stays silent below the minimum and ignores sessions missing a rating', () => {
		expect(MIN_RATED_SESSIONS).toBe(3);
		const sessions = [rated(6, 4), rated(7, 5), rated(6, undefined), rated(undefined, 3)];
		expect(painInsights(sessions)).toEqual([]);
		expect(painInsights([...sessions, rated(5, 5)])).toHaveLength(1);
	});

	it('keeps each activity apart, in a fixed order, and names rest and walks plainly', () => {
		const sessions = [
			...[1, 2, 3].map(() => rated(5, 6, { activity: 'walk', sourceId: 'walk-10' })),
			...[1, 2, 3].map(() => rated(5, 3, { activity: 'relax', sourceId: 'rest-10' })),
			...[1, 2, 3].map(() => rated(6, 5, { activity: 'heat', sourceId: 'heat-20' })),
			...[1, 2, 3].map(() => rated(4, 4, { activity: 'contrast', sourceId: 'contrast' }))
		];
		expect(painInsights(sessions).map((i) => [i.key, i.averageChange, i.sessions])).toEqual([
			['activity:heat', -1, 3],
			['activity:relax', -2, 3],
			['activity:walk', 1, 3],
			['activity:contrast', 0, 3]
		]);
	});

	it('reports each routine by its latest title, after the activities', () => {
		const routine = (before: number, after: number, title = 'Spasm relief') =>
			rated(before, after, {
				kind: 'routine',
				activity: 'stretch',
				sourceId: 'spasm-relief',
				title
			});
		const sessions = [
			routine(6, 5, 'Old name'),
			routine(6, 4),
			routine(5, 4),
			rated(6, 5),
			rated(6, 5),
			rated(6, 5),
			...[1, 2, 3, 4].map(() =>
				rated(3, 2, {
					kind: 'routine',
					activity: 'stretch',
					sourceId: 'desk-break',
					title: 'Desk break'
				})
			)
		];
		const insights = painInsights(sessions);
		expect(insights.map((i) => i.key)).toEqual([
			'activity:ice',
			'routine:desk-break',
			'routine:spasm-relief'
		]);
		expect(insights[2]?.subject).toEqual({ kind: 'routine', title: 'Spasm relief' });
		expect(insights[2]?.averageChange).toBe(-1.3);
	});

	it('rounds halves away from zero, both ways', () => {
		const down = [rated(5, 4), rated(5, 4), rated(5, 4), rated(5, 3)]; // mean −1.25
		const up = [rated(4, 5), rated(4, 5), rated(4, 5), rated(3, 5)]; // mean +1.25
		expect(painInsights(down)[0]?.averageChange).toBe(-1.3);
		expect(painInsights(up)[0]?.averageChange).toBe(1.3);
	});
});

// Filtering routines: lying-down only for flare mode, by position, and by length.
import { describe, expect, it } from 'vitest';
import type { Position, Routine } from './model';
import {
	isLyingDownOnly,
	LENGTH_BOUNDS,
	lengthMatches,
	NO_FILTER,
	parseRoutineFilter,
	routineFilterQuery,
	routineMatches
} from './routine-filter';

const positions: Record<string, Position> = {
	'supine-rest': 'lying-back',
	sphinx: 'lying-front',
	'childs-pose': 'kneeling',
	'seated-twist': 'sitting',
	'gentle-walk': 'standing'
};
const positionOf = (id: string): Position | undefined => positions[id];
const routine = (...ids: string[]): Pick<Routine, 'steps'> => ({
	steps: ids.map((exerciseId) => ({
		exerciseId,
		hold: { seconds: 30 },
		perSide: false,
		restAfterSeconds: 0
	}))
});

describe('isLyingDownOnly', () => {
	it('is true when every step is on the back or the front', () => {
		expect(isLyingDownOnly(routine('supine-rest'), positionOf)).toBe(true);
		expect(isLyingDownOnly(routine('supine-rest', 'sphinx', 'supine-rest'), positionOf)).toBe(true);
	});

	it('is false as soon as one step kneels, sits or stands', () => {
		expect(isLyingDownOnly(routine('supine-rest', 'childs-pose'), positionOf)).toBe(false);
		expect(isLyingDownOnly(routine('seated-twist'), positionOf)).toBe(false);
		expect(isLyingDownOnly(routine('sphinx', 'gentle-walk'), positionOf)).toBe(false);
	});

	it('lets a step that waits for Next sit or stand on the way into lying down, never kneel', () => {
		const wayIn = (id: string) => ({
			exerciseId: id,
			hold: { seconds: 30 },
			perSide: false,
			restAfterSeconds: 0,
			untimed: true
		});
		const lie = routine('supine-rest').steps;
		expect(
			isLyingDownOnly({ steps: [wayIn('gentle-walk'), wayIn('seated-twist'), ...lie] }, positionOf)
		).toBe(true);
		expect(isLyingDownOnly({ steps: [wayIn('childs-pose'), ...lie] }, positionOf)).toBe(false);
		expect(isLyingDownOnly({ steps: [wayIn('seated-twist')] }, positionOf)).toBe(false);
	});

	it('is false for an empty routine or an unknown exercise', () => {
		expect(isLyingDownOnly(routine(), positionOf)).toBe(false);
		expect(isLyingDownOnly(routine('supine-rest', 'mystery'), positionOf)).toBe(false);
	});
});

describe('length filter', () => {
	it('splits at 7 and 12 minutes, inclusive below', () => {
		const { short, medium } = LENGTH_BOUNDS;
		expect(lengthMatches(short, 'short')).toBe(true);
		expect(lengthMatches(short + 1, 'short')).toBe(false);
		expect(lengthMatches(short + 1, 'medium')).toBe(true);
		expect(lengthMatches(medium, 'medium')).toBe(true);
		expect(lengthMatches(medium + 1, 'long')).toBe(true);
		expect(lengthMatches(medium, 'long')).toBe(false);
		expect(lengthMatches(0, 'any')).toBe(true);
	});
});

describe('routineMatches', () => {
	const r = routine('childs-pose', 'supine-rest');
	it('matches a position the routine uses at any step', () => {
		expect(routineMatches(r, { position: 'lying-back', length: 'any' }, positionOf, 1)).toBe(true);
		expect(routineMatches(r, { position: 'kneeling', length: 'any' }, positionOf, 1)).toBe(true);
		expect(routineMatches(r, { position: 'standing', length: 'any' }, positionOf, 1)).toBe(false);
	});

	it('combines position and length', () => {
		const tenMinutes = 600_000;
		expect(routineMatches(r, NO_FILTER, positionOf, tenMinutes)).toBe(true);
		expect(
			routineMatches(r, { position: 'kneeling', length: 'medium' }, positionOf, tenMinutes)
		).toBe(true);
		expect(
			routineMatches(r, { position: 'kneeling', length: 'short' }, positionOf, tenMinutes)
		).toBe(false);
	});
});

describe('filter in the query string', () => {
	it('round-trips', () => {
		const filter = { position: 'sitting', length: 'long' } as const;
		const query = routineFilterQuery(filter);
		expect(query).toBe('?position=sitting&length=long');
		expect(parseRoutineFilter(new URLSearchParams(query))).toEqual(filter);
		expect(routineFilterQuery(NO_FILTER)).toBe('');
	});

	it('ignores values it does not know', () => {
		expect(parseRoutineFilter(new URLSearchParams('position=upside-down&length=forever'))).toEqual(
			NO_FILTER
		);
		expect(parseRoutineFilter(new URLSearchParams(''))).toEqual(NO_FILTER);
	});
});

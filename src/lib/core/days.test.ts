// Calendar-day arithmetic: steps, weeks, month grids and labels, across month, year and leap days.
import { describe, expect, it } from 'vitest';
import {
	addDays,
	dayLabel,
	dayStartMs,
	daysBetween,
	daysInMonth,
	localDay,
	monthGrid,
	monthLabel,
	monthOf,
	sameDayIn,
	shiftMonth,
	shortDay,
	startOfWeek,
	weekdayOf
} from './days';

describe('addDays and daysBetween', () => {
	it('steps across months, years and leap days', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
		expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
		expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
		expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
		expect(addDays('2024-05-14', 0)).toBe('2024-05-14');
		expect(addDays('2024-03-31', -31)).toBe('2024-02-29');
	});

	it('counts whole days either way', () => {
		expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
		expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
		expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
	});

	it('refuses strings that are not calendar days', () => {
		expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
		expect(() => addDays('yesterday', 1)).toThrow(RangeError);
	});
});

describe('weeks', () => {
	it('knows the weekday of a day', () => {
		expect(weekdayOf('2024-05-14')).toBe(2); // a Tuesday
		expect(weekdayOf('2024-05-12')).toBe(0); // a Sunday
	});

	it('finds the start of the week, Monday by default', () => {
		expect(startOfWeek('2024-05-14')).toBe('2024-05-13');
		expect(startOfWeek('2024-05-13')).toBe('2024-05-13');
		expect(startOfWeek('2024-05-12')).toBe('2024-05-06');
		expect(startOfWeek('2024-05-14', 0)).toBe('2024-05-12');
		expect(startOfWeek('2025-01-01')).toBe('2024-12-30');
	});
});

describe('local days', () => {
	it('round-trips local midnight', () => {
		const start = dayStartMs('2024-05-14');
		expect(localDay(start)).toBe('2024-05-14');
		expect(localDay(start - 1)).toBe('2024-05-13');
		expect(new Date(start).getHours()).toBe(0);
	});

	it('reads the local day of an instant, not the UTC one', () => {
		expect(localDay(new Date(2024, 4, 14, 23, 59).getTime())).toBe('2024-05-14');
		expect(localDay(new Date(2024, 4, 15, 0, 1).getTime())).toBe('2024-05-15');
	});
});

describe('months', () => {
	it('shifts across years both ways', () => {
		expect(shiftMonth({ year: 2024, month: 12 }, 1)).toEqual({ year: 2025, month: 1 });
		expect(shiftMonth({ year: 2024, month: 1 }, -1)).toEqual({ year: 2023, month: 12 });
		expect(shiftMonth({ year: 2024, month: 5 }, -17)).toEqual({ year: 2022, month: 12 });
		expect(monthOf('2024-05-14')).toEqual({ year: 2024, month: 5 });
	});

	it('knows month lengths and keeps the date in range when changing month', () => {
		expect(daysInMonth({ year: 2024, month: 2 })).toBe(29);
		expect(daysInMonth({ year: 2023, month: 2 })).toBe(28);
		expect(daysInMonth({ year: 2024, month: 4 })).toBe(30);
		expect(sameDayIn({ year: 2024, month: 4 }, '2024-03-31')).toBe('2024-04-30');
		expect(sameDayIn({ year: 2024, month: 6 }, '2024-05-14')).toBe('2024-06-14');
	});

	it('lays out a month in whole weeks starting on Monday', () => {
		// May 2024 starts on a Wednesday and has 31 days.
		const grid = monthGrid({ year: 2024, month: 5 });
		expect(grid).toHaveLength(5);
		for (const week of grid) expect(week).toHaveLength(7);
		expect(grid[0]).toEqual([
			null,
			null,
			'2024-05-01',
			'2024-05-02',
			'2024-05-03',
			'2024-05-04',
			'2024-05-05'
		]);
		expect(grid[4]).toEqual([
			'2024-05-27',
			'2024-05-28',
			'2024-05-29',
			'2024-05-30',
			'2024-05-31',
			null,
			null
		]);
		expect(grid.flat().filter((d) => d !== null)).toHaveLength(31);
	});

	it('handles months that fill four or six rows, and a Sunday start', () => {
		// February 2021 starts on a Monday and has exactly four weeks.
		expect(monthGrid({ year: 2021, month: 2 })).toHaveLength(4);
		// September 2024 starts on a Sunday: six rows with Monday-first weeks.
		const september = monthGrid({ year: 2024, month: 9 });
		expect(september).toHaveLength(6);
		expect(september[0]?.[6]).toBe('2024-09-01');
		expect(monthGrid({ year: 2024, month: 9 }, 0)[0]?.[0]).toBe('2024-09-01');
	});
});

describe('labels', () => {
	it('names today and yesterday, and writes other days in full', () => {
		expect(dayLabel('2024-05-14', '2024-05-14')).toBe('Today');
		expect(dayLabel('2024-05-13', '2024-05-14')).toBe('Yesterday');
		expect(dayLabel('2024-05-12', '2024-05-14', 'en-GB')).toMatch(/^Sunday,? 12 May 2024$/);
	});

	it('formats the same calendar day whatever the time zone', () => {
		expect(shortDay('2024-05-01', 'en-GB')).toBe('1 May');
		expect(monthLabel({ year: 2024, month: 5 }, 'en-GB')).toBe('May 2024');
	});
});

// Months and labels for calendar days: month grids, month steps and readable day names.
import { describe, expect, it } from 'vitest';
import {
	dayLabel,
	daysInMonth,
	monthGrid,
	monthLabel,
	reportDay,
	monthOf,
	recentDay,
	sameDayIn,
	shiftMonth,
	shortDate,
	shortDay
} from './calendar';

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
		expect(reportDay('2024-05-14', 'en-GB')).toMatch(/^Tue,? 14 May 2024$/);
		expect(shortDate('2026-12-07', 'en-GB')).toBe('7 Dec 2026');
		expect(shortDate('2026-12-07', 'en-US')).toBe('Dec 7, 2026');
	});

	it('names a recent day by its weekday in the locale, an older one by its date', () => {
		expect(recentDay('2024-05-14', '2024-05-14')).toBe('today');
		expect(recentDay('2024-05-13', '2024-05-14')).toBe('yesterday');
		expect(recentDay('2024-05-13', '2024-05-17', 'en-GB')).toBe('Monday');
		expect(recentDay('2024-05-13', '2024-05-17', 'de-DE')).toBe('Montag');
		expect(recentDay('2024-05-13', '2024-05-20', 'en-GB')).toBe('13 May');
	});

	it('keeps each locale apart when it reuses its formatters', () => {
		expect(shortDay('2024-05-01', 'en-GB')).toBe('1 May');
		expect(shortDay('2024-05-01', 'en-US')).toBe('May 1');
		expect(shortDay('2024-05-02', 'en-GB')).toBe('2 May');
		expect(monthLabel({ year: 2024, month: 5 }, 'de-DE')).toBe('Mai 2024');
		expect(monthLabel({ year: 2024, month: 6 }, 'en-GB')).toBe('June 2024');
	});
});

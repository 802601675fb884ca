// Calendar-day arithmetic: steps, weeks and local days, across month, year and leap days.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDay, localStart, startOfWeek, weekdayOf } from './days';

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
		const start = new Date(2024, 4, 14).getTime();
		expect(localDay(start)).toBe('2024-05-14');
		expect(localDay(start - 1)).toBe('2024-05-13');
		expect(new Date(start).getHours()).toBe(0);
	});

	it('reads the local day of an instant, not the UTC one', () => {
		expect(localDay(new Date(2024, 4, 14, 23, 59).getTime())).toBe('2024-05-14');
		expect(localDay(new Date(2024, 4, 15, 0, 1).getTime())).toBe('2024-05-15');
	});

	it('starts a day at its local midnight, on both daylight-saving changes too', () => {
		for (const day of ['2024-05-14', '2026-03-29', '2026-10-25', '2026-03-08', '2026-11-01']) {
			const start = localStart(day);
			expect(localDay(start)).toBe(day);
			expect(localDay(start - 1)).toBe(addDays(day, -1));
		}
	});
});

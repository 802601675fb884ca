import { describe, expect, it } from 'vitest';
import { formatClock } from './format';
import { timeOfDay } from './time-of-day';

describe('formatClock', () => {
	it('rounds up so the last second reads 0:01 and only the end reads 0:00', () => {
		expect(formatClock(20 * 60_000)).toBe('20:00');
		expect(formatClock(20 * 60_000 - 1)).toBe('20:00');
		expect(formatClock(59_001)).toBe('1:00');
		expect(formatClock(59_000)).toBe('0:59');
		expect(formatClock(1)).toBe('0:01');
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(-500)).toBe('0:00');
	});

	it('shows hours past sixty minutes', () => {
		expect(formatClock(3_600_000)).toBe('1:00:00');
		expect(formatClock(3_600_000 + 5 * 60_000 + 7_000)).toBe('1:05:07');
		expect(formatClock(3_599_000)).toBe('59:59');
	});
});

describe('timeOfDay', () => {
	it('writes the hour and minutes as the device does, the same each time', () => {
		const at = new Date(2024, 4, 14, 14, 5, 59).getTime();
		const expected = new Date(at).toLocaleTimeString(undefined, {
			hour: 'numeric',
			minute: '2-digit'
		});
		expect(timeOfDay(at)).toBe(expected);
		expect(timeOfDay(at)).toBe(expected);
		expect(timeOfDay(at)).toMatch(/05/);
		expect(timeOfDay(at)).not.toMatch(/59/);
	});
});

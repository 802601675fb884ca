import { describe, expect, it } from 'vitest';
import { formatAgo, formatClock, formatDuration, formatLength } from './format';
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

describe('formatDuration', () => {
	it('reads at a glance', () => {
		expect(formatDuration(45_000)).toBe('45 s');
		expect(formatDuration(20 * 60_000)).toBe('20 min');
		expect(formatDuration(65 * 60_000)).toBe('1 h 5 min');
		expect(formatDuration(120 * 60_000)).toBe('2 h');
		// Exact, never rounded to a length it is not: a 90-second hold is not "2 min".
		expect(formatDuration(90_000)).toBe('1:30');
		expect(formatDuration(7 * 60_000 + 35_000)).toBe('7:35');
		expect(formatDuration(62 * 60_000 + 5_000)).toBe('1:02:05');
		expect(formatDuration(0)).toBe('0 s');
	});
});

describe('formatLength', () => {
	it('gives recorded time exactly, in words and never as a clock', () => {
		expect(formatLength(0)).toBe('0 s');
		expect(formatLength(8_000)).toBe('8 s');
		expect(formatLength(20 * 60_000)).toBe('20 min');
		expect(formatLength(19 * 60_000 + 56_000)).toBe('19 min 56 s');
		expect(formatLength(65 * 60_000)).toBe('1 h 5 min');
		expect(formatLength(3600_000 + 5_000)).toBe('1 h 5 s');
		expect(formatLength(-5)).toBe('0 s');
	});
});

describe('formatAgo', () => {
	it('reads like speech', () => {
		expect(formatAgo(200)).toBe('just now');
		expect(formatAgo(1_000)).toBe('1 second ago');
		expect(formatAgo(40_000)).toBe('40 seconds ago');
		expect(formatAgo(59_700)).toBe('1 minute ago');
		expect(formatAgo(3 * 60_000 + 10_000)).toBe('3 minutes ago');
		expect(formatAgo(60 * 60_000)).toBe('1 hour ago');
		expect(formatAgo(125 * 60_000)).toBe('2 hours 5 minutes ago');
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

import { describe, expect, it } from 'vitest';
import { formatDurationInput, parseDuration } from './duration';

const seconds = (text: string) => {
	const parsed = parseDuration(text);
	return parsed.ok ? parsed.seconds : parsed.problem.code;
};

describe('parseDuration', () => {
	it('reads a bare number as minutes, with a point or a comma', () => {
		expect(seconds('20')).toBe(1200);
		expect(seconds(' 5 ')).toBe(300);
		expect(seconds('1.5')).toBe(90);
		expect(seconds('1,5')).toBe(90);
		expect(seconds('0.25')).toBe(15);
	});

	it('reads m:ss and h:mm:ss like the countdown', () => {
		expect(seconds('1:30')).toBe(90);
		expect(seconds('0:10')).toBe(10);
		expect(seconds('20:00')).toBe(1200);
		expect(seconds('90:00')).toBe(5400);
		expect(seconds('1:05:07')).toBe(3907);
		expect(seconds('2:00:00')).toBe(7200);
	});

	it('reads spelled-out units, including what Limber prints', () => {
		expect(seconds('45 s')).toBe(45);
		expect(seconds('45s')).toBe(45);
		expect(seconds('20 min')).toBe(1200);
		expect(seconds('1 h 5 min')).toBe(3900);
		expect(seconds('1h30m')).toBe(5400);
		expect(seconds('2 hours')).toBe(7200);
		expect(seconds('1 minute 30 seconds')).toBe(90);
		expect(seconds('1.5 h')).toBe(5400);
		expect(seconds('20 MIN')).toBe(1200);
	});

	it('explains what it cannot read instead of guessing', () => {
		for (const bad of [
			'',
			'  ',
			'abc',
			'1:5',
			'1:60',
			'1:00:60',
			'1:75:00',
			'-5',
			'5 parsecs',
			'1 min 2 min',
			'1:2:3:4',
			'20 min please'
		]) {
			const parsed = parseDuration(bad);
			expect(parsed.ok, bad).toBe(false);
			if (!parsed.ok) expect(['empty', 'over-59', 'unreadable']).toContain(parsed.problem.code);
		}
		const empty = parseDuration('');
		expect(empty).toEqual({ ok: false, problem: { code: 'empty' } });
	});

	it('rounds to whole seconds', () => {
		expect(seconds('0.333')).toBe(20);
	});
});

describe('formatDurationInput', () => {
	it('writes the form the field reads back', () => {
		for (const s of [10, 59, 90, 600, 1200, 3599, 3600, 3907, 7200]) {
			const text = formatDurationInput(s);
			expect(seconds(text)).toBe(s);
		}
		expect(formatDurationInput(1200)).toBe('20:00');
		expect(formatDurationInput(3907)).toBe('1:05:07');
	});
});

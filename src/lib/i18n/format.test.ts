import { describe, expect, it } from 'vitest';
import { formatList, formatNumber, plural } from './format';

const days = {
	en: { one: '# day', other: '# days' },
	es: { one: '# día', other: '# días' },
	de: { one: '# Tag', other: '# Tage' }
} as const;

describe('counts, numbers and lists in each language', () => {
	it('chooses the form of a count by the language’s rules', () => {
		expect(plural('en', 1, days.en)).toBe('1 day');
		expect(plural('en', 0, days.en)).toBe('0 days');
		expect(plural('es', 1, days.es)).toBe('1 día');
		expect(plural('es', 3, days.es)).toBe('3 días');
		expect(plural('de', 1, days.de)).toBe('1 Tag');
		expect(plural('de', 2, days.de)).toBe('2 Tage');
		expect(plural('de', 1.5, days.de)).toBe('1,5 Tage');
		expect(plural('es', 1, { other: '# veces' })).toBe('1 veces');
	});

	it('writes numbers as the language does', () => {
		expect(formatNumber('en', 1234.5)).toBe('1,234.5');
		expect(formatNumber('de', 1234.5)).toBe('1.234,5');
		expect(formatNumber('es', 12345.5)).toBe('12.345,5');
	});

	it('joins lists with the language’s “and”', () => {
		expect(formatList('en', ['a', 'b', 'c'])).toBe('a, b, and c');
		expect(formatList('es', ['a', 'b', 'c'])).toBe('a, b y c');
		expect(formatList('de', ['a', 'b', 'c'])).toBe('a, b und c');
		expect(formatList('de', ['a'])).toBe('a');
	});
});

describe('lengths, spans and dates in each language', () => {
	it('writes a length on a button as each language abbreviates it', async () => {
		const { formatDuration, formatLength } = await import('./format');
		expect(formatDuration('en', 45_000)).toBe('45 s');
		expect(formatDuration('en', 20 * 60_000)).toBe('20 min');
		expect(formatDuration('es', 65 * 60_000)).toBe('1 h 5 min');
		expect(formatDuration('de', 65 * 60_000)).toBe('1 Std. 5 Min.');
		expect(formatDuration('de', 120 * 60_000)).toBe('2 Std.');
		expect(formatDuration('de', 90_000)).toBe('1:30');
		expect(formatLength('de', 1_196_000)).toBe('19 Min. 56 Sek.');
		expect(formatLength('es', 0)).toBe('0 s');
	});

	it('says a span in words, for reading and speaking', async () => {
		const { formatSpan } = await import('./format');
		expect(formatSpan('en', 40_000)).toBe('40 seconds');
		expect(formatSpan('en', 60_000)).toBe('1 minute');
		expect(formatSpan('es', 3 * 60_000)).toBe('3 minutos');
		expect(formatSpan('de', 65 * 60_000)).toBe('1 Stunde und 5 Minuten');
		expect(formatSpan('es', 120 * 60_000)).toBe('2 horas');
		expect(formatSpan('en', 65 * 60_000)).toBe('1 hour and 5 minutes');
	});
});

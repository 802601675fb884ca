import { describe, expect, it } from 'vitest';
import { copyTitle, countOf, listJoin, sizeLabel, slug, utf8Length } from './words';

describe('word helpers', () => {
	it('counts with the right noun', () => {
		expect(countOf('sessions', 1)).toBe('1 session');
		expect(countOf('journal', 3)).toBe('3 check-ins');
		expect(countOf('programs', 0)).toBe('0 own timers');
	});

	it('joins lists as a person writes them', () => {
		expect(listJoin([])).toBe('');
		expect(listJoin(['a'])).toBe('a');
		expect(listJoin(['a', 'b'])).toBe('a and b');
		expect(listJoin(['a', 'b', 'c'])).toBe('a, b and c');
	});

	it('counts UTF-8 bytes', () => {
		expect(utf8Length('abc')).toBe(3);
		expect(utf8Length('é—')).toBe(5);
		expect(utf8Length('🧊')).toBe(4);
	});

	it('labels sizes', () => {
		expect(sizeLabel(10)).toBe('1 KB');
		expect(sizeLabel(20 * 1024)).toBe('20 KB');
		expect(sizeLabel(1.5 * 1024 * 1024)).toBe('1.5 MB');
	});

	it('makes file-name slugs', () => {
		expect(slug('Ice 20 / 20', 'timer')).toBe('ice-20-20');
		expect(slug('Étirement du soir', 'routine')).toBe('etirement-du-soir');
		expect(slug('★★★', 'routine')).toBe('routine');
		expect(slug(`${'a'.repeat(39)} b`, 'x')).toBe('a'.repeat(39));
	});

	it('numbers copies within the length limit', () => {
		expect(copyTitle('Ice', 60)).toBe('Ice (copy)');
		expect(copyTitle('Ice (copy)', 60)).toBe('Ice (copy 2)');
		expect(copyTitle('Ice (copy 9)', 60)).toBe('Ice (copy 10)');
		expect(copyTitle('x'.repeat(100), 60)).toHaveLength(60);
	});
});

import { describe, expect, it } from 'vitest';
import { copyTitle, slug, utf8Length } from './words';

describe('word helpers', () => {
	it('counts UTF-8 bytes', () => {
		expect(utf8Length('abc')).toBe(3);
		expect(utf8Length('é—')).toBe(5);
		expect(utf8Length('🧊')).toBe(4);
	});

	it('makes file-name slugs', () => {
		expect(slug('Ice 20 / 20', 'timer')).toBe('ice-20-20');
		expect(slug('Étirement du soir', 'routine')).toBe('etirement-du-soir');
		expect(slug('★★★', 'routine')).toBe('routine');
		expect(slug(`${'a'.repeat(39)} b`, 'x')).toBe('a'.repeat(39));
	});

	it('numbers copies within the length limit', () => {
		expect(copyTitle('Ice', 60, 'copy')).toBe('Ice (copy)');
		expect(copyTitle('Ice (copy)', 60, 'copy')).toBe('Ice (copy 2)');
		expect(copyTitle('Ice (copy 9)', 60, 'copy')).toBe('Ice (copy 10)');
		expect(copyTitle('x'.repeat(100), 60, 'copy')).toHaveLength(60);
	});

	it('marks a copy with the page’s word, and counts only copies marked with it', () => {
		expect(copyTitle('Hielo (copia)', 60, 'copia')).toBe('Hielo (copia 2)');
		expect(copyTitle('Kühlen (Kopie 2)', 60, 'Kopie')).toBe('Kühlen (Kopie 3)');
		expect(copyTitle('Ice (copy)', 60, 'Kopie')).toBe('Ice (copy) (Kopie)');
		expect(copyTitle('a (c.p)', 60, 'c.p')).toBe('a (c.p 2)');
		expect(copyTitle('a (cxp)', 60, 'c.p')).toBe('a (cxp) (c.p)');
	});
});

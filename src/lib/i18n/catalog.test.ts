import { describe, expect, it, vi } from 'vitest';
import { catalog } from './catalog';

describe('a catalog of messages', () => {
	it('loads a language once and gives it synchronously after', async () => {
		const es = vi.fn(async () => ({ default: { hello: 'Hola' } }));
		const words = catalog('test', {
			en: async () => ({ default: { hello: 'Hello' } }),
			es,
			de: async () => ({ default: { hello: 'Hallo' } })
		});
		expect(() => words.get('es')).toThrow(/test messages in es were read before they were loaded/);
		expect(await words.load('es')).toEqual({ hello: 'Hola' });
		expect(await words.load('es')).toEqual({ hello: 'Hola' });
		expect(es).toHaveBeenCalledTimes(1);
		expect(words.get('es').hello).toBe('Hola');
		expect(() => words.get('de')).toThrow();
	});
});

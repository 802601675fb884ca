// The language Limber is used in: the one chosen in Settings, else the page's; a choice that the
// browser refuses to keep says so.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chosenLang, offlineLang, rememberLang } from './language';

let stored: Map<string, string>;
beforeEach(() => {
	stored = new Map();
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => stored.get(key) ?? null,
		setItem: (key: string, value: string) => void stored.set(key, value)
	});
	vi.stubGlobal('location', new URL('https://limber.test/de/history'));
});
afterEach(() => vi.unstubAllGlobals());

describe('the language Limber is used in', () => {
	it('is the page’s until one is chosen, then the chosen one', () => {
		expect(chosenLang()).toBeUndefined();
		expect(offlineLang()).toBe('de');
		expect(rememberLang('es')).toBe(true);
		expect(stored.get('limber.lang')).toBe('es');
		expect(chosenLang()).toBe('es');
		expect(offlineLang()).toBe('es');
	});

	it('ignores what is not a language, and says when the browser keeps nothing', () => {
		stored.set('limber.lang', 'fr');
		expect(chosenLang()).toBeUndefined();
		vi.stubGlobal('localStorage', {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			}
		});
		expect(chosenLang()).toBeUndefined();
		expect(offlineLang()).toBe('de');
		expect(rememberLang('en')).toBe(false);
	});
});

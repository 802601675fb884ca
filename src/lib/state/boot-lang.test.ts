// static/boot.js sends a page to the person's language before it paints: the browser's
// preferred language for a page in English, a language chosen in Settings from any page, and
// only where the page names a version in that language (its hreflang alternates).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

interface Page {
	lang: string;
	alternates: Record<string, string>;
	languages: string[];
	chosen?: string;
	/** The address's path and query, where a test needs them. */
	path?: string;
	search?: string;
}

/** What boot.js stored and where the address was left by `history.replaceState`. */
let after: { stored: string | undefined; address: string | undefined };

function boot({
	lang,
	alternates,
	languages,
	chosen,
	path = '/red-flags',
	search = '?x=1'
}: Page): string | undefined {
	const replace = vi.fn();
	const storage = new Map(chosen ? [['limber.lang', chosen]] : []);
	after = { stored: undefined, address: undefined };
	const history = {
		state: null,
		replaceState: (_state: unknown, _title: string, address: string) => (after.address = address)
	};
	const document = {
		documentElement: { lang, dataset: {} },
		querySelector: (selector: string) => {
			const wanted = /hreflang="(\w+)"/.exec(selector)?.[1] ?? '';
			const href = alternates[wanted];
			return href ? { getAttribute: () => href } : null;
		}
	};
	const script = readFileSync('static/boot.js', 'utf8');
	new Function('localStorage', 'document', 'navigator', 'location', 'history', script)(
		{
			getItem: (key: string) => storage.get(key) ?? null,
			setItem: (key: string, value: string) => {
				storage.set(key, value);
				after.stored = value;
			}
		},
		document,
		{ languages },
		{ replace, pathname: path, search, hash: '#r=abc' },
		history
	);
	return replace.mock.calls[0]?.[0] as string | undefined;
}

const ALL = { en: '/red-flags', es: '/es/red-flags', de: '/de/red-flags' };

describe('the language before the first paint', () => {
	it('takes an English page to the browser’s language where the page is written in it', () => {
		expect(boot({ lang: 'en', alternates: ALL, languages: ['es-MX', 'en'] })).toBe(
			'/es/red-flags?x=1#r=abc'
		);
		expect(boot({ lang: 'en', alternates: ALL, languages: ['fr', 'de-AT'] })).toBe(
			'/de/red-flags?x=1#r=abc'
		);
	});

	it('stays where the page has no version in that language, or English comes first', () => {
		expect(boot({ lang: 'en', alternates: {}, languages: ['es'] })).toBeUndefined();
		expect(boot({ lang: 'en', alternates: ALL, languages: ['en-GB', 'es'] })).toBeUndefined();
		expect(boot({ lang: 'en', alternates: ALL, languages: ['fr'] })).toBeUndefined();
	});

	it('follows a language chosen in Settings, from any page', () => {
		expect(boot({ lang: 'en', alternates: ALL, languages: ['es'], chosen: 'en' })).toBeUndefined();
		expect(boot({ lang: 'es', alternates: ALL, languages: ['es'], chosen: 'de' })).toBe(
			'/de/red-flags?x=1#r=abc'
		);
	});

	it('leaves a page opened in Spanish or German in it when nothing was chosen', () => {
		expect(boot({ lang: 'es', alternates: ALL, languages: ['en-US'] })).toBeUndefined();
		expect(boot({ lang: 'de', alternates: ALL, languages: ['es'] })).toBeUndefined();
	});

	it('keeps a language chosen in Settings on arrival ("?chosen"), even over an earlier choice', () => {
		expect(
			boot({
				lang: 'de',
				alternates: ALL,
				languages: ['en'],
				chosen: 'en',
				path: '/de/settings',
				search: '?chosen'
			})
		).toBeUndefined();
		expect(after).toEqual({ stored: 'de', address: '/de/settings#r=abc' });
		boot({
			lang: 'en',
			alternates: ALL,
			languages: ['es'],
			path: '/settings',
			search: '?a=1&chosen'
		});
		expect(after).toEqual({ stored: 'en', address: '/settings?a=1#r=abc' });
	});
});

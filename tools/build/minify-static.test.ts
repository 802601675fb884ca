// The served boot.js is the minified static/boot.js: smaller, and the same in what it does.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { minifyScript } from './minify-static.js';

const source = readFileSync('static/boot.js', 'utf8');
const built = await minifyScript('boot.js', source);

/** What the script does to a page: its <html> dataset and where it sends the page, if anywhere. */
function run(script: string, stored: Record<string, string>, lang: string, languages: string[]) {
	const dataset: Record<string, string> = {};
	let sentTo: string | undefined;
	const document = {
		documentElement: { lang, dataset },
		querySelector: (selector: string) => {
			const wanted = /hreflang="(\w+)"/.exec(selector)?.[1];
			return wanted ? { getAttribute: () => `/${wanted}/red-flags` } : null;
		}
	};
	new Function('localStorage', 'document', 'navigator', 'location', script)(
		{ getItem: (key: string) => stored[key] ?? null },
		document,
		{ languages },
		{ replace: (to: string) => (sentTo = to), search: '', hash: '' }
	);
	return { dataset, sentTo };
}

describe('static scripts as built', () => {
	it('are smaller than as written', () => {
		expect(gzipSync(built).length).toBeLessThan(gzipSync(source).length - 200);
		expect(built).not.toContain('//');
	});

	it('do what the source does', () => {
		const cases: [Record<string, string>, string, string[]][] = [
			[{}, 'en', ['es-MX']],
			[{ 'limber:display': '{"theme":"dark","flare":true}' }, 'en', ['en-GB', 'de']],
			[{ 'limber.lang': 'de', 'limber:display': '{"introSeen":true}' }, 'es', ['es']],
			[{ 'limber:display': 'not json' }, 'de', ['fr']]
		];
		for (const [stored, lang, languages] of cases) {
			expect(run(built, stored, lang, languages)).toEqual(run(source, stored, lang, languages));
		}
		expect(run(built, {}, 'en', ['es']).sentTo).toBe('/es/red-flags');
	});

	it('keep their names out of the page’s global scope', () => {
		expect(built.startsWith('(function')).toBe(true);
	});
});

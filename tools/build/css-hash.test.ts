// Short scoped-style class names: stable per component, distinct between components, and a
// clash stops the build rather than mixing two components' styles.
import { describe, expect, it } from 'vitest';
import { shortCssHash } from './css-hash.js';

/** Svelte's own hash (djb2, base 36), so the test sees names shaped like real ones. */
function hash(input: string): string {
	let h = 5381;
	for (let i = input.length - 1; i >= 0; i--) h = ((h << 5) - h) ^ input.charCodeAt(i);
	return (h >>> 0).toString(36);
}

const args = (filename: string) => ({ name: 'X', filename, css: '.a{}', hash });

describe('shortCssHash', () => {
	it('names a component the same way every time, with a short valid class name', () => {
		const cssHash = shortCssHash()!;
		const first = cssHash(args('src/lib/components/ui/AppNav.svelte'));
		expect(first).toMatch(/^s[0-9a-z]{1,5}$/);
		expect(cssHash(args('src/lib/components/ui/AppNav.svelte'))).toBe(first);
	});

	it('gives the app’s components distinct names', () => {
		const cssHash = shortCssHash()!;
		const files = Array.from({ length: 200 }, (_, i) => `src/lib/components/C${i}.svelte`);
		const names = new Set(files.map((f) => cssHash(args(f))));
		expect(names.size).toBe(files.length);
	});

	it('stops the build when two components would share a name', () => {
		const cssHash = shortCssHash()!;
		const clash = { name: 'X', css: '', hash: () => 'abcdefg' };
		cssHash({ ...clash, filename: 'A.svelte' });
		expect(() => cssHash({ ...clash, filename: 'B.svelte' })).toThrow(/same style class/);
	});
});

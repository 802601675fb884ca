// The look as one system: every style takes its type size and weight from the tokens in
// src/app.css (a scale from 16 px body up, 14 px small print, and two weights), so a screen
// cannot drift into a size or a weight of its own. Fluid sizes that fit text to the session's
// ring, the guide's title and the root scale of flare mode are the named exceptions, with the
// report's print sizes.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return name.endsWith('.svelte') || name.endsWith('.css') ? [path] : [];
	});
}

/** The CSS a file holds: a stylesheet whole, a component's `<style>` blocks. */
function styles(path: string): string {
	const text = readFileSync(path, 'utf8');
	if (path.endsWith('.css')) return text;
	return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

/** Every value of a property, with its file. */
function values(property: string): { file: string; value: string }[] {
	return files(src).flatMap((path) => {
		const css = styles(path);
		return [...css.matchAll(new RegExp(`(?<![\\w-])${property}:\\s*([^;]+);`, 'g'))].map((m) => ({
			file: path.slice(src.length + 1),
			value: m[1]!.trim()
		}));
	});
}

const TYPE = /^var\(--text-(sm|base|md|lg|xl|2xl)\)$/;
/**
 * Sized to fit a box rather than read: the ring's numbers, the guide's title, the root scale;
 * and paper's own unit, points, in the report's print styles.
 */
const FLUID =
	/^(clamp\(|max\(var\(--text-sm\), *\d+cqi\)$|\d+cqi$|calc\(100% \* var\(--scale\)\)$|\d+(\.\d+)?pt$)/;

describe('design tokens', () => {
	const css = readFileSync(join(src, 'app.css'), 'utf8');

	it('defines the type scale from 14 px small print and 16 px body up, two weights, spacing and corners', () => {
		const rem = (name: string) => Number(new RegExp(`--${name}: ([\\d.]+)rem;`).exec(css)?.[1]);
		const scale = ['sm', 'base', 'md', 'lg', 'xl', '2xl'].map((step) => rem(`text-${step}`));
		expect(scale[0]).toBe(0.875);
		expect(scale[1]).toBe(1);
		// Each step larger than the one before.
		scale.slice(1).forEach((size, i) => expect(size).toBeGreaterThan(scale[i]!));
		expect(css).toMatch(/--weight-regular: 400;/);
		expect(css).toMatch(/--weight-bold: 700;/);
		for (const step of [1, 2, 3, 4, 5, 6]) expect(css).toMatch(new RegExp(`--space-${step}: `));
		for (const corner of ['radius-sm', 'radius', 'radius-pill'])
			expect(css).toMatch(new RegExp(`--${corner}: `));
	});

	it('every type size comes from the scale, or fits text to a box', () => {
		const own = values('font-size').filter(
			({ value }) => !TYPE.test(value) && !FLUID.test(value) && value !== 'inherit'
		);
		expect(own).toEqual([]);
	});

	it('every weight is one of the two', () => {
		const own = values('font-weight').filter(
			({ value }) => !/^var\(--weight-(regular|bold)\)$/.test(value) && value !== 'inherit'
		);
		expect(own).toEqual([]);
	});

	it('only the primary action and the big starts are bold among buttons', () => {
		const button = /\.btn \{[^}]*font-weight: var\(--weight-(\w+)\)/.exec(css)?.[1];
		const primary = /\.btn\.primary \{[^}]*font-weight: var\(--weight-(\w+)\)/.exec(css)?.[1];
		expect(button).toBe('regular');
		expect(primary).toBe('bold');
	});

	it('dark mode dims the big action rather than glowing the brand colour', () => {
		const dark = /:root\[data-theme='dark'\] \{([\s\S]*?)\}/.exec(css)?.[1] ?? '';
		const action = /--action: (#[0-9a-f]{6});/.exec(dark)?.[1] ?? '#ffffff';
		const brand = /--brand: (#[0-9a-f]{6});/.exec(dark)?.[1] ?? '#000000';
		const light = (hex: string) =>
			[1, 3, 5].reduce((sum, i) => sum + parseInt(hex.slice(i, i + 2), 16), 0) / 3;
		expect(light(action)).toBeLessThan(light(brand) / 2);
	});
});

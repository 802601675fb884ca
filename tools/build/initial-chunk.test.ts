// The first-visit chunk's modules, on a small import graph shaped like SvelteKit's, and the
// manifest SvelteKit reads its preload links from.
import { describe, expect, it } from 'vitest';
import { initialModules, withoutDynamicImports } from './initial-chunk';

const gen = '/app/.svelte-kit/generated/client-optimized';
const graph = new Map<string, string[]>([
	[`${gen}/app.js`, ['/app/.svelte-kit/generated/root.svelte', '/nm/svelte/index.js']],
	['/app/.svelte-kit/generated/root.svelte', ['/nm/svelte/index.js']],
	['/nm/svelte/index.js', []],
	[`${gen}/nodes/0.js`, ['/app/src/routes/+layout.svelte']],
	['/app/src/routes/+layout.svelte', ['/app/src/lib/Nav.svelte', '/nm/svelte/index.js']],
	['/app/src/lib/Nav.svelte', []],
	[`${gen}/nodes/1.js`, ['/nm/kit/error.svelte']],
	['/nm/kit/error.svelte', []],
	[`${gen}/nodes/2.js`, ['/app/src/routes/+page.svelte']],
	['/app/src/routes/+page.svelte', ['/app/src/lib/CheckIn.svelte', '/app/src/lib/days.ts']],
	['/app/src/lib/CheckIn.svelte', ['/app/src/lib/PainScale.svelte']],
	['/app/src/lib/PainScale.svelte', []],
	['/app/src/lib/days.ts', []],
	[`${gen}/nodes/3.js`, ['/app/src/routes/history/+page.svelte']],
	['/app/src/routes/history/+page.svelte', ['/app/src/lib/days.ts', '/app/src/lib/Chart.svelte']],
	['/app/src/lib/Chart.svelte', []],
	['/app/src/lib/player.ts', ['/app/src/lib/PainScale.svelte', '/app/src/lib/engine.ts']],
	['/app/src/lib/engine.ts', []]
]);

describe('initialModules', () => {
	const initial = initialModules(graph, ['/app/src/lib/player.ts']);

	it('holds the shell: SvelteKit root, runtime, root layout, error page', () => {
		for (const id of [
			'/app/.svelte-kit/generated/root.svelte',
			'/nm/svelte/index.js',
			'/app/src/routes/+layout.svelte',
			'/app/src/lib/Nav.svelte',
			'/nm/kit/error.svelte'
		]) {
			expect(initial).toContain(id);
		}
	});

	it("holds what Today shares with another page or with code loaded later", () => {
		expect(initial).toContain('/app/src/lib/days.ts');
		expect(initial).toContain('/app/src/lib/PainScale.svelte');
	});

	it("leaves Today's own components in Today's node and other pages' code out", () => {
		expect(initial).not.toContain('/app/src/routes/+page.svelte');
		expect(initial).not.toContain('/app/src/lib/CheckIn.svelte');
		expect(initial).not.toContain('/app/src/lib/Chart.svelte');
		expect(initial).not.toContain('/app/src/lib/engine.ts');
		expect(initial).not.toContain('/app/src/lib/player.ts');
	});

	it('leaves the generated entry and node modules where SvelteKit expects them', () => {
		expect([...initial].some((id) => id.startsWith(gen))).toBe(false);
	});
});

describe('withoutDynamicImports', () => {
	it('keeps every static import and CSS file and drops only the import() edges', () => {
		const manifest = {
			'nodes/5.js': {
				file: 'nodes/5.abc.js',
				imports: ['_initial.js', '_storage.js'],
				dynamicImports: ['_player.js'],
				css: ['assets/5.css']
			},
			'_storage.js': { file: 'chunks/storage.js', imports: ['_initial.js'] }
		};
		expect(withoutDynamicImports(manifest)).toEqual({
			'nodes/5.js': {
				file: 'nodes/5.abc.js',
				imports: ['_initial.js', '_storage.js'],
				css: ['assets/5.css']
			},
			'_storage.js': { file: 'chunks/storage.js', imports: ['_initial.js'] }
		});
	});
});

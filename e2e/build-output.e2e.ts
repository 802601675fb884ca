// The production build's shape, read from `build/` after `npm run build` (no browser needed):
// the first-visit chunk that tools/build/initial-chunk.ts asks the bundler for really exists and
// holds what Today needs, so an upgrade of SvelteKit, Vite or rolldown that quietly undid the
// split (and the 45 KB first-visit budget with it) fails here rather than in a slow bench.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { budgets } from '../bench/budgets.js';

interface ManifestChunk {
	file: string;
	name?: string;
	isEntry?: boolean;
	imports?: string[];
}

const manifest = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
) as Record<string, ManifestChunk>;
const chunks = Object.values(manifest);
const initial = chunks.filter((c) => c.name === 'initial');
const initialKey = Object.keys(manifest).find((key) => manifest[key]?.name === 'initial');

/** The scripts a prerendered page loads up front: its modulepreload links. */
function preloads(page: string): string[] {
	const html = readFileSync(`build/${page}`, 'utf8');
	return [...html.matchAll(/<link href="\/([^"]+\.js)" rel="modulepreload"/g)].map((m) => m[1]!);
}

const gzipped = (file: string) => gzipSync(readFileSync(`build/${file}`), { level: 9 }).length;

test('the build has exactly one first-visit chunk, and every page node imports it', () => {
	expect(initial).toHaveLength(1);
	const nodes = chunks.filter((c) => c.isEntry && /\/nodes\/\d+\./.test(c.file));
	expect(nodes.length).toBeGreaterThan(10);
	for (const node of nodes) expect(node.imports ?? [], node.file).toContain(initialKey);
});

test('Today loads the shell and its own code in a few files, within the first-visit budget', () => {
	const files = preloads('index.html');
	expect(files).toContain(initial[0]!.file);
	// SvelteKit's two entries, the root layout, Today's node, the first-visit chunk and at most
	// one small bundler helper: not the ~25 files the bundler makes when left to itself.
	expect(files.length).toBeLessThanOrEqual(6);
	const total = files.reduce((sum, file) => sum + gzipped(file), 0);
	expect(total).toBeLessThanOrEqual(budgets.firstVisitJsGzip);
});

test('the first-visit chunk holds the Svelte runtime and the first-use storage check', () => {
	const code = readFileSync(`build/${initial[0]!.file}`, 'utf8');
	// Svelte's runtime (its production errors link to their explanations).
	expect(code).toContain('svelte.dev/e/');
	// storage/first-use.ts: answers Today's reads without loading idb while nothing is saved.
	expect(code).toContain('indexedDB.databases()');
	// idb itself (its wrapper of IDBRequest) stays out until the first save.
	expect(code).not.toContain('IDBRequest');
});

test('other pages share the same first-visit chunk rather than a copy of it', () => {
	for (const page of ['routines.html', 'timers.html', 'history.html', 'settings.html']) {
		expect(preloads(page), page).toContain(initial[0]!.file);
	}
});

test('the service worker precaches no precompressed copies', () => {
	const worker = readFileSync('build/service-worker.js', 'utf8');
	expect(worker).toContain('/_app/immutable/');
	expect(worker).not.toMatch(/\.(br|gz)["']/);
});

test('no two chunks import each other, directly or through others', () => {
	// A cycle of chunks runs their modules in an order that depends on which page loads first, so
	// a module can read an import that has not run yet (it broke Settings once).
	const visiting = new Set<string>();
	const done = new Set<string>();
	const cycle = (key: string, path: string[]): string[] | null => {
		if (done.has(key)) return null;
		if (visiting.has(key)) return [...path, key];
		visiting.add(key);
		for (const next of manifest[key]?.imports ?? []) {
			const found = cycle(next, [...path, key]);
			if (found) return found;
		}
		visiting.delete(key);
		done.add(key);
		return null;
	};
	for (const key of Object.keys(manifest)) expect(cycle(key, [])).toBeNull();
});

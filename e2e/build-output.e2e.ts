// The production build's shape, read from `build/` after `npm run build` (no browser needed), from
// the built files themselves (never from the bundler's or SvelteKit's manifests): the first-visit
// chunk that tools/build/initial-chunk.ts asks the bundler for really exists and holds what Today
// needs, and every page lists every script it runs, so an upgrade of SvelteKit, Vite or rolldown
// that quietly undid the split (and the first-visit budget with it) fails here rather than in a
// slow bench.
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgets } from '../bench/budgets.js';
import { prerenderedPages } from './helpers';

function* filesUnder(dir: string, ext: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* filesUnder(path, ext);
		else if (name.endsWith(ext)) yield path;
	}
}

/** Every built script by its path on the site ("/_app/immutable/…"), with its static imports. */
const STATIC_IMPORT =
	/(?:^|[;}\n])\s*(?:(?:import|export)\s*[{*\w$][^;"'()]*?from\s*|import\s*)"([^"]+\.js)"/g;
const scripts = new Map<string, string[]>();
for (const path of filesUnder('build/_app', '.js')) {
	const site = `/${posix.relative('build', path.split('\\').join('/'))}`;
	const code = readFileSync(path, 'utf8');
	const imports = [...code.matchAll(STATIC_IMPORT)].map((m) =>
		posix.normalize(posix.join(posix.dirname(site), m[1]!))
	);
	scripts.set(site, imports);
}

const pages = [...filesUnder('build', '.html')].map((path) => posix.relative('build', path));

/** The scripts a prerendered page loads up front: its modulepreload links. */
function preloads(page: string): string[] {
	const html = readFileSync(`build/${page}`, 'utf8');
	return [...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload">/g)].map((m) => m[1]!);
}

/** The scripts a page's start-up script imports. */
function started(page: string): string[] {
	const html = readFileSync(`build/${page}`, 'utf8');
	return [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]!);
}

/** Every script `roots` import statically, directly or through others. */
function closure(roots: Iterable<string>): Set<string> {
	const seen = new Set<string>();
	const stack = [...roots];
	while (stack.length > 0) {
		const file = stack.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		stack.push(...(scripts.get(file) ?? []));
	}
	return seen;
}

const gzipped = (file: string) => gzipSync(readFileSync(`build${file}`), { level: 9 }).length;

/** The first-visit chunk: the one script holding Svelte's runtime (its errors link to svelte.dev). */
const initial = [...scripts.keys()].filter((file) =>
	readFileSync(`build${file}`, 'utf8').includes('svelte.dev/e/')
);

test('every page lists every script it runs up front, and only scripts that exist', () => {
	expect(pages.length).toBeGreaterThan(80);
	for (const page of pages) {
		const listed = preloads(page);
		expect(listed.length, page).toBeGreaterThan(0);
		for (const file of [...listed, ...started(page)]) {
			expect(scripts.has(file), `${page} lists ${file}`).toBe(true);
		}
		const needed = closure([...listed, ...started(page)]);
		const unlisted = [...needed].filter((file) => !listed.includes(file));
		expect(unlisted, `${page} runs scripts it does not list`).toEqual([]);
		expect(new Set(listed).size, `${page} lists a script twice`).toBe(listed.length);
	}
});

test('the build has exactly one first-visit chunk, and every page loads it', () => {
	expect(initial).toHaveLength(1);
	for (const page of pages) expect(preloads(page), page).toContain(initial[0]);
});

test('Today loads the shell and its own code in a few files, within the first-visit budget', () => {
	for (const page of ['index.html', 'es.html', 'de.html'].filter((p) => pages.includes(p))) {
		const files = preloads(page);
		// SvelteKit's two entries, the root layout, Today's node, the first-visit chunk and at most
		// one small bundler helper: not the ~25 files the bundler makes when left to itself.
		expect(files.length, page).toBeLessThanOrEqual(6);
		const total = files.reduce((sum, file) => sum + gzipped(file), 0);
		expect(total, page).toBeLessThanOrEqual(budgets.firstVisitJsGzip);
	}
});

test('the first-visit chunk holds the Svelte runtime and the first-use storage check', () => {
	const code = readFileSync(`build${initial[0]}`, 'utf8');
	// storage/first-use.ts: answers Today's reads without loading idb while nothing is saved.
	expect(code).toContain('indexedDB.databases()');
	// idb itself (its wrapper of IDBRequest) stays out until the first save.
	expect(code).not.toContain('IDBRequest');
});

test('each language’s words are files of their own, named for it', () => {
	const catalogs = [...scripts.keys()].filter((file) => /\/lang\.(en|es|de)\.[a-z-]+\./.test(file));
	for (const lang of ['en', 'es', 'de']) {
		expect(catalogs.filter((file) => file.includes(`/lang.${lang}.shell.`))).toHaveLength(1);
	}
	// A catalog holds one language's words and imports nothing but shared code.
	for (const file of catalogs) {
		for (const imported of scripts.get(file) ?? []) {
			expect(imported, file).not.toMatch(/\/lang\./);
		}
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
	const cycle = (file: string, path: string[]): string[] | null => {
		if (done.has(file)) return null;
		if (visiting.has(file)) return [...path, file];
		visiting.add(file);
		for (const next of scripts.get(file) ?? []) {
			const found = cycle(next, [...path, file]);
			if (found) return found;
		}
		visiting.delete(file);
		done.add(file);
		return null;
	};
	for (const file of scripts.keys()) expect(cycle(file, [])).toBeNull();
});

test('every prerendered page says its language in <html lang>', () => {
	const pages = prerenderedPages();
	expect(pages.filter((p) => p.startsWith('/es/') || p === '/es').length).toBeGreaterThan(50);
	for (const path of pages) {
		const file = path === '/' ? 'build/index.html' : `build${path}.html`;
		const html = readFileSync(file, 'utf8');
		const lang = /^\/(es|de)(?:\/|$)/.exec(path)?.[1] ?? 'en';
		expect(/<html lang="([a-z]+)">/.exec(html)?.[1], path).toBe(lang);
	}
	// The shell the worker draws reading pages with starts in English and takes the page's.
	expect(readFileSync('build/shell.html', 'utf8')).toContain('<html lang="en">');
});

test('every prerendered page links the style sheets of the scripts it lists, so it draws without shifting', () => {
	const styles = JSON.parse(readFileSync('.svelte-kit/limber/styles.json', 'utf8')) as Record<
		string,
		string[]
	>;
	for (const path of prerenderedPages()) {
		const html = readFileSync(path === '/' ? 'build/index.html' : `build${path}.html`, 'utf8');
		const sheets = new Set(
			[...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet">/g)].map((m) => m[1])
		);
		for (const [, script] of html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload">/g)) {
			for (const sheet of styles[script!] ?? [])
				expect(sheets.has(sheet), `${path}: ${sheet}`).toBe(true);
		}
	}
	// The routine page's steps are styled from its first paint.
	const routine = readFileSync('build/routines/spasm-relief.html', 'utf8');
	expect(routine.match(/rel="stylesheet"/g)?.length).toBeGreaterThan(5);
});

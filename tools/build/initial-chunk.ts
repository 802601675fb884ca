// Vite plugins that shape the client build's chunks (see docs/architecture.md, "The first
// visit's download").
//
// Left to itself, the bundler splits shared code by "which pages import it", which for Limber
// meant ~25 files on a first visit: the Svelte runtime, SvelteKit's client, and many small
// chunks of app code (2–600 bytes each). Every file costs a request and compresses on its own,
// and every prerendered page lists each one in a `modulepreload` link. So:
// - `initial`: one chunk for what the shell (root layout, error page, SvelteKit's entry) and
//   Today need, and what Today shares with other code; it compresses about 10 % better. Today's
//   own components stay in Today's node, so a visit to, say, /timers does not download them.
// - `shared`: the rest of the code more than one page uses, split by which pages use it, with
//   pieces under 20 KB merged into a neighbour.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest, Plugin } from 'vite';

/** Each module's static imports. */
type Graph = Map<string, readonly string[]>;

/** Every module reachable from `roots` by static imports. */
function reach(graph: Graph, roots: Iterable<string>): Set<string> {
	const seen = new Set<string>();
	const stack = [...roots];
	while (stack.length > 0) {
		const id = stack.pop() as string;
		if (seen.has(id)) continue;
		seen.add(id);
		stack.push(...(graph.get(id) ?? []));
	}
	return seen;
}

const GENERATED = /[\\/]\.svelte-kit[\\/]generated[\\/]client-optimized[\\/]/;
const NODE = /[\\/]client-optimized[\\/]nodes[\\/](\d+)\.js$/;
const TODAY_PAGE = /[\\/]src[\\/]routes[\\/]\+page(\.server)?\.(svelte|ts|js)$/;
const SHELL_ROOT = /[\\/]client-optimized[\\/]app\.js$|[\\/]runtime[\\/]client[\\/]entry\.js$/;
/** Helpers the bundler adds itself; every page needs them. */
const BUNDLER_HELPERS = /preload-helper|rolldown[\\/]runtime/;

/**
 * Which modules belong in the first-visit chunk, given the client's static import graph and
 * the modules loaded by `import()`.
 */
export function initialModules(graph: Graph, lazy: Iterable<string>): Set<string> {
	const ids = [...graph.keys()];
	const node = (id: string) => NODE.exec(id)?.[1];
	// The root layout (0) and error page (1) load with every page.
	const shellRoots = ids.filter((id) => SHELL_ROOT.test(id) || node(id) === '0' || node(id) === '1');
	const today = ids.filter(
		(id) => node(id) !== undefined && (graph.get(id) ?? []).some((dep) => TODAY_PAGE.test(dep))
	);
	// Other pages, and code loaded later by `import()` (the player, a deferred component).
	const others = [
		...ids.filter((id) => node(id) !== undefined),
		...[...lazy].filter((id) => node(id) === undefined)
	].filter((id) => !shellRoots.includes(id) && !today.includes(id));
	const shell = reach(graph, shellRoots);
	const usedElsewhere = reach(graph, others);
	const initial = new Set(shell);
	for (const id of reach(graph, today)) if (usedElsewhere.has(id)) initial.add(id);
	// The generated entry and node modules stay the files SvelteKit asks for.
	for (const id of initial) if (GENERATED.test(id)) initial.delete(id);
	return initial;
}

export function initialChunk(): Plugin {
	const graph: Graph = new Map();
	const lazy = new Set<string>();
	let initial: Set<string> | undefined;

	return {
		name: 'limber:initial-chunk',
		apply: 'build',
		config(config) {
			if (config.build?.ssr) return;
			return {
				build: {
					rolldownOptions: {
						output: {
							// A shared chunk is named after every page that uses it
							// ("shared~nodes/9~nodes/16~…"); its CSS file keeps that name, which is
							// long and full of slashes. The content hash already tells them apart.
							sanitizeFileName: (name: string) =>
								name.startsWith('shared~') ? 'shared' : name.replace(/[\0?*]/g, '_'),
							codeSplitting: {
								groups: [
									{
										name: 'initial',
										test: (id: string) => {
											if (BUNDLER_HELPERS.test(id)) return true;
											initial ??= initialModules(graph, lazy);
											return initial.has(id);
										}
									},
									{
										name: 'shared',
										test: (id: string) => {
											initial ??= initialModules(graph, lazy);
											return !initial.has(id) && !GENERATED.test(id);
										},
										minShareCount: 2,
										entriesAware: true,
										entriesAwareMergeThreshold: 20_000
									}
								]
							}
						}
					}
				}
			};
		},
		buildStart() {
			graph.clear();
			lazy.clear();
			initial = undefined;
		},
		moduleParsed(info) {
			graph.set(info.id, info.importedIds);
			for (const id of info.dynamicallyImportedIds) lazy.add(id);
		}
	};
}

/**
 * The client manifest without its `import()` edges, so every prerendered page lists all the
 * scripts it needs in `modulepreload` links.
 *
 * SvelteKit works out a page's links by walking the manifest from the page's node, static
 * imports first, then `import()` targets (to find their CSS), with one "seen" set for both: a
 * chunk first reached through an `import()` (say, storage, which Today loads on first use) is
 * never added, even when the page imports it statically. The page then fetches it only after
 * the code that imports it, one round trip later. Without those edges SvelteKit lists the whole
 * static graph. Nothing Limber loads by `import()` is rendered on the server, so no page needs
 * their CSS up front; the bundler's own preload helper brings it with the code.
 */
export function staticPreloads(): Plugin {
	return {
		name: 'limber:static-preloads',
		apply: 'build',
		writeBundle: {
			order: 'post',
			handler(options) {
				if (!options.dir) return;
				const file = join(options.dir, '.vite', 'manifest.json');
				if (!existsSync(file)) return;
				const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
				writeFileSync(file, JSON.stringify(withoutDynamicImports(manifest), null, 2));
			}
		}
	};
}

export function withoutDynamicImports(manifest: Manifest): Manifest {
	return Object.fromEntries(
		Object.entries(manifest).map(([key, chunk]) => {
			const { dynamicImports: _dropped, ...rest } = chunk;
			return [key, rest];
		})
	);
}

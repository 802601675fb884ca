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
// - `shared`: the rest of the code more than one page uses, split by which pages use it, and
//   merged where one file fewer is worth more than the bytes some pages then download without
//   using them, never so that two chunks import each other (`sharedChunks`).
import type { Plugin } from 'vite';

/** Code-point order, the same on every machine and locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

// Pages are told apart by Limber's own source files, never by the files SvelteKit generates: a
// page's entry is the build's entry that imports one of its route files.
const ROUTE_FILE = /[\\/]src[\\/]routes[\\/](?:.*[\\/])?\+(?:page|layout|error)\.(?:svelte|ts|js)$/;
const ROOT_LAYOUT = /[\\/]src[\\/]routes[\\/]\+layout\.(?:svelte|ts|js)$/;
/** Today, in every language (`[[lang=lang]]`). */
const TODAY_PAGE = /[\\/]src[\\/]routes[\\/](?:\[\[lang=lang\]\][\\/])?\+page\.(?:svelte|ts|js)$/;
/**
 * What one more file costs a page that loads it, in characters of source: a request, and a
 * `modulepreload` link in each of its prerendered pages (one node can be 30 of them). Set by
 * measurement: at this cost every page downloads less than with the bundler's own merging and
 * the precache is smallest (lower costs keep more files, and each adds its links to every page).
 */
const SHARED_FILE_COST = 45_000;
/** Helpers the bundler adds itself; every page needs them. */
const BUNDLER_HELPERS = /preload-helper|rolldown[\\/]runtime/;

/**
 * Which modules belong in the first-visit chunk, given the client's static import graph and
 * the modules loaded by `import()`.
 */
export function initialModules(
	graph: Graph,
	lazy: Iterable<string>,
	entries: ReadonlySet<string>
): Set<string> {
	const imports = (id: string, file: RegExp) => (graph.get(id) ?? []).some((dep) => file.test(dep));
	const pages = [...entries].filter((id) => imports(id, ROUTE_FILE));
	// The build's other entries (SvelteKit's start and app, the default error page) and the root
	// layout load with every page.
	const shellRoots = [
		...[...entries].filter((id) => !pages.includes(id)),
		...pages.filter((id) => imports(id, ROOT_LAYOUT))
	];
	const today = pages.filter((id) => imports(id, TODAY_PAGE));
	// Other pages, and code loaded later by `import()` (the player, a deferred component).
	const others = [...pages, ...[...lazy].filter((id) => !entries.has(id))].filter(
		(id) => !shellRoots.includes(id) && !today.includes(id)
	);
	const shell = reach(graph, shellRoots);
	const usedElsewhere = reach(graph, others);
	const initial = new Set(shell);
	for (const id of reach(graph, today)) if (usedElsewhere.has(id)) initial.add(id);
	// The build's entries stay the files SvelteKit asks for.
	for (const id of entries) initial.delete(id);
	return initial;
}

/** A planned shared chunk: its modules and their source size. */
interface Planned {
	/** The entries that use it before any merging, as one string: a stable name to order by. */
	key: string;
	modules: string[];
	size: number;
}

/**
 * Which shared chunk each module goes to: the modules outside the first-visit chunk that more
 * than one entry (a page, or code loaded by `import()`) uses, grouped by which entries use them.
 *
 * Groups are then merged, smallest first, while a merge pays: what every entry downloads, counted
 * as each file's bytes plus `fileCost` for the file itself, goes down. What an entry downloads
 * includes every chunk its chunks import, so a merge that makes a chunk import a big one is
 * charged for bringing it to every page that loads the first. A merge is skipped when a third
 * chunk sits between the two, as that would make chunks import each other: a cycle of chunks runs
 * its modules in an order that depends on which page loads first, and a module can then read an
 * import that has not run yet. (The bundler's own merging made such a cycle.)
 */
export function sharedChunks(
	graph: Graph,
	entries: Iterable<string>,
	initial: ReadonlySet<string>,
	fixed: ReadonlySet<string>,
	size: (id: string) => number,
	fileCost: number
): Map<string, string> {
	// The bundler parses modules in parallel, so the graph's order changes from build to build;
	// everything below goes by sorted ids, so the same code always gives the same chunks.
	const users = new Map<string, Set<string>>();
	for (const entry of [...entries].sort()) {
		for (const id of [...reach(graph, [entry])].sort()) {
			if (initial.has(id) || fixed.has(id)) continue;
			let set = users.get(id);
			if (!set) users.set(id, (set = new Set()));
			set.add(entry);
		}
	}
	const byUsers = new Map<string, Planned>();
	for (const [id, set] of [...users].sort(([a], [b]) => compare(a, b))) {
		if (set.size < 2) continue;
		const key = [...set].sort().join('|');
		let chunk = byUsers.get(key);
		if (!chunk) byUsers.set(key, (chunk = { key, modules: [], size: 0 }));
		chunk.modules.push(id);
		chunk.size += size(id);
	}
	const chunks = [...byUsers.values()].sort((a, b) => compare(a.key, b.key));
	const chunkOf = new Map<string, Planned>();
	for (const chunk of chunks) for (const id of chunk.modules) chunkOf.set(id, chunk);

	/** The chunks `from` imports. */
	const importsOf = (from: Planned) => {
		const out = new Set<Planned>();
		for (const id of from.modules) {
			for (const dep of graph.get(id) ?? []) {
				const to = chunkOf.get(dep);
				if (to && to !== from) out.add(to);
			}
		}
		return out;
	};
	/** Whether `to` can be reached from `from` through at least one other chunk. */
	const indirect = (from: Planned, to: Planned) => {
		const seen = new Set<Planned>();
		const stack = [...importsOf(from)].filter((c) => c !== to);
		while (stack.length > 0) {
			const chunk = stack.pop() as Planned;
			if (seen.has(chunk)) continue;
			seen.add(chunk);
			for (const next of importsOf(chunk)) {
				if (next === to) return true;
				stack.push(next);
			}
		}
		return false;
	};
	// What each entry uses, by chunk. An entry downloads those chunks and every chunk they
	// import, so merging can bring a page far more than the merged code: a chunk that now
	// holds one module importing a big chunk makes every page that loads it load that too.
	const uses = new Map<string, Set<string>>();
	for (const [id, set] of users) {
		if (!chunkOf.has(id)) continue;
		for (const entry of set) {
			let ids = uses.get(entry);
			if (!ids) uses.set(entry, (ids = new Set()));
			ids.add(id);
		}
	}
	/** Bytes all entries download in all, were `a` merged into `b` (or as things are). */
	const downloads = (edges: Map<Planned, Set<Planned>>, a?: Planned, b?: Planned) => {
		const as = (chunk: Planned) => (chunk === a ? (b as Planned) : chunk);
		let total = 0;
		for (const ids of uses.values()) {
			const seen = new Set<Planned>();
			const stack = [...ids].map((id) => as(chunkOf.get(id) as Planned));
			while (stack.length > 0) {
				const chunk = stack.pop() as Planned;
				if (seen.has(chunk)) continue;
				seen.add(chunk);
				total += fileCost + chunk.size + (chunk === b && a ? a.size : 0);
				for (const next of edges.get(chunk) ?? []) stack.push(as(next));
				if (chunk === b && a) for (const next of edges.get(a) ?? []) stack.push(as(next));
			}
		}
		return total;
	};

	const live = new Set(chunks);
	for (;;) {
		const bySize = [...live].sort((a, b) => a.size - b.size || compare(a.key, b.key));
		const edges = new Map([...live].map((chunk) => [chunk, importsOf(chunk)]));
		const now = downloads(edges);
		let merged = false;
		for (const chunk of bySize) {
			const best = [...live]
				.filter((other) => other !== chunk && !indirect(chunk, other) && !indirect(other, chunk))
				.map((other) => ({ other, extra: downloads(edges, chunk, other) - now }))
				.sort(
					(x, y) =>
						x.extra - y.extra || y.other.size - x.other.size || compare(x.other.key, y.other.key)
				)
				[0];
			if (!best || best.extra >= 0) continue;
			const into = best.other;
			into.modules.push(...chunk.modules);
			into.size += chunk.size;
			for (const id of chunk.modules) chunkOf.set(id, into);
			live.delete(chunk);
			merged = true;
			break;
		}
		if (!merged) break;
	}

	const names = new Map<string, string>();
	[...live].forEach((chunk, n) => {
		for (const id of chunk.modules) names.set(id, `shared~${n}`);
	});
	return names;
}

export function initialChunk(): Plugin {
	const graph: Graph = new Map();
	const lazy = new Set<string>();
	const entries = new Set<string>();
	const sizes = new Map<string, number>();
	let initial: Set<string> | undefined;
	let shared: Map<string, string> | undefined;
	const initialSet = () => (initial ??= initialModules(graph, lazy, entries));
	const sharedNames = () =>
		(shared ??= sharedChunks(
			graph,
			[...entries, ...lazy],
			initialSet(),
			entries,
			(id) => sizes.get(id) ?? 0,
			SHARED_FILE_COST
		));

	return {
		name: 'limber:initial-chunk',
		apply: 'build',
		config(config) {
			if (config.build?.ssr) return;
			return {
				build: {
					rolldownOptions: {
						output: {
							// Shared chunks are named "shared~<n>"; their CSS files keep the name.
							// The content hash already tells them apart.
							sanitizeFileName: (name: string) =>
								name.startsWith('shared~') ? 'shared' : name.replace(/[\0?*]/g, '_'),
							codeSplitting: {
								groups: [
									{
										name: 'initial',
										test: (id: string) => BUNDLER_HELPERS.test(id) || initialSet().has(id)
									},
									{
										name: (id: string) => sharedNames().get(id) ?? null,
										debugName: 'shared'
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
			entries.clear();
			sizes.clear();
			initial = undefined;
			shared = undefined;
		},
		moduleParsed(info) {
			graph.set(info.id, info.importedIds);
			if (info.isEntry) entries.add(info.id);
			sizes.set(info.id, info.code?.length ?? 0);
			for (const id of info.dynamicallyImportedIds) lazy.add(id);
		}
	};
}

// The first-visit chunk's modules, on a small import graph shaped like SvelteKit's, and the
// manifest SvelteKit reads its preload links from.
import { describe, expect, it } from 'vitest';
import { initialModules, sharedChunks } from './initial-chunk';

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
	const entries = new Set([
		`${gen}/app.js`,
		`${gen}/nodes/0.js`,
		`${gen}/nodes/1.js`,
		`${gen}/nodes/2.js`,
		`${gen}/nodes/3.js`
	]);
	const initial = initialModules(graph, ['/app/src/lib/player.ts'], entries);

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

	it('leaves the build’s entries where SvelteKit expects them', () => {
		expect([...initial].some((id) => entries.has(id))).toBe(false);
	});

	it('finds Today by its source file, in every language, whatever the generated files are called', () => {
		const moved = new Map(
			[...graph].map(([id, deps]) => [
				id.replace('/nodes/', '/pages/').replace('/routes/+page', '/routes/[[lang=lang]]/+page'),
				deps.map((dep) => dep.replace('/routes/+page', '/routes/[[lang=lang]]/+page'))
			])
		);
		const renamed = new Set([...entries].map((id) => id.replace('/nodes/', '/pages/')));
		expect(initialModules(moved, ['/app/src/lib/player.ts'], renamed)).toEqual(initial);
		expect(initial).toContain('/app/src/lib/days.ts');
	});
});

describe('sharedChunks', () => {
	/** Chunk name → its modules, sorted, for comparing plans. */
	const plan = (names: Map<string, string>) => {
		const chunks = new Map<string, string[]>();
		for (const [id, name] of names) chunks.set(name, [...(chunks.get(name) ?? []), id].sort());
		return [...chunks.values()].sort((a, b) => a[0]!.localeCompare(b[0]!));
	};
	const none = new Set<string>();

	it('groups what two or more entries use by which entries use it, and leaves one-entry code alone', () => {
		const graph = new Map<string, string[]>([
			['a', ['ab', 'own-a']],
			['b', ['ab', 'bc']],
			['c', ['bc']],
			['ab', []],
			['bc', []],
			['own-a', []]
		]);
		const names = sharedChunks(graph, ['a', 'b', 'c'], none, none, () => 100, 0);
		expect(plan(names)).toEqual([['ab'], ['bc']]);
	});

	it('leaves out the first-visit chunk', () => {
		const graph = new Map<string, string[]>([
			['a', ['x']],
			['b', ['x']],
			['x', []]
		]);
		expect(sharedChunks(graph, ['a', 'b'], new Set(['x']), none, () => 100, 0).size).toBe(0);
	});

	it('merges a small group into the one that costs the least', () => {
		// "tiny" (used by a and b) fits best with "abc" (used by a, b and c): a and b each save a
		// file and c downloads 10 bytes it does not use; joining "de" would cost a and b a file
		// of 1,000 bytes each.
		const graph = new Map<string, string[]>([
			['a', ['tiny', 'abc']],
			['b', ['tiny', 'abc']],
			['c', ['abc']],
			['d', ['de']],
			['e', ['de']],
			['tiny', []],
			['abc', []],
			['de', []]
		]);
		const size = (id: string) => (id === 'tiny' ? 10 : 1000);
		const names = sharedChunks(graph, ['a', 'b', 'c', 'd', 'e'], none, none, size, 500);
		expect(plan(names)).toEqual([['abc', 'tiny'], ['de']]);
	});

	it('counts the chunks a chunk imports: no merge brings a big chunk to a page that does not need it', () => {
		// "x" (used by p and q) is tiny, and so is "y" (q and r), but y imports "big" (q, r, s).
		// Counting only the merged bytes, x and y belong together (p would download 10 bytes it
		// does not use); but p would then load big through y. y joins big instead, and x stays.
		const graph = new Map<string, string[]>([
			['p', ['x']],
			['q', ['x', 'y']],
			['r', ['y']],
			['s', ['big']],
			['x', []],
			['y', ['big']],
			['big', []]
		]);
		const size = (id: string) => (id === 'big' ? 5000 : 10);
		const names = sharedChunks(graph, ['p', 'q', 'r', 's'], none, none, size, 100);
		expect(plan(names)).toEqual([['big', 'y'], ['x']]);
	});

	it('merges only while it pays: with files free, every group stays apart', () => {
		const graph = new Map<string, string[]>([
			['a', ['ab', 'abc']],
			['b', ['ab', 'abc']],
			['c', ['abc']],
			['ab', []],
			['abc', []]
		]);
		expect(plan(sharedChunks(graph, ['a', 'b', 'c'], none, none, () => 100, 0))).toEqual([
			['ab'],
			['abc']
		]);
		// A file costs more than c's 100 unused bytes: one chunk.
		expect(plan(sharedChunks(graph, ['a', 'b', 'c'], none, none, () => 100, 200))).toEqual([
			['ab', 'abc']
		]);
	});

	it('never makes two chunks import each other, on many random import graphs', () => {
		// A small deterministic generator (mulberry32), so a failure can be replayed.
		let seed = 42;
		const random = () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		for (let round = 0; round < 200; round++) {
			// Modules m0…m29 import only higher-numbered ones (an acyclic graph, as ES modules
			// mostly are); six entries import a few modules each.
			const graph = new Map<string, string[]>();
			for (let i = 0; i < 30; i++) {
				const deps = Array.from({ length: 30 - i - 1 }, (_, k) => `m${i + 1 + k}`).filter(
					() => random() < 0.08
				);
				graph.set(`m${i}`, deps);
			}
			const entries = Array.from({ length: 6 }, (_, e) => `e${e}`);
			for (const entry of entries)
				graph.set(
					entry,
					[...graph.keys()].filter((id) => id.startsWith('m') && random() < 0.15)
				);
			const sizes = new Map([...graph.keys()].map((id) => [id, Math.floor(random() * 400)]));
			const names = sharedChunks(graph, entries, none, none, (id) => sizes.get(id)!, 5000);

			// The chunk graph: an edge where a module imports one in another chunk.
			const edges = new Map<string, Set<string>>();
			for (const [id, deps] of graph) {
				const from = names.get(id);
				if (!from) continue;
				for (const dep of deps) {
					const to = names.get(dep);
					if (to && to !== from) edges.set(from, new Set([...(edges.get(from) ?? []), to]));
				}
			}
			const visiting = new Set<string>();
			const done = new Set<string>();
			const cyclic = (chunk: string): boolean => {
				if (done.has(chunk)) return false;
				if (visiting.has(chunk)) return true;
				visiting.add(chunk);
				const found = [...(edges.get(chunk) ?? [])].some(cyclic);
				visiting.delete(chunk);
				done.add(chunk);
				return found;
			};
			expect([...edges.keys()].some(cyclic), `round ${round}`).toBe(false);

			// The bundler hands over modules and entries in whatever order it parsed them: the
			// plan is the same for any order (the same modules together under the same name).
			const shuffle = <T>(list: T[]) => list.map((x) => [random(), x] as const).sort(([a], [b]) => a - b).map(([, x]) => x);
			const reordered = new Map(shuffle([...graph]).map(([id, deps]) => [id, shuffle([...deps])]));
			const again = sharedChunks(reordered, shuffle([...entries]), none, none, (id) => sizes.get(id)!, 5000);
			expect(new Map([...again].sort()), `round ${round}`).toEqual(new Map([...names].sort()));
		}
	});
});

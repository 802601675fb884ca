// Writes each client chunk's static import closure for the prerender (src/lib/server/preloads.ts,
// which says why): from the bundle the bundler hands every plugin, not from SvelteKit's files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { PRELOADS_FILE, STYLES_FILE } from '../../src/lib/server/preloads.ts';

/** Each chunk's static imports, direct and indirect, given each chunk's direct ones. */
export function closures(imports: ReadonlyMap<string, readonly string[]>): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const file of imports.keys()) {
		const seen = new Set<string>();
		const stack = [...(imports.get(file) ?? [])];
		while (stack.length > 0) {
			const next = stack.pop() as string;
			if (seen.has(next)) continue;
			seen.add(next);
			stack.push(...(imports.get(next) ?? []));
		}
		out[file] = [...seen].sort();
	}
	return out;
}

export function staticImportClosures(): Plugin {
	let root = '.';
	let client = false;
	return {
		name: 'limber:static-import-closures',
		apply: 'build',
		configResolved(config) {
			root = config.root;
			client = !config.build.ssr;
		},
		generateBundle(_options, bundle) {
			if (!client) return;
			const imports = new Map<string, string[]>();
			const styles: Record<string, string[]> = {};
			for (const chunk of Object.values(bundle)) {
				if (chunk.type === 'chunk') {
					imports.set(`/${chunk.fileName}`, chunk.imports.map((file) => `/${file}`));
					const css = [...(chunk.viteMetadata?.importedCss ?? [])];
					if (css.length > 0) styles[`/${chunk.fileName}`] = css.map((f) => `/${f}`).sort();
				}
			}
			const file = join(root, PRELOADS_FILE);
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, JSON.stringify(closures(imports)));
			writeFileSync(join(root, STYLES_FILE), JSON.stringify(styles));
		}
	};
}

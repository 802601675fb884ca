// The scripts in static/ (boot.js, which every page loads before it paints) are written to be read,
// with comments; the build serves them minified. The adapter's step is wrapped: the copy of static/
// in SvelteKit's client output is minified in place before the adapter writes the build (and its
// .br and .gz), so static/ stays the source and the pages name the same file. About 0.35 KB of
// every first visit (docs/architecture.md, "The first visit's download").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'vite';

/** The files of static/ that are scripts a page runs. */
export const STATIC_SCRIPTS = ['boot.js'];

/**
 * Minifies `code` (a classic script: its top level is the page's global scope, so only names
 * inside functions are shortened).
 * @param {string} name
 * @param {string} code
 */
export async function minifyScript(name, code) {
	const result = await minify(name, code, { compress: true, mangle: true });
	if (result.errors.length > 0) {
		throw new Error(`${name} could not be minified: ${result.errors.map((e) => e.message).join('; ')}`);
	}
	return result.code;
}

/**
 * The adapter, with static/'s scripts minified first.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withMinifiedStaticScripts(adapter) {
	return {
		...adapter,
		async adapt(builder) {
			const client = builder.getClientDirectory();
			for (const name of STATIC_SCRIPTS) {
				const path = join(client, name);
				writeFileSync(path, await minifyScript(name, readFileSync(path, 'utf8')));
			}
			return adapter.adapt(builder);
		}
	};
}

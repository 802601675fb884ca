// Every script a prerendered page runs up front is listed in a `modulepreload` link, so the
// browser asks for all of them at once instead of finding each import one round trip later.
// SvelteKit lists a page's scripts by walking its build manifest with one "seen" set for static
// imports and `import()` targets, and so leaves out a chunk it first met through an `import()`
// (storage, which Today loads on first use, is imported statically by other pages). Rather than
// rewrite SvelteKit's manifest for it to read again, the build writes each chunk's static imports
// to a file of Limber's own (tools/build/preloads.ts), and each page, as it is prerendered, gets
// the links it lacks (hooks.server.ts).
import { existsSync, readFileSync } from 'node:fs';

/** Written by the client build, read by the prerender: each chunk's static imports, closed. */
export const PRELOADS_FILE = '.svelte-kit/limber/preloads.json';

/** Each script's whole static import closure, by its path ("/_app/immutable/…"). */
export type Closures = Readonly<Record<string, readonly string[]>>;

const LINK = /<link href="([^"]+\.js)" rel="modulepreload">/g;

/** `html` with a `modulepreload` link for every script its listed scripts import statically. */
export function completePreloads(html: string, closures: Closures): string {
	const listed = [...html.matchAll(LINK)];
	const last = listed.at(-1);
	if (!last) return html;
	const have = new Set(listed.map((link) => link[1] as string));
	const missing = new Set<string>();
	for (const file of have) {
		for (const needed of closures[file] ?? []) if (!have.has(needed)) missing.add(needed);
	}
	if (missing.size === 0) return html;
	const at = (last.index ?? 0) + last[0].length;
	const links = [...missing]
		.sort()
		.map((file) => `\n\t\t<link href="${file}" rel="modulepreload">`)
		.join('');
	return html.slice(0, at) + links + html.slice(at);
}

let read: Closures | null | undefined;

/** The closures of the last client build, or null where there is none (in development). */
export function buildClosures(): Closures | null {
	if (read === undefined) {
		read = existsSync(PRELOADS_FILE)
			? (JSON.parse(readFileSync(PRELOADS_FILE, 'utf8')) as Closures)
			: null;
	}
	return read;
}

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

/** Written beside it: the style sheets each chunk brings (its components' styles). */
export const STYLES_FILE = '.svelte-kit/limber/styles.json';

/** Each script's whole static import closure, by its path ("/_app/immutable/…"). */
export type Closures = Readonly<Record<string, readonly string[]>>;

/** The style sheets each script brings, by its path. */
export type Styles = Readonly<Record<string, readonly string[]>>;

const LINK = /<link href="([^"]+\.js)" rel="modulepreload">/g;
const SHEET = /<link href="([^"]+\.css)" rel="stylesheet">/g;

/**
 * `html` with a `stylesheet` link for every style sheet its listed scripts bring: SvelteKit's
 * walk misses the same chunks' styles as their scripts, and a page then draws without them and
 * shifts once its scripts load them (the routine page's steps did).
 */
export function completeStyles(html: string, styles: Styles): string {
	const sheets = [...html.matchAll(SHEET)];
	const last = sheets.at(-1);
	if (!last) return html;
	const have = new Set(sheets.map((link) => link[1] as string));
	const missing = new Set<string>();
	for (const [, file] of html.matchAll(LINK)) {
		for (const sheet of styles[file as string] ?? []) if (!have.has(sheet)) missing.add(sheet);
	}
	if (missing.size === 0) return html;
	const at = (last.index ?? 0) + last[0].length;
	const links = [...missing]
		.sort()
		.map((sheet) => `\n\t\t<link href="${sheet}" rel="stylesheet">`)
		.join('');
	return html.slice(0, at) + links + html.slice(at);
}

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
let readStyles: Styles | null | undefined;

/** The style sheets of the last client build's chunks, or null where there is none. */
export function buildStyles(): Styles | null {
	if (readStyles === undefined) {
		readStyles = existsSync(STYLES_FILE)
			? (JSON.parse(readFileSync(STYLES_FILE, 'utf8')) as Styles)
			: null;
	}
	return readStyles;
}

/** The closures of the last client build, or null where there is none (in development). */
export function buildClosures(): Closures | null {
	if (read === undefined) {
		read = existsSync(PRELOADS_FILE)
			? (JSON.parse(readFileSync(PRELOADS_FILE, 'utf8')) as Closures)
			: null;
	}
	return read;
}

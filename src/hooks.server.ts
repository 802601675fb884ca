// Runs as each page is prerendered: writes the page's language into `<html lang>` (app.html's
// `%lang%`), so a screen reader, the browser's translation offer and hyphenation read it right,
// and links the manifest of that language (`%manifest%`), so the app installed from a page opens
// in its language. And it lists every script the page runs up front (src/lib/server/preloads.ts).
import { building } from '$app/environment';
import { langOfPath, manifestOf } from '$lib/core/lang';
import { buildClosures, buildStyles, completePreloads, completeStyles } from '$lib/server/preloads';
import type { Handle } from '@sveltejs/kit';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const lang = langOfPath(event.url.pathname);
			const page = html.replace('%lang%', lang).replace('%manifest%', manifestOf(lang));
			const closures = building ? buildClosures() : null;
			const styles = building ? buildStyles() : null;
			const scripts = closures ? completePreloads(page, closures) : page;
			return styles ? completeStyles(scripts, styles) : scripts;
		}
	});

// Runs as each page is prerendered: writes the page's language into `<html lang>` (app.html's
// `%lang%`), so a screen reader, the browser's translation offer and hyphenation read it right.
import { langOfPath } from '$lib/core/lang';
import type { Handle } from '@sveltejs/kit';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', langOfPath(event.url.pathname))
	});

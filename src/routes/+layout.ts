// Every page is static: prerendered at build time and served from the service worker cache.
import { langFrom } from '$lib/core/lang';
import { shell } from '$lib/messages/shell';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The page's language (its path's first segment, English without one) and the frame's words. */
export const load: LayoutLoad = async ({ params }) => {
	// Read as a property, so a move to another language's page runs this load again (SvelteKit
	// tracks the parameters a load reads; `in` is not a read).
	const lang = langFrom((params as { lang?: string }).lang);
	await shell.load(lang);
	return { lang };
};

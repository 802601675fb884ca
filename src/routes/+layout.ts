// Every page is static: prerendered at build time and served from the service worker cache.
import { DEFAULT_LANG, isLang } from '$lib/core/lang';
import { shell } from '$lib/messages/shell';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The page's language (its path's first segment, English without one) and the frame's words. */
export const load: LayoutLoad = async ({ params }) => {
	const lang = 'lang' in params && isLang(params.lang) ? params.lang : DEFAULT_LANG;
	await shell.load(lang);
	return { lang };
};

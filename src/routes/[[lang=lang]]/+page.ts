// Today's first-screen words, in the page's language, before it renders; the quick starts come
// from the server load, worked out at build time.
import { langFrom } from '$lib/core/lang';
import { today } from '$lib/messages/today';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, data }) => {
	await today.load(langFrom(params.lang));
	return data;
};

// The check's words, in the page's language: loaded before the page shows, kept offline in every
// language (core/offline-files.ts).
import { langFrom } from '$lib/core/lang';
import { care } from '$lib/messages/care';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	await care.load(langFrom(params.lang));
};

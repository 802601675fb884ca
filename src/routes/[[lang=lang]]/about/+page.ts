// About's words, and the signs it lists under each level (the care words), in the page's language.
import { langFrom } from '$lib/core/lang';
import { about } from '$lib/messages/about';
import { care } from '$lib/messages/care';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const lang = langFrom(params.lang);
	await Promise.all([about.load(lang), care.load(lang)]);
};

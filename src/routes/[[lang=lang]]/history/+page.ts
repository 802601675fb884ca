import { langFrom } from '$lib/core/lang';
import { history } from '$lib/messages/history';
import { loadSessionTitles } from '$lib/state/session-title';
import type { PageLoad } from './$types';

// History's words, and the built-ins' titles that name their sessions.
export const load: PageLoad = async ({ params }) => {
	const lang = langFrom(params.lang);
	await Promise.all([history.load(lang), loadSessionTitles(lang)]);
};

import { langFrom } from '$lib/core/lang';
import { history } from '$lib/messages/history';
import { report } from '$lib/messages/report';
import { loadSessionTitles } from '$lib/state/session-title';
import type { PageLoad } from './$types';

// The report's words, History's for its pain chart, and the built-ins' titles for what was tried.
export const load: PageLoad = async ({ params }) => {
	const lang = langFrom(params.lang);
	await Promise.all([report.load(lang), history.load(lang), loadSessionTitles(lang)]);
};

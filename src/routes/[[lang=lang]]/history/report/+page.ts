import { langFrom } from '$lib/core/lang';
import { history } from '$lib/messages/history';
import { report } from '$lib/messages/report';
import type { PageLoad } from './$types';

// The report's words, and History's for its pain chart.
export const load: PageLoad = async ({ params }) => {
	const lang = langFrom(params.lang);
	await Promise.all([report.load(lang), history.load(lang)]);
};

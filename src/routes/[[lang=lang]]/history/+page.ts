import { langFrom } from '$lib/core/lang';
import { history } from '$lib/messages/history';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	await history.load(langFrom(params.lang));
};

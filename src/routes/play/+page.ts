// The built-in exercises', routines' and timers' words this page shows, in its language.
import { langOfPath } from '$lib/core/lang';
import { loadBuiltInWords } from '$lib/messages/built-ins';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url }) => {
	await loadBuiltInWords(langOfPath(url.pathname));
};

// The exercise library in the page's language: it loads the exercises' words.
import { langFrom } from '$lib/core/lang';
import { exerciseCatalog } from '$lib/messages/exercises';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	await exerciseCatalog.load(langFrom(params.lang));
};

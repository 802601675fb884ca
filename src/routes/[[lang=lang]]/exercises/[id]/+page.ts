// Each exercise has its own prerendered page with the full instructions, in every language:
// /exercises/<id>, /es/exercises/<id>, /de/exercises/<id>.
import { error } from '@sveltejs/kit';
import { exerciseById, exercises } from '$lib/content/exercises';
import { PREFIXED_LANGS, langFrom } from '$lib/core/lang';
import { match } from '../../../../params/lang';
import { exerciseCatalog } from '$lib/messages/exercises';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	exercises.flatMap(({ id }) => [
		{ id },
		...PREFIXED_LANGS.filter(match).map((lang) => ({ lang, id }))
	]);

export const load: PageLoad = async ({ params }) => {
	const exercise = exerciseById(params.id);
	if (!exercise) error(404, 'No such exercise');
	await exerciseCatalog.load(langFrom(params.lang));
	return { exercise };
};

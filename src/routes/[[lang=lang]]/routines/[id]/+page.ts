// Each built-in routine has a stable, prerendered deep link in every language:
// /routines/<id>, /es/routines/<id>, /de/routines/<id>.
import { error } from '@sveltejs/kit';
import { builtInRoutines, routineById } from '$lib/content/routines';
import { langFrom, PREFIXED_LANGS, type Lang } from '$lib/core/lang';
import { loadBuiltInWords } from '$lib/messages/built-ins';
import { library } from '$lib/messages/library';
import { withRoutineWords } from '$lib/messages/routines';
import type { EntryGenerator, PageLoad } from './$types';

/** The languages with a prefix of their own, as the `[[lang=lang]]` parameter takes them. */
const prefixed = PREFIXED_LANGS.filter((lang): lang is Exclude<Lang, 'en'> => lang !== 'en');

export const entries: EntryGenerator = () =>
	builtInRoutines.flatMap(({ id }) => [{ id }, ...prefixed.map((lang) => ({ lang, id }))]);

export const load: PageLoad = async ({ params }) => {
	const shape = routineById(params.id);
	if (!shape) error(404, 'No such routine');
	const lang = langFrom(params.lang);
	await Promise.all([library.load(lang), loadBuiltInWords(lang)]);
	return { routine: withRoutineWords(lang, shape) };
};

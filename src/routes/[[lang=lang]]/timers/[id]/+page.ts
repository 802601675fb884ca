// Each timer preset has a stable, prerendered deep link in every language:
// /timers/<id>, /es/timers/<id>, /de/timers/<id>.
import { error } from '@sveltejs/kit';
import { builtInPrograms, programById } from '$lib/content/programs';
import { langFrom, PREFIXED_LANGS, type Lang } from '$lib/core/lang';
import { care } from '$lib/messages/care';
import { loadBuiltInWords } from '$lib/messages/built-ins';
import { library } from '$lib/messages/library';
import { withProgramWords } from '$lib/messages/programs';
import type { EntryGenerator, PageLoad } from './$types';
import { reminders } from '$lib/messages/reminders';

/** The languages with a prefix of their own, as the `[[lang=lang]]` parameter takes them. */
const prefixed = PREFIXED_LANGS.filter((lang): lang is Exclude<Lang, 'en'> => lang !== 'en');

export const entries: EntryGenerator = () =>
	builtInPrograms.flatMap(({ id }) => [{ id }, ...prefixed.map((lang) => ({ lang, id }))]);

export const load: PageLoad = async ({ params }) => {
	const shape = programById(params.id);
	if (!shape) error(404, 'No such timer');
	// The safety notes (components/care) read the care words.
	const lang = langFrom(params.lang);
	await Promise.all([
		library.load(lang),
		care.load(lang),
		loadBuiltInWords(lang),
		reminders.load(lang)
	]);
	return { program: withProgramWords(lang, shape) };
};

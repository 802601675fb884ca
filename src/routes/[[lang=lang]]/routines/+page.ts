// Prerendered in every language: /routines, /es/routines, /de/routines.
import { langFrom, PREFIXED_LANGS, type Lang } from '$lib/core/lang';
import { library } from '$lib/messages/library';
import { share } from '$lib/messages/share';
import { loadBuiltInWords } from '$lib/messages/built-ins';
import type { EntryGenerator, PageLoad } from './$types';

/** The languages with a prefix of their own, as the `[[lang=lang]]` parameter takes them. */
const prefixed = PREFIXED_LANGS.filter((lang): lang is Exclude<Lang, 'en'> => lang !== 'en');

export const entries: EntryGenerator = () => [{}, ...prefixed.map((lang) => ({ lang }))];

export const load: PageLoad = async ({ params }) => {
	const lang = langFrom(params.lang);
	await Promise.all([library.load(lang), share.load(lang), loadBuiltInWords(lang)]);
};

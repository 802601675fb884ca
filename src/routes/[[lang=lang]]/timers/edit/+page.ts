// Prerendered in every language: /timers/edit, /es/timers/edit, /de/timers/edit.
import { langFrom, PREFIXED_LANGS, type Lang } from '$lib/core/lang';
import { editor } from '$lib/messages/editor';
import { library } from '$lib/messages/library';
import { loadBuiltInWords } from '$lib/messages/built-ins';
import type { EntryGenerator, PageLoad } from './$types';

/** The languages with a prefix of their own, as the `[[lang=lang]]` parameter takes them. */
const prefixed = PREFIXED_LANGS.filter((lang): lang is Exclude<Lang, 'en'> => lang !== 'en');

export const entries: EntryGenerator = () => [{}, ...prefixed.map((lang) => ({ lang }))];

export const load: PageLoad = async ({ params }) => {
	const lang = langFrom(params.lang);
	await Promise.all([library.load(lang), editor.load(lang), loadBuiltInWords(lang)]);
};

// Prerendered in every language: /timers/custom, /es/timers/custom, /de/timers/custom. The
// timer's safety notes (components/care) read the care words.
import { langFrom, PREFIXED_LANGS, type Lang } from '$lib/core/lang';
import { care } from '$lib/messages/care';
import { library } from '$lib/messages/library';
import { loadBuiltInWords } from '$lib/messages/built-ins';
import type { EntryGenerator, PageLoad } from './$types';
import { reminders } from '$lib/messages/reminders';

/** The languages with a prefix of their own, as the `[[lang=lang]]` parameter takes them. */
const prefixed = PREFIXED_LANGS.filter((lang): lang is Exclude<Lang, 'en'> => lang !== 'en');

export const entries: EntryGenerator = () => [{}, ...prefixed.map((lang) => ({ lang }))];

export const load: PageLoad = async ({ params }) => {
	const lang = langFrom(params.lang);
	await Promise.all([
		library.load(lang),
		care.load(lang),
		loadBuiltInWords(lang),
		reminders.load(lang)
	]);
};

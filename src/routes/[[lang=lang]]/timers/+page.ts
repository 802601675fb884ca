// Prerendered in every language: /timers, /es/timers, /de/timers.
import { langFrom, PREFIXED_LANGS } from '$lib/core/lang';
import { library } from '$lib/messages/library';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => [{}, ...PREFIXED_LANGS.map((lang) => ({ lang }))];

export const load: PageLoad = async ({ params }) => {
	const lang = langFrom(params.lang);
	await Promise.all([library.load(lang)]);
};

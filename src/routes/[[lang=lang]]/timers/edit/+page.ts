// Prerendered in every language: /timers/edit, /es/timers/edit, /de/timers/edit.
import { langFrom, PREFIXED_LANGS } from '$lib/core/lang';
import { editor } from '$lib/messages/editor';
import { library } from '$lib/messages/library';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => [{}, ...PREFIXED_LANGS.map((lang) => ({ lang }))];

export const load: PageLoad = async ({ params }) => {
	const lang = langFrom(params.lang);
	await Promise.all([library.load(lang), editor.load(lang)]);
};

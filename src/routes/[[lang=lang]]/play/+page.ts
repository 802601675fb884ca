// The player's words, the session's spoken lines and the pre-start's safety notes (the care
// words), in the page's language. English's /play comes with every page ("*" in
// svelte.config.js); the other languages' are listed here.
import { langFrom, PREFIXED_LANGS } from '$lib/core/lang';
import { match } from '../../../params/lang';
import { care } from '$lib/messages/care';
import { cues } from '$lib/messages/cues';
import { playerWords } from '$lib/messages/player';
import { loadBuiltInWords } from '$lib/messages/built-ins';
import type { EntryGenerator, PageLoad } from './$types';
import { reminders } from '$lib/messages/reminders';

export const entries: EntryGenerator = () => PREFIXED_LANGS.filter(match).map((lang) => ({ lang }));

export const load: PageLoad = async ({ params }) => {
	const lang = langFrom(params.lang);
	await Promise.all([
		playerWords.load(lang),
		cues.load(lang),
		care.load(lang),
		loadBuiltInWords(lang),
		reminders.load(lang)
	]);
};

// Each guide topic is its own prerendered page in every language: /guide/<slug>,
// /es/guide/<slug>, /de/guide/<slug>. It loads the guide's words and the topics' text (and, for
// When to get help, the care words).
import { error } from '@sveltejs/kit';
import { PREFIXED_LANGS, langFrom } from '$lib/core/lang';
import { guideTopicBySlug, guideTopics } from '$lib/content/guide';
import { care } from '$lib/messages/care';
import { guide } from '$lib/messages/guide';
import { guideTopicWords } from '$lib/messages/guide-topics';
import type { EntryGenerator, PageLoad, RouteParams } from './$types';

/** The languages with a prefix, as the route's `lang` parameter (its matcher's type). */
const prefixed = PREFIXED_LANGS as readonly NonNullable<RouteParams['lang']>[];

export const entries: EntryGenerator = () =>
	guideTopics.flatMap(({ slug }) => [{ slug }, ...prefixed.map((lang) => ({ lang, slug }))]);

export const load: PageLoad = async ({ params }) => {
	const topic = guideTopicBySlug(params.slug);
	if (!topic) error(404);
	const lang = langFrom(params.lang);
	// When to get help opens with the levels of care, in the care words.
	await Promise.all([
		guide.load(lang),
		guideTopicWords.load(lang),
		topic.slug === 'see-a-doctor' ? care.load(lang) : null
	]);
	return { topic };
};

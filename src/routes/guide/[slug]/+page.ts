// Each guide topic is its own prerendered page: /guide/<slug>.
import { error } from '@sveltejs/kit';
import { guideTopicBySlug, guideTopics } from '$lib/content/guide';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => guideTopics.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const topic = guideTopicBySlug(params.slug);
	if (!topic) error(404, 'No such topic');
	return { topic };
};

import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './guide-topics.en';

export const guideTopicWords = catalog<Messages<typeof en>>('guide-topics', {
	en: () => import('./guide-topics.en'),
	es: () => import('./guide-topics.es'),
	de: () => import('./guide-topics.de')
});

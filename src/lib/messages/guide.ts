import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './guide.en';

export const guide = catalog<Messages<typeof en>>('guide', {
	en: () => import('./guide.en'),
	es: () => import('./guide.es'),
	de: () => import('./guide.de')
});

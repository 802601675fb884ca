import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './about.en';

export const about = catalog<Messages<typeof en>>('about', {
	en: () => import('./about.en'),
	es: () => import('./about.es'),
	de: () => import('./about.de')
});

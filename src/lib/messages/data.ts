import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './data.en';

export const data = catalog<Messages<typeof en>>('data', {
	en: () => import('./data.en'),
	es: () => import('./data.es'),
	de: () => import('./data.de')
});

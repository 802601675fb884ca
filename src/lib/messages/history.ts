import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './history.en';

export const history = catalog<Messages<typeof en>>('history', {
	en: () => import('./history.en'),
	es: () => import('./history.es'),
	de: () => import('./history.de')
});

import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './today.en';

export const today = catalog<Messages<typeof en>>('today', {
	en: () => import('./today.en'),
	es: () => import('./today.es'),
	de: () => import('./today.de')
});

import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './settings.en';

export const settings = catalog<Messages<typeof en>>('settings', {
	en: () => import('./settings.en'),
	es: () => import('./settings.es'),
	de: () => import('./settings.de')
});

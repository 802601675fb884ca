import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './check-in.en';

export const checkIn = catalog<Messages<typeof en>>('check-in', {
	en: () => import('./check-in.en'),
	es: () => import('./check-in.es'),
	de: () => import('./check-in.de')
});

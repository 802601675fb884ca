import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './library.en';

export const library = catalog<Messages<typeof en>>('library', {
	en: () => import('./library.en'),
	es: () => import('./library.es'),
	de: () => import('./library.de')
});

import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './shell.en';

export const shell = catalog<Messages<typeof en>>('shell', {
	en: () => import('./shell.en'),
	es: () => import('./shell.es'),
	de: () => import('./shell.de')
});

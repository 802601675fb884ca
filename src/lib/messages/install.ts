import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './install.en';

export const install = catalog<Messages<typeof en>>('install', {
	en: () => import('./install.en'),
	es: () => import('./install.es'),
	de: () => import('./install.de')
});

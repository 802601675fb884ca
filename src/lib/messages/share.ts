import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './share.en';

export const share = catalog<Messages<typeof en>>('share', {
	en: () => import('./share.en'),
	es: () => import('./share.es'),
	de: () => import('./share.de')
});

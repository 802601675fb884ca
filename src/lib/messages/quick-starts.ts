import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './quick-starts.en';

export const quickStarts = catalog<Messages<typeof en>>('quick-starts', {
	en: () => import('./quick-starts.en'),
	es: () => import('./quick-starts.es'),
	de: () => import('./quick-starts.de')
});

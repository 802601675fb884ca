import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './cues.en';

export const cues = catalog<Messages<typeof en>>('cues', {
	en: () => import('./cues.en'),
	es: () => import('./cues.es'),
	de: () => import('./cues.de')
});

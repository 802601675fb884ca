import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './today.en';

/** Today's words: plain strings, sent with the page's data. */
export type TodayWords = Messages<typeof en>;

export const today = catalog<Messages<typeof en>>('today', {
	en: () => import('./today.en'),
	es: () => import('./today.es'),
	de: () => import('./today.de')
});

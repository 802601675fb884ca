import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './care.en';

/** When to get help: the check, the levels, the call, the answers and the sign lists. */
export const care = catalog<Messages<typeof en>>('care', {
	en: () => import('./care.en'),
	es: () => import('./care.es'),
	de: () => import('./care.de')
});

export type CareMessages = Messages<typeof en>;

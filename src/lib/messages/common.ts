import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './common.en';

/** Loaded by the parts that show them, when they show (`{#await common.load(lang) then …}`). */
export const common = catalog<Messages<typeof en>>('common', {
	en: () => import('./common.en'),
	es: () => import('./common.es'),
	de: () => import('./common.de')
});

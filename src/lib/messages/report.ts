import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './report.en';

export const report = catalog<Messages<typeof en>>('report', {
	en: () => import('./report.en'),
	es: () => import('./report.es'),
	de: () => import('./report.de')
});

import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './resume.en';

export const resume = catalog<Messages<typeof en>>('resume', {
	en: () => import('./resume.en'),
	es: () => import('./resume.es'),
	de: () => import('./resume.de')
});

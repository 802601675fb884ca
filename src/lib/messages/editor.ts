import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './editor.en';

export const editor = catalog<Messages<typeof en>>('editor', {
	en: () => import('./editor.en'),
	es: () => import('./editor.es'),
	de: () => import('./editor.de')
});

import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './player.en';

export const playerWords = catalog<Messages<typeof en>>('player', {
	en: () => import('./player.en'),
	es: () => import('./player.es'),
	de: () => import('./player.de')
});

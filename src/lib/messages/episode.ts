import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './episode.en';

/** Today's episode card and the weeks after an episode: loaded with either card, never before. */
export const episode = catalog<Messages<typeof en>>('episode', {
	en: () => import('./episode.en'),
	es: () => import('./episode.es'),
	de: () => import('./episode.de')
});

export type EpisodeMessages = Messages<typeof en>;

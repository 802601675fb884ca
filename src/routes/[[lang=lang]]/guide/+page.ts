// The guide's index, in every language: /guide, /es/guide, /de/guide.
import { PREFIXED_LANGS, langFrom } from '$lib/core/lang';
import { guide } from '$lib/messages/guide';
import type { EntryGenerator, PageLoad, RouteParams } from './$types';

/** The languages with a prefix, as the route's `lang` parameter (its matcher's type). */
const prefixed = PREFIXED_LANGS as readonly NonNullable<RouteParams['lang']>[];

export const entries: EntryGenerator = () => [{}, ...prefixed.map((lang) => ({ lang }))];

export const load: PageLoad = async ({ params }) => {
	await guide.load(langFrom(params.lang));
};

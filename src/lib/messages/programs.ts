// The built-in timer presets in the reader's language: their words joined to the content's
// phases, and the safety words every timer shows.
import type { ProgramId, ProgramShape } from '$lib/core/builtin-ids';
import type { Lang } from '$lib/core/lang';
import type { Program } from '$lib/core/model';
import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './programs.en';

export const programCatalog = catalog<Messages<typeof en>>('programs', {
	en: () => import('./programs.en'),
	es: () => import('./programs.es'),
	de: () => import('./programs.de')
});

/** The title and description of the built-in timer `id` in `lang` (its catalog loaded first). */
export function programWords(lang: Lang, id: ProgramId): { title: string; purpose: string } {
	return programCatalog.get(lang).programs[id];
}

/** The built-in timer with its title and description in `lang`. */
export function withProgramWords(lang: Lang, shape: ProgramShape): Program {
	return { ...shape, ...programWords(lang, shape.id) };
}

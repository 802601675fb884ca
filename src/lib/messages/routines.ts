// The built-in routines in the reader's language: their words joined to the content's steps, and
// the routine list's length filter.
import type { RoutineId, RoutineShape } from '$lib/core/builtin-ids';
import type { Lang } from '$lib/core/lang';
import type { Routine } from '$lib/core/model';
import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './routines.en';

export const routineCatalog = catalog<Messages<typeof en>>('routines', {
	en: () => import('./routines.en'),
	es: () => import('./routines.es'),
	de: () => import('./routines.de')
});

/** The title and description of the built-in routine `id` in `lang` (its catalog loaded first). */
export function routineWords(lang: Lang, id: RoutineId): { title: string; purpose: string } {
	return routineCatalog.get(lang).routines[id];
}

/** The built-in routine with its title and description in `lang`. */
export function withRoutineWords(lang: Lang, shape: RoutineShape): Routine {
	return { ...shape, ...routineWords(lang, shape.id) };
}

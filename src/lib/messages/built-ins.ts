// Loads the words of everything built in that a page, the player or a tap on Start shows: the
// exercises, the routines and the timer presets, in one language.
import type { Lang } from '$lib/core/lang';
import { exerciseCatalog } from './exercises';
import { programCatalog } from './programs';
import { routineCatalog } from './routines';

export async function loadBuiltInWords(lang: Lang): Promise<void> {
	await Promise.all([
		exerciseCatalog.load(lang),
		routineCatalog.load(lang),
		programCatalog.load(lang)
	]);
}

// Each built-in routine has a stable, prerendered deep link: /routines/<id>.
import { error } from '@sveltejs/kit';
import { builtInRoutines, routineById } from '$lib/content/routines';
import { langOfPath } from '$lib/core/lang';
import { loadBuiltInWords } from '$lib/messages/built-ins';
import { withRoutineWords } from '$lib/messages/routines';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => builtInRoutines.map(({ id }) => ({ id }));

export const load: PageLoad = async ({ params, url }) => {
	const shape = routineById(params.id);
	if (!shape) error(404, 'No such routine');
	const lang = langOfPath(url.pathname);
	await loadBuiltInWords(lang);
	return { routine: withRoutineWords(lang, shape) };
};

// Each timer preset has a stable, prerendered deep link: /timers/<id>.
import { error } from '@sveltejs/kit';
import { builtInPrograms, programById } from '$lib/content/programs';
import { langOfPath } from '$lib/core/lang';
import { loadBuiltInWords } from '$lib/messages/built-ins';
import { withProgramWords } from '$lib/messages/programs';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => builtInPrograms.map(({ id }) => ({ id }));

export const load: PageLoad = async ({ params, url }) => {
	const shape = programById(params.id);
	if (!shape) error(404, 'No such timer');
	const lang = langOfPath(url.pathname);
	await loadBuiltInWords(lang);
	return { program: withProgramWords(lang, shape) };
};

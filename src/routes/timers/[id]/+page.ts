// Each timer preset has a stable, prerendered deep link: /timers/<id>.
import { error } from '@sveltejs/kit';
import { builtInPrograms, programById } from '$lib/content/programs';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => builtInPrograms.map(({ id }) => ({ id }));

export const load: PageLoad = ({ params }) => {
	const program = programById(params.id);
	if (!program) error(404, 'No such timer');
	return { program };
};

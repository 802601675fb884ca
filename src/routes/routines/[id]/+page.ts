// Each built-in routine has a stable, prerendered deep link: /routines/<id>.
import { error } from '@sveltejs/kit';
import { builtInRoutines, routineById } from '$lib/content/routines';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => builtInRoutines.map(({ id }) => ({ id }));

export const load: PageLoad = ({ params }) => {
	const routine = routineById(params.id);
	if (!routine) error(404, 'No such routine');
	return { routine };
};

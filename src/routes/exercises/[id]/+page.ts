// Each exercise has its own prerendered page with the full instructions: /exercises/<id>.
import { error } from '@sveltejs/kit';
import { exerciseById, exercises } from '$lib/content/exercises';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => exercises.map(({ id }) => ({ id }));

export const load: PageLoad = ({ params }) => {
	const exercise = exerciseById(params.id);
	if (!exercise) error(404, 'No such exercise');
	return { exercise };
};

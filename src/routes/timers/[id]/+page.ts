// Each timer preset has a stable, prerendered deep link: /timers/<id>.
import { error } from '@sveltejs/kit';
import { builtInPrograms, programById } from '$lib/content/programs';
import { care } from '$lib/messages/care';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => builtInPrograms.map(({ id }) => ({ id }));

export const load: PageLoad = async ({ params }) => {
	const program = programById(params.id);
	if (!program) error(404, 'No such timer');
	// The safety notes (components/care) read the care words.
	await care.load('en');
	return { program };
};

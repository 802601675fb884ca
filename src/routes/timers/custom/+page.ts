// The timer's safety notes (components/care) read the care words: loaded first.
import { care } from '$lib/messages/care';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	await care.load('en');
};

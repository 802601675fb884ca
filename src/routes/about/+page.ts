// The signs About lists, and its pointer to the check, are the care words: loaded first.
import { care } from '$lib/messages/care';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	await care.load('en');
};

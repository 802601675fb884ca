// The words of the cue settings and the device check, in the page's language.
import { langOfPath } from '$lib/core/lang';
import { device } from '$lib/messages/device';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url }) => {
	await device.load(langOfPath(url.pathname));
};

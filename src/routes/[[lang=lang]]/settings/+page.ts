// The words of Settings, its data section, the cue settings and the device check, in the page's
// language.
import { langFrom } from '$lib/core/lang';
import { data } from '$lib/messages/data';
import { device } from '$lib/messages/device';
import { settings } from '$lib/messages/settings';
import type { PageLoad } from './$types';
import { reminders } from '$lib/messages/reminders';
import { install } from '$lib/messages/install';

export const load: PageLoad = async ({ params }) => {
	const lang = langFrom(params.lang);
	await Promise.all([
		settings.load(lang),
		data.load(lang),
		device.load(lang),
		reminders.load(lang),
		install.load(lang)
	]);
};

import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './device.en';

export const device = catalog<Messages<typeof en>>('device', {
	en: () => import('./device.en'),
	es: () => import('./device.es'),
	de: () => import('./device.de')
});

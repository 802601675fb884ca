import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import type en from './reminders.en';

export type ReminderWords = Messages<typeof en>;

export const reminders = catalog<ReminderWords>('reminders', {
	en: () => import('./reminders.en'),
	es: () => import('./reminders.es'),
	de: () => import('./reminders.de')
});

import type { Messages } from '$lib/i18n/catalog';
import type en from './resume.en';

export default {
	running: (title: string) => `${title} läuft`,
	paused: (title: string) => `${title} ist pausiert`,
	now: 'Jetzt: {step}',
	go: (title: string) => `${title} fortsetzen`
} satisfies Messages<typeof en>;

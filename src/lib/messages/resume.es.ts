import type { Messages } from '$lib/i18n/catalog';
import type en from './resume.en';

export default {
	running: (title: string) => `${title}: en curso`,
	paused: (title: string) => `${title}: en pausa`,
	now: 'Ahora: {step}',
	go: (title: string) => `Continuar: ${title}`
} satisfies Messages<typeof en>;

import type { Messages } from '$lib/i18n/catalog';
import type en from './shell.en';

export default {
	skip: 'Zum Inhalt springen',
	brandLabel: 'Limber, Heute',
	offline: 'Offline',
	getHelp: 'Hilfe holen',
	nav: {
		label: 'Hauptmenü',
		today: 'Heute',
		routines: 'Routinen',
		timers: 'Timer',
		history: 'Verlauf',
		guide: 'Ratgeber',
		settings: 'Einstellungen'
	},
	disclaimer:
		'Limber bietet allgemeine Informationen zur Selbsthilfe, keine Diagnose und keinen ärztlichen Rat; brechen Sie jede Dehnung ab, die stechende Schmerzen oder Taubheit auslöst.',
	title: (page: string) => `${page} · Limber`
} satisfies Messages<typeof en>;

import type { Messages } from '$lib/i18n/catalog';
import type en from './shell.en';

export default {
	/** The app's name, the same in every language. */
	brand: 'Limber',
	skip: 'Zum Inhalt springen',
	brandLabel: 'Limber, Heute',
	offline: 'Offline',
	getHelp: 'Hilfe holen',
	nav: {
		label: 'Hauptmenü',
		today: 'Heute',
		routines: 'Routi\u00ADnen',
		timers: 'Timer',
		history: 'Verlauf',
		guide: 'Rat\u00ADgeber',
		settings: 'Einstel\u00ADlungen'
	},
	disclaimer:
		'Limber bietet allgemeine Informationen zur Selbsthilfe, keine Diagnose und keinen ärztlichen Rat; brechen Sie jede Dehnung ab, die stechende Schmerzen oder Taubheit auslöst.',
	optional: '(optional)',
	title: (page: string) => `${page} · Limber`
} satisfies Messages<typeof en>;

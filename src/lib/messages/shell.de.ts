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
	pain: {
		level: (n: number) =>
			`${n} von 10${n === 0 ? ', keine Schmerzen' : n === 10 ? ', stärkste Schmerzen' : ''}`,
		none: 'Keine Schmerzen',
		worst: 'Stärkste Schmerzen',
		skip: 'Überspringen'
	},
	title: (page: string) => `${page} · Limber`
} satisfies Messages<typeof en>;

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
	pain: {
		level: (n: number) =>
			`${n} von 10${n === 0 ? ', keine Schmerzen' : n === 10 ? ', stärkste Schmerzen' : ''}`,
		none: 'Keine Schmerzen',
		worst: 'Stärkste Schmerzen',
		skip: 'Überspringen'
	},
	optional: '(optional)',
	alerts: {
		tryAgain: 'Erneut versuchen',
		downloaded: (after: string) => `Die Datei ist in Ihren Downloads. ${after}`,
		noDownload: 'Dieser Browser hat den Download nicht gestartet.',
		stillNot: 'Erneut versucht: Es wird weiterhin nichts gespeichert.',
		deleted: (name: string) => `„${name}“ gelöscht.`,
		notDeleted: (name: string) => `Nicht gelöscht: ${name}`,
		undo: 'Rückgängig',
		dismiss: 'Schließen',
		update: 'Eine neue Version von Limber ist bereit.',
		updating: 'Wird aktualisiert …',
		reload: 'Neu laden und aktualisieren',
		later: 'Später'
	},
	title: (page: string) => `${page} · Limber`
} satisfies Messages<typeof en>;

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
	alerts: {
		tryAgain: 'Erneut versuchen',
		downloaded: (after: string) => `Die Datei ist in Ihren Downloads. ${after}`,
		noDownload: 'Dieser Browser hat den Download nicht gestartet.',
		stillNot: 'Erneut versucht: Es wird weiterhin nichts gespeichert.',
		deleted: (name: string) => `„${name}“ gelöscht.`,
		undo: 'Rückgängig',
		dismiss: 'Schließen',
		update: 'Eine neue Version von Limber ist bereit.',
		updating: 'Wird aktualisiert …',
		reload: 'Neu laden und aktualisieren',
		later: 'Später'
	},
	title: (page: string) => `${page} · Limber`
} satisfies Messages<typeof en>;

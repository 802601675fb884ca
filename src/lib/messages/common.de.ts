import type { Messages } from '$lib/i18n/catalog';
import type en from './common.en';

export default {
	pain: {
		level: (n: number) =>
			`${n} von 10${n === 0 ? ', keine Schmerzen' : n === 10 ? ', stärkste Schmerzen' : ''}`,
		none: 'Keine Schmerzen',
		worst: 'Stärkste Schmerzen',
		skip: 'Überspringen'
	},
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
	}
} satisfies Messages<typeof en>;

import type { Messages } from '$lib/i18n/catalog';
import type en from './common.en';

import type { HeldThing, StorageProblem, StorageSaid, StoredThing } from '$lib/core/storage-said';

/** "diese Einheit", "dieser Timer": what a write was of, with its demonstrative (nominative). */
const THIS: Record<StoredThing | HeldThing, string> = {
	session: 'diese Einheit',
	'journal-entry': 'dieser Tageseintrag',
	'running-session': 'diese laufende Einheit',
	setting: 'diese Einstellung',
	episode: 'diese Episode',
	routine: 'diese Routine',
	program: 'dieser Timer',
	'check-in': 'dieser Tageseintrag',
	note: 'diese Notiz',
	timer: 'dieser Timer'
};

/** The same as the object of a verb: "diesen Timer". */
const accusative = (thing: StoredThing) => THIS[thing].replace(/^dieser /, 'diesen ');

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const WHY: Record<StorageProblem, string> = {
	unavailable:
		'Dieser Browser lässt Limber nichts speichern (privates Surfen oder Speicher ausgeschaltet)',
	quota: 'Auf Ihrem Gerät ist kein Speicherplatz mehr frei',
	error: 'Der Speicher von Limber funktioniert nicht mehr'
};

const NEXT: Record<StorageProblem, string> = {
	unavailable:
		'Damit Ihre Einträge bleiben, nutzen Sie Limber in einem normalen Browserfenster mit erlaubtem Speicher.',
	quota: 'Geben Sie etwas Speicherplatz frei und tippen Sie dann auf „Erneut versuchen“.',
	error: 'Tippen Sie gleich noch einmal auf „Erneut versuchen“.'
};

const BACKUP: Record<Extract<StorageSaid, { code: 'backup' }>['step'], string> = {
	export: 'Limber konnte Ihre Daten zum Exportieren nicht lesen. Bitte versuchen Sie es erneut.',
	restore: 'Limber konnte diese Sicherung nicht wiederherstellen. Es wurde nichts geändert.',
	'restore-quota':
		'Auf diesem Gerät ist nicht genug Speicherplatz, um diese Sicherung wiederherzustellen. Es wurde nichts geändert.',
	erase: 'Limber konnte Ihre Daten nicht löschen. Bitte versuchen Sie es erneut.'
};

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
	},
	storage: {
		status: (reason, tab?) => {
			if (tab === 'older')
				return 'In einem anderen Tab ist Limber in einer älteren Version geöffnet. Schließen Sie diesen Tab und laden Sie diese Seite neu; bis dahin bleibt nach dem Schließen der App nichts erhalten.';
			if (tab === 'newer')
				return 'In einem anderen Tab ist eine neuere Version von Limber geöffnet. Laden Sie diese Seite neu, um sie zu nutzen; bis dahin bleibt nach dem Schließen der App nichts erhalten.';
			const what = reason === 'unavailable' ? 'was Sie jetzt tun' : 'was Sie jetzt speichern';
			return `${WHY[reason]}, daher bleibt, ${what}, nur erhalten, bis Sie die App schließen. ${NEXT[reason]}`;
		},
		said: (s) => {
			switch (s.code) {
				case 'refused':
					return s.problem === 'error'
						? `Limber konnte ${accusative(s.thing)} nicht speichern. Bitte versuchen Sie es erneut.`
						: `${WHY[s.problem]}, daher wurde ${THIS[s.thing]} nicht gespeichert. ${NEXT[s.problem]}`;
				case 'invalid':
					return `${capital(THIS[s.thing])} konnte nicht gespeichert werden, weil etwas fehlt oder außerhalb des erlaubten Bereichs liegt.`;
				case 'exists':
					return `${capital(THIS[s.thing])} ist bereits gespeichert.`;
				case 'setting':
					return s.problem === 'name'
						? 'Diese Einstellung hat einen unbrauchbaren Namen.'
						: 'Diese Einstellung konnte nicht gespeichert werden, weil ihr Wert keine einfachen Daten sind.';
				case 'backup':
					return BACKUP[s.step];
			}
		},
		held: (problem, what) =>
			`${WHY[problem]}, daher ist ${THIS[what]} nicht auf diesem Gerät gespeichert, sondern nur bis zum Schließen der App. ${NEXT[problem]}`,
		heldDelete: (problem, what) =>
			`${WHY[problem]}, daher ist ${THIS[what]} nicht von diesem Gerät gelöscht, sondern nur bis zum Schließen der App ausgeblendet. ${NEXT[problem]}`
	}
} satisfies Messages<typeof en>;

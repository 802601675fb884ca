import type { Messages } from '$lib/i18n/catalog';
import type en from './share.en';

export default {
	link: {
		missing:
			'In diesem Link ist keine Routine enthalten. Lassen Sie sich den Link noch einmal schicken.',
		tooLong: 'Dieser Link ist zu lang für eine Limber-Routine. Er wurde deshalb nicht geöffnet.',
		damaged:
			'Dieser Link ist beschädigt: Ein Teil fehlt oder wurde unterwegs verändert. Lassen Sie sich den Link noch einmal schicken.',
		newer:
			'Diese Routine wurde mit einer neueren Version von Limber geteilt. Aktualisieren Sie Limber und öffnen Sie den Link dann noch einmal.',
		invalid: 'Dieser Link enthält keine Routine, die Limber verwenden kann.'
	},
	file: {
		empty: 'Diese Datei ist leer.',
		tooBig: 'Diese Datei ist zu groß für eine Limber-Routine. Sie wurde deshalb nicht gelesen.',
		unreadable:
			'Diese Datei konnte nicht gelesen werden. Wählen Sie die Datei bitte noch einmal aus.',
		notJson: 'Diese Datei ist keine Limber-Routine, denn ihr Inhalt ist kein lesbares JSON.',
		notRoutine: 'Diese Datei ist keine Limber-Routine.',
		newer:
			'Diese Datei wurde mit einer neueren Version von Limber exportiert. Aktualisieren Sie Limber und versuchen Sie es dann noch einmal.',
		invalid: 'Die Routine in dieser Datei kann nicht verwendet werden.'
	},
	invalid: (why, what) => `${why} ${what}`,
	stepForm: 'Jeder Schritt braucht entweder eine Haltezeit oder eine Anzahl an Wiederholungen.',
	malformed: 'Ein Teil fehlt oder hat nicht die richtige Form.',
	atStep: (n, what) => `Schritt ${n}: ${what}`,
	beyond: {
		titleMissing: 'Diese Routine hat keinen Namen, den Limber anzeigen kann.',
		titleLong: (count, max) =>
			`Der Name dieser Routine hat ${count} Zeichen; Limber erlaubt Namen mit bis zu ${max} Zeichen.`,
		purposeLong: (count, max) =>
			`Die Notizen dieser Routine haben ${count} Zeichen; Limber erlaubt Notizen mit bis zu ${max} Zeichen.`,
		stepsMissing: 'Diese Routine hat keine Schritte; eine Routine braucht mindestens einen.',
		stepsMany: (count, max) =>
			`Diese Routine hat ${count} Schritte; Limber erlaubt Routinen mit bis zu ${max} Schritten.`,
		exerciseUnknown: (n) =>
			`Schritt ${n} dieser Routine ist eine Übung, die es in der Limber-Bibliothek nicht gibt.`,
		hold: (n, value, min, max) =>
			`Schritt ${n} dieser Routine wird ${value} Sekunden gehalten; Limber erlaubt ${min} bis ${max} ganze Sekunden.`,
		reps: (n, value, min, max) =>
			`Schritt ${n} dieser Routine hat ${value} Wiederholungen; Limber erlaubt ${min} bis ${max}.`,
		secondsPerRep: (n, value, min, max) =>
			`Bei Schritt ${n} dieser Routine dauert eine Wiederholung ${value} Sekunden; Limber erlaubt ${min} bis ${max} ganze Sekunden.`,
		rest: (n, value, min, max) =>
			`Nach Schritt ${n} dieser Routine folgen ${value} Sekunden zum Ausruhen; Limber erlaubt ${min} bis ${max} ganze Sekunden.`
	},
	nothingSaved: 'Es wurde nichts gespeichert.',
	shared: {
		title: 'Geteilte Routine',
		description:
			'Eine Routine, die jemand mit Ihnen geteilt hat: Sehen Sie sie sich an und behalten Sie eine Kopie, wenn Sie möchten.',
		opening: 'Link wird geöffnet …',
		intro:
			'Jemand hat diese Routine mit Ihnen geteilt. Sehen Sie sie sich in Ruhe an. Dann können Sie eine eigene Kopie speichern oder die Routine gleich starten.'
	},
	preview: {
		saved: 'Gespeichert',
		notSaved: 'Vorschau: noch nicht gespeichert',
		savedToMine: 'In meinen Routinen gespeichert',
		saveToMine: 'In meinen Routinen speichern',
		startNow: 'Jetzt starten',
		cancel: 'Abbrechen',
		savedLine: 'In Ihren Routinen gespeichert. {open} oder {all}.',
		openIt: 'Öffnen',
		seeAll: 'alle Routinen ansehen',
		download: 'Diese Routine herunterladen',
		downloadAfter:
			'Um sie zurückzuholen, wählen Sie auf der Seite „Routinen“ die Option „Routinendatei importieren“.'
	},
	card: {
		title: 'Teilen',
		intro:
			'Wer den Link hat, kann diese Routine in Limber öffnen, auch offline, und eine eigene Kopie speichern. Die Routine steckt im Link selbst; es wird nichts hochgeladen.',
		linkLabel: 'Link zu dieser Routine',
		share: 'Link teilen',
		text: (title) => `Eine Dehnroutine für Limber: ${title}`,
		said: {
			shared: 'Geteilt.',
			copied: 'Link kopiert',
			unsupported:
				'Dieser Browser konnte den Link nicht kopieren. Markieren Sie den Link oben und kopieren Sie ihn.'
		}
	}
} satisfies Messages<typeof en>;

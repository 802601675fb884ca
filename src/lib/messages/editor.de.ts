import type { Messages } from '$lib/i18n/catalog';
import type en from './editor.en';

const help = 'Geben Sie Minuten (20), Minuten und Sekunden (1:30) oder Stunden (1:05:00) ein.';
const range = 'Wählen Sie eine Zeit von 10 Sekunden bis 2 Stunden.';

export default {
	cancel: 'Abbrechen',
	checkBeforeSaving: {
		one: 'Bitte prüfen Sie vor dem Speichern diesen Punkt:',
		other: 'Bitte prüfen Sie vor dem Speichern diese Punkte:'
	},
	timer: {
		builder: 'Timer-Editor',
		editNamed: (title) => `${title} bearbeiten`,
		makeYourOwn: 'Eigenen Timer erstellen',
		create: 'Timer erstellen',
		description:
			'Einen eigenen Timer zum Kühlen, für Wärme oder zum Ausruhen erstellen oder ändern.',
		notFound: 'Timer nicht gefunden',
		missing: {
			edit: 'Auf diesem Gerät ist kein Timer mit diesem Link gespeichert. Es gibt also nichts zu bearbeiten.',
			copy: 'Der Timer, den Sie kopieren möchten, ist nicht auf diesem Gerät.'
		},
		createNew: 'Neuen Timer erstellen',
		name: 'Name',
		note: 'Notiz für Sie',
		phases: 'Phasen',
		addPhase: 'Phase hinzufügen',
		rounds: 'Durchgänge',
		roundsHint: 'Die Phasen oben laufen der Reihe nach und wiederholen sich dann so oft.',
		oneFewer: 'Ein Durchgang weniger',
		oneMore: 'Ein Durchgang mehr',
		download: 'Diesen Timer herunterladen',
		downloadAfter: 'Um ihn zurückzuholen, nutzen Sie Einstellungen → Sicherung wiederherstellen.',
		save: 'Timer speichern',
		phase: (n, name) => `Phase ${n}: ${name}`,
		what: 'Was',
		howLong: 'Wie lange',
		orPick: 'Oder wählen',
		pickFor: (n) => `Dauer für Phase ${n} wählen`,
		commonLengths: 'Übliche Dauer …',
		reads: (length) => `= ${length}.`,
		lengthHelp: 'Minuten (20), m:ss (1:30) oder h:mm:ss; 10 Sekunden bis 2 Stunden.',
		arrange: (n) => `Phase ${n} anordnen`,
		moveUp: (n) => `Phase ${n} nach oben`,
		moveDown: (n) => `Phase ${n} nach unten`,
		remove: (n) => `Phase ${n} entfernen`,
		problem: {
			titleMissing: 'Geben Sie diesem Timer einen Namen, damit Sie ihn später wiederfinden.',
			titleTooLong: (max) => `Der Name darf höchstens ${max} Zeichen lang sein.`,
			purposeTooLong: (max) => `Die Notiz darf höchstens ${max} Zeichen lang sein.`,
			rounds: (min, max) => `Wählen Sie ${min} bis ${max} Durchgänge.`,
			noPhases: 'Fügen Sie mindestens eine Phase hinzu.',
			tooManyPhases: (max, over) =>
				`Ein Timer kann bis zu ${max} Phasen haben. Entfernen Sie ${over}.`,
			kind: 'Wählen Sie, was diese Phase ist: Kühlen, Kühlpack ab, Wärme, Ausruhen oder Gehen.',
			tooShort: `Das ist kürzer als 10 Sekunden. ${range}`,
			tooLong: `Das ist länger als 2 Stunden. ${range}`,
			empty: `Hier fehlt eine Zeit. ${help}`,
			over59: `Nach einem Doppelpunkt gehen Minuten und Sekunden nur bis 59. ${help}`,
			unreadable: (text) => `Limber konnte „${text}“ nicht lesen. ${help}`,
			tooLarge: `Diese Zeit ist zu lang. ${help}`
		},
		line: {
			name: (problem) => `Name: ${problem}`,
			note: (problem) => `Notiz: ${problem}`,
			phase: (n, problem) => `Phase ${n}: ${problem}`,
			phaseNamed: (n, name, problem) => `Phase ${n} (${name}): ${problem}`,
			rounds: (problem) => `Durchgänge: ${problem}`
		}
	},
	routine: {
		editor: 'Routinen-Editor',
		editNamed: (title) => `„${title}“ bearbeiten`,
		duplicate: 'Routine duplizieren',
		new: 'Neue Routine',
		description: 'Eine eigene Dehnroutine erstellen oder ändern.',
		missing: 'Diese Routine ist nicht mehr auf diesem Gerät. Es gibt also nichts zu bearbeiten.',
		makeNew: 'Neue Routine erstellen',
		fixBeforeSaving: {
			one: 'Bitte korrigieren Sie vor dem Speichern diesen Punkt:',
			other: 'Bitte korrigieren Sie vor dem Speichern diese # Punkte:'
		},
		download: 'Diese Routine herunterladen',
		downloadAfter:
			'Um sie zurückzuholen, wählen Sie auf der Seite „Routinen“ die Option „Routinendatei importieren“.',
		name: 'Name',
		nameHint: (max) => `Bis zu ${max} Zeichen.`,
		notes: 'Notizen',
		steps: 'Schritte',
		stepsCount: (count, max) => `${count} von höchstens ${max}`,
		reorderHint:
			'Ziehen Sie einen Schritt am Griff oder nutzen Sie die Pfeile, um die Reihenfolge zu ändern.',
		moved: (name, n, count) => `${name} ist jetzt Schritt ${n} von ${count}.`,
		removed: (name) => `${name} wurde entfernt.`,
		added: (name, n) => `${name} wurde als Schritt ${n} hinzugefügt.`,
		addExercise: 'Übung hinzufügen',
		saving: 'Wird gespeichert …',
		save: 'Routine speichern',
		delete: 'Routine löschen',
		step: {
			drag: 'Ziehen, um die Reihenfolge zu ändern',
			moveUp: (name, n) => `Nach oben: ${name}, Schritt ${n}`,
			moveDown: (name, n) => `Nach unten: ${name}, Schritt ${n}`,
			remove: (name, n) => `${name} entfernen, Schritt ${n}`,
			howToTime: (name) => `Zeitmessung für ${name}`,
			hold: 'Halten',
			reps: 'Wiederholungen',
			holdSeconds: 'Halten (Sekunden)',
			repsHint: (seconds) => `Etwa ${seconds} s pro Wiederholung`,
			restAfter: 'Danach ausruhen (Sekunden)',
			noneAfterLast: 'Keine Pause nach dem letzten Schritt',
			eachSide: 'Jede Seite',
			untimed: 'Ohne Timer: warten, bis ich auf „Weiter“ tippe'
		},
		picker: {
			title: 'Übung hinzufügen',
			close: 'Schließen',
			search: 'Übungen suchen',
			add: (name) => `${name} hinzufügen`,
			noMatch: (query) => `Keine Übung passt zu „${query}“.`
		},
		problem: {
			'title-missing': 'Geben Sie der Routine einen Namen.',
			'title-long': (L) => `Der Name darf höchstens ${L.titleMax} Zeichen lang sein.`,
			'purpose-long': (L) => `Die Notizen dürfen höchstens ${L.purposeMax} Zeichen lang sein.`,
			'steps-missing': 'Fügen Sie mindestens eine Übung hinzu.',
			'steps-many': (L) => `Eine Routine kann höchstens ${L.stepsMax} Schritte haben.`,
			'exercise-unknown': 'Diese Übung gibt es in der Limber-Bibliothek nicht.',
			hold: (L) =>
				`Halten Sie ${L.holdSeconds.min} bis ${L.holdSeconds.max} Sekunden, in ganzen Sekunden.`,
			reps: (L) => `Wählen Sie ${L.reps.min} bis ${L.reps.max} Wiederholungen.`,
			'seconds-per-rep': (L) =>
				`Eine Wiederholung muss ${L.secondsPerRep.min} bis ${L.secondsPerRep.max} ganze Sekunden dauern.`,
			rest: (L) =>
				`Ruhen Sie sich ${L.restSeconds.min} bis ${L.restSeconds.max} Sekunden aus, in ganzen Sekunden.`
		},
		atStep: (n, problem) => `Schritt ${n}: ${problem}`
	}
} satisfies Messages<typeof en>;

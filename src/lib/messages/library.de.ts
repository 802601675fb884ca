import type { Messages } from '$lib/i18n/catalog';
import type en from './library.en';

export default {
	copyMark: 'Kopie',
	phase: {
		ice: 'Kühlen',
		'warm-up': 'Kühlpack ab',
		heat: 'Wärme',
		relax: 'Ausruhen',
		walk: 'Gehen'
	},
	positionInLine: {
		'lying-back': 'auf dem Rücken',
		'lying-side': 'auf der Seite',
		'lying-front': 'auf dem Bauch',
		kneeling: 'im Knien',
		sitting: 'im Sitzen',
		standing: 'im Stehen'
	},
	allRoutines: '← Alle Routinen',
	seeAllRoutines: 'Alle Routinen ansehen',
	allTimers: '← Alle Timer',
	seeAllTimers: 'Alle Timer ansehen',
	loading: 'Wird geladen …',
	opening: 'Wird geöffnet …',
	start: 'Starten',
	edit: 'Bearbeiten',
	duplicate: 'Duplizieren',
	delete: 'Löschen',
	named: (action, name) => `${action}: ${name}`,
	notDeleted: (name, why) => `„${name}“ wurde nicht gelöscht. ${why}`,
	notBack: (name, why) => `„${name}“ konnte nicht wiederhergestellt werden. ${why}`,
	routines: {
		title: 'Routinen',
		description:
			'Sanfte Dehnroutinen für einen schmerzenden unteren Rücken und Routinen, die Sie selbst erstellen.',
		intro:
			'Sanfte Dehnroutinen, Schritt für Schritt angeleitet mit Bildern, Stimme und Timer. Alle Dehnübungen finden Sie in der {link}.',
		introLink: 'Übungsbibliothek',
		flareLying: 'Schlechter Tag: Es werden nur Routinen im Liegen gezeigt.',
		flareShowAll: 'Alle Routinen zeigen',
		flareAll: 'Schlechter Tag ist an; es werden alle Routinen gezeigt.',
		flareOnlyLying: 'Nur Routinen im Liegen',
		builtIn: 'Enthaltene Routinen',
		noBuiltIn: 'Keine enthaltene Routine passt.',
		clearFilters: 'Filter zurücksetzen',
		mine: 'Ihre Routinen',
		newRoutine: 'Neue Routine',
		importFile: 'Routinendatei importieren',
		nothingSaved: 'Es wurde nichts gespeichert.',
		loadingMine: 'Ihre Routinen werden geladen …',
		noneYet:
			'Sie haben noch keine eigenen Routinen. Erstellen Sie eine neue, oder öffnen Sie eine enthaltene Routine und wählen Sie „Duplizieren und bearbeiten“.',
		noneMatch: 'Keine Ihrer Routinen passt.',
		deleted: 'Routine gelöscht'
	},
	filters: {
		label: 'Routinen filtern',
		position: 'Haltung',
		anyPosition: 'Jede Haltung',
		length: 'Dauer',
		lengths: {
			any: 'Jede Dauer',
			short: 'Bis 7 Minuten',
			medium: '7 bis 12 Minuten',
			long: 'Über 12 Minuten'
		}
	},
	meta: {
		unplayable: 'In dieser Version nicht abspielbar',
		steps: { one: '# Schritt', other: '# Schritte' }
	},
	steps: {
		eachSide: 'jede Seite',
		restAfter: (length) => `danach ${length} ausruhen`
	},
	routine: {
		steps: 'Schritte',
		startNamed: (title) => `${title} starten`,
		duplicateAndEdit: 'Duplizieren und bearbeiten',
		yours: 'Ihre Routine',
		yoursDescription: 'Eine Dehnroutine, die Sie erstellt haben, bereit zum Starten oder Ändern.',
		notFound: 'Routine nicht gefunden',
		notHere:
			'Diese Routine ist nicht auf diesem Gerät. Vielleicht wurde sie gelöscht, oder der Link wurde auf einem anderen Gerät erstellt. Ihre Routinen bleiben auf dem Gerät, auf dem Sie sie erstellt haben. Um eine zu senden, teilen Sie sie.',
		exportFile: 'Als Datei exportieren',
		exported: (title) => `„${title}“ wurde als Datei exportiert.`,
		notExported: 'Dieser Browser konnte die Datei nicht speichern.',
		unplayable:
			'Diese Routine enthält eine Übung, die es in dieser Version von Limber nicht gibt. Bearbeiten Sie die Routine und ersetzen Sie diesen Schritt.'
	},
	timers: {
		title: 'Timer',
		description:
			'Timer zum Kühlen, für Wärme und zum Ausruhen bei Schmerzen im unteren Rücken, und Timer, die Sie selbst erstellen.',
		intro:
			'Ausruhen, Kälte und Wärme, für Sie gestoppt. Der Countdown bleibt genau, auch wenn das Telefon sperrt.',
		deviceCheck: 'Wird mein Telefon mich erinnern?',
		deleted: 'Timer gelöscht',
		simple: 'Einfache Timer',
		ready: 'Fertige Timer',
		showAll: (more) => `Alle Timer zeigen (${more} weitere)`,
		mine: 'Ihre Timer',
		noneYet:
			'Erstellen Sie einen eigenen Timer: Kühlen, eine Pause ohne Kühlpack, Wärme, Ausruhen oder Gehen, so lange und so oft, wie es Ihnen guttut.',
		create: 'Timer erstellen'
	},
	timer: {
		checkFirst: 'Bitte prüfen Sie den Timer vor dem Speichern.',
		inAll: (length) => `${length} insgesamt`,
		rounds: { one: '# Durchgang', other: '# Durchgänge' },
		phases: 'Phasen',
		phasesRepeated: (rounds) => `Phasen, ${rounds}-mal wiederholt`,
		repeated: (rounds) => `${rounds}-mal wiederholt.`,
		startNamed: (title) => `${title} starten`,
		makeYourOwn: 'Eigenen Timer daraus machen',
		yours: 'Ihr Timer',
		yoursDescription: 'Ein Timer, den Sie erstellt haben, bereit zum Starten oder Ändern.',
		notFound: 'Timer nicht gefunden',
		notHere:
			'Auf diesem Gerät ist kein Timer mit diesem Link gespeichert. Vielleicht wurde er gelöscht oder auf einem anderen Gerät erstellt.',
		noId: 'Dieser Link sagt nicht, welcher Timer geöffnet werden soll.'
	}
} satisfies Messages<typeof en>;

import type { Messages } from '$lib/i18n/catalog';
import { plural } from '$lib/i18n/format';
import type en from './player.en';

export default {
	page: {
		title: 'Limber-Player',
		stepTitle: (step: string) => `${step} · Limber`,
		description: 'Die laufende Einheit, Schritt für Schritt, mit Ansagen und Signaltönen.',
		heading: 'Einheit',
		none: 'Keine Einheit läuft',
		noneText: 'Wählen Sie eine Dehnroutine oder einen Timer. Limber führt Sie Schritt für Schritt.',
		routines: 'Routinen',
		timers: 'Timer'
	},
	screen: {
		step: (step: number, total: number) => `Schritt ${step} von ${total}`,
		nextStep: (step: number, total: number) => `Als Nächstes: Schritt ${step} von ${total}`,
		help: 'Wann Sie Hilfe brauchen',
		leave: 'Player verlassen (die Einheit läuft weiter)',
		progress: 'Fortschritt der Einheit',
		elsewhere: 'Auch in einem anderen Tab geöffnet; die Signale kommen dort.',
		reps: (n: number) =>
			plural('de', n, { one: '# langsame Wiederholung', other: '# langsame Wiederholungen' }),
		calm: 'Lassen Sie den Rücken locker. Limber sagt Ihnen, wann es weitergeht.',
		next: (what: string) => `Als Nächstes: ${what}`,
		upNext: 'Danach: {step}',
		last: 'Das ist der letzte Schritt.',
		howTo: 'So geht es',
		breathe: 'Atmen:',
		feel: 'Das sollten Sie spüren:'
	},
	controls: {
		question: 'Diese Einheit beenden?',
		kept: 'Was Sie schon gemacht haben, bleibt gespeichert.',
		keepGoing: 'Weitermachen',
		stop: 'Beenden',
		label: 'Steuerung der Einheit',
		previous: 'Vorheriger Schritt',
		pause: 'Pause',
		resume: 'Fortsetzen',
		next: 'Weiter',
		keys: 'Tasten: Leertaste pausiert oder setzt fort, ← und → wechseln den Schritt, Esc beendet.'
	},
	ring: {
		whenReady: ['Wenn Sie', 'bereit sind'],
		paused: 'Pausiert'
	},
	badges: {
		'get-ready': 'Bereit machen',
		'switch-sides': 'Seite wechseln',
		rest: 'Ausruhen',
		cold: 'Kälte',
		'pack-off': 'Kühlpack ab',
		heat: 'Wärme',
		walk: 'Gehen',
		move: 'Bewegen',
		hold: 'Halten',
		breathe: 'Atmen',
		left: 'Linke Seite',
		right: 'Rechte Seite'
	},
	prestart: {
		checkFirst: {
			title: 'Vor dem Start abklären.',
			text: 'Fragen Sie in einer Arztpraxis oder in der Physiotherapie nach, bevor Sie diese Dehnübungen machen, wenn einer dieser Punkte zutrifft:',
			who: [
				'Sie sind schwanger.',
				'Sie wurden kürzlich am Rücken operiert.',
				'Sie haben Knochenschwund (Osteoporose).',
				'Es geht um ein Kind unter 16 Jahren.'
			]
		},
		total: (length: string) => `${length} insgesamt`,
		goBack: 'Zurück',
		checked: 'Ich wurde untersucht, trotzdem starten',
		painBefore: 'Bevor Sie beginnen: Wie stark sind Ihre Schmerzen gerade?',
		ready: 'Ich bin bereit, starten',
		startUnrated: 'Ohne Bewertung starten',
		start: 'Starten',
		notNow: 'Jetzt nicht'
	},
	summary: {
		wellDone: 'Gut gemacht',
		stopped: 'Einheit beendet',
		completed: (title: string, length: string) => `${title}: ${length}, abgeschlossen.`,
		stoppedAfter: (title: string, length: string) => `${title}: ${length} bis zum Beenden.`,
		saving: 'Wird in Ihrem Verlauf gespeichert …',
		saved: 'In Ihrem Verlauf gespeichert.',
		notSaved: {
			quota:
				'Auf Ihrem Gerät ist kein Speicherplatz mehr frei. Limber konnte diese Einheit deshalb nicht in Ihrem Verlauf speichern.',
			invalid:
				'Limber konnte diese Einheit nicht speichern: Einige Werte liegen außerhalb des gültigen Bereichs.',
			failed: 'Limber konnte diese Einheit nicht in Ihrem Verlauf speichern.'
		},
		keptAside:
			'Sie ist auf diesem Gerät zurückgelegt, und Limber versucht es beim nächsten Öffnen erneut.',
		tryOrDownload:
			'Versuchen Sie es erneut, oder laden Sie diese Einheit herunter, um eine Kopie zu behalten.',
		ratingNotSaved: 'Limber konnte Ihre Bewertung gerade nicht speichern. Versuchen Sie es erneut.',
		download: 'Diese Einheit herunterladen',
		downloadAfter: 'Zum Zurückholen: Einstellungen → Sicherung wiederherstellen.',
		undo: 'Rückgängig: weitermachen',
		painAfter: 'Wie stark sind Ihre Schmerzen jetzt?',
		savingRating: 'Ihre Bewertung wird gespeichert …',
		noted: (after: number) => `Notiert: Schmerzen ${after} von 10.`,
		notedFrom: (after: number, before: number) =>
			`Notiert: Schmerzen ${after} von 10, vorher ${before}.`,
		keptWithSession: 'Sie bleibt bei dieser Einheit gespeichert.',
		tryAgain: 'Erneut versuchen',
		getUp: 'Aufstehen, wenn Sie so weit sind',
		getUpText:
			'Keine Eile: Ruhen Sie sich aus, so lange Sie möchten. Wenn Sie aufstehen wollen, führt Limber Sie.',
		care: {
			stretch:
				'Wenn eine Dehnung stechende Schmerzen, Schmerzen bis ins Bein, Taubheitsgefühl oder Kribbeln ausgelöst hat, ruhen Sie sich aus und lesen Sie {link}.',
			ice: 'Prüfen Sie Ihre Haut: Ist sie weiß oder fleckig oder bleibt sie taub, kühlen Sie nicht weiter. Warten Sie ein paar Stunden bis zur nächsten Runde Kälte. Wenn die Schmerzen schlimmer werden, lesen Sie {link}.',
			heat: 'Prüfen Sie Ihre Haut: Ist sie sehr rot oder wund, legen Sie keine Wärme mehr auf. Wenn die Schmerzen schlimmer werden, lesen Sie {link}.',
			contrast:
				'Prüfen Sie Ihre Haut: Ist sie weiß, fleckig oder sehr rot oder bleibt sie taub, legen Sie weder Kälte noch Wärme auf. Wenn die Schmerzen schlimmer werden, lesen Sie {link}.',
			relax:
				'Stehen Sie langsam auf und rollen Sie sich dafür zuerst auf die Seite. Wenn die Schmerzen schlimmer werden, lesen Sie {link}.',
			walk: 'Wenn das Gehen stechende Schmerzen oder Schmerzen bis ins Bein ausgelöst hat, ruhen Sie sich aus und lesen Sie {link}.'
		},
		careLink: 'wann Sie Hilfe brauchen',
		today: 'Zurück zu Heute',
		history: 'Verlauf ansehen'
	},
	interrupted: {
		title: 'Ihre Einheit läuft noch',
		text: (left: string | null, paused: boolean) =>
			`{title} lief weiter, während Limber geschlossen war. Sie ist jetzt bei {step}${left === null ? '' : `, noch ${left} in diesem Schritt`}${paused ? ' (pausiert)' : ''}.`,
		continue: 'Dort weitermachen, wo sie gerade ist',
		end: 'Beenden und das Gemachte speichern'
	},
	returnBar: {
		label: 'Laufende Einheit',
		running: (title: string) => `${title} läuft`,
		paused: (title: string) => `${title} pausiert`,
		go: 'Zurück zur Einheit'
	}
} satisfies Messages<typeof en>;

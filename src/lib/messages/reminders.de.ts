import type en from './reminders.en';
import type { Messages } from '$lib/i18n/catalog';

export default {
	daily: {
		title: 'Erinnerung an den Tageseintrag',
		intro:
			'Ein Kalender-Wecker einmal am Tag, zu einer Uhrzeit Ihrer Wahl: ein paar Fingertipps dazu, wie es Ihrem Rücken geht. Er klingelt aus Ihrem Kalender, also auch bei geschlossenem Limber und ohne Verbindung.',
		toggle: 'Jeden Tag erinnern',
		time: 'Uhrzeit',
		timeHint: 'Nach der Uhr Ihres Telefons, auch nach der Zeitumstellung.',
		add: 'Zum Kalender hinzufügen',
		noAlarm: (event: string) =>
			`Öffnen Sie die Datei, um den Termin hinzuzufügen. Manche Kalender-Apps übernehmen den Wecker eines importierten Termins nicht. Wenn „${event}“ ohne Wecker erscheint, öffnen Sie den Termin, wählen Sie Bearbeiten und fügen Sie eine Erinnerung zur Uhrzeit des Termins hinzu.`,
		due: 'Solange Limber geöffnet ist, markiert Heute den Tageseintrag als „Fällig“, sobald die Uhrzeit vorbei ist. Ist Limber installiert und sind Mitteilungen erlaubt, zeigt das App-Symbol eine Markierung, bis Sie den Tageseintrag gemacht haben.',
		off: (event: string) =>
			`Gespeichert: Die Erinnerung ist aus. Limber kann Ihren Kalender nicht ändern. Um den Wecker abzustellen, öffnen Sie „${event}“ in Ihrem Kalender, wählen Sie Löschen und dann „Alle Termine“ (oder „Diesen und alle folgenden“).`,
		on: (time: string) =>
			`Gespeichert: Die Erinnerung ist an, um ${time}. Fügen Sie sie Ihrem Kalender hinzu, damit sie auch bei geschlossenem Limber klingelt.`,
		notATime: 'Wählen Sie eine Uhrzeit, zum Beispiel 09:00.',
		timeSaved: (time: string) =>
			`Gespeichert: ${time}. Wenn Ihr Kalender die Erinnerung schon hat, fügen Sie sie erneut hinzu, damit sie auch dort verschoben wird.`,
		fileFromToday: (time: string) =>
			`Kalenderdatei gespeichert: ein Wecker jeden Tag um ${time}, ab heute. Öffnen Sie die Datei, um ihn Ihrem Kalender hinzuzufügen.`,
		fileFromTomorrow: (time: string) =>
			`Kalenderdatei gespeichert: ein Wecker jeden Tag um ${time}, ab morgen. Öffnen Sie die Datei, um ihn Ihrem Kalender hinzuzufügen.`,
		event: 'Limber: Tageseintrag',
		alarm: 'Limber: Tageseintrag – kurz festhalten, wie es Ihrem Rücken heute geht',
		notes:
			'Limber: Tageseintrag – kurz festhalten, wie es Ihrem Rücken heute geht. Öffnen Sie Limber und tippen Sie auf Heute.'
	},
	noFile: 'Dieser Browser konnte die Kalenderdatei nicht speichern.',
	alarms: {
		title: 'Signale, wenn das Telefon beiseiteliegt',
		why: 'Ein Telefon kann Limber anhalten, wenn der Bildschirm sperrt, und kein Browser kann garantieren, es pünktlich zu wecken. Kalender-Wecker klingeln trotzdem am Ende jeder Phase.',
		add: 'Kalender-Wecker hinzufügen',
		saved: {
			one: 'Kalenderdatei mit # Wecker gespeichert. Öffnen Sie die Datei, um ihn Ihrem Kalender hinzuzufügen. Wenn Sie pausieren oder überspringen, fügen Sie die Wecker erneut hinzu.',
			other:
				'Kalenderdatei mit # Weckern gespeichert. Öffnen Sie die Datei, um sie Ihrem Kalender hinzuzufügen. Wenn Sie pausieren oder überspringen, fügen Sie sie erneut hinzu.'
		},
		paused:
			'Ein pausierter Timer hat keine festen Endzeiten. Setzen Sie ihn fort und fügen Sie dann die Wecker hinzu.'
	},
	notifications: {
		title: 'Eine Mitteilung bekommen, wenn eine Phase endet, auch mit Limber im Hintergrund',
		granted: 'Mitteilungen sind für Limber an.',
		denied:
			'Mitteilungen sind für Limber blockiert. Um sie zu bekommen, erlauben Sie Mitteilungen für diese Website in den Einstellungen des Browsers (auf einem Telefon in den Website- oder App-Einstellungen).',
		unsupported:
			'Dieser Browser kann keine Mitteilungen zeigen. Lassen Sie Limber auf dem Bildschirm, oder fügen Sie Kalender-Wecker hinzu, sobald der Timer läuft.',
		off: 'Mitteilungen sind aus. Limber fragt nur, wenn Sie auf die Schaltfläche tippen.',
		allow: 'Mitteilungen erlauben',
		honest:
			'Ein Telefon kann eine Webseite im Hintergrund oder bei gesperrtem Bildschirm anhalten, und kein Browser kann garantieren, sie pünktlich zu wecken. Fügen Sie bei langen Timern die Kalender-Wecker auch hinzu. {link}',
		check: 'Wird mein Telefon mich erinnern?'
	},
	again: {
		button: { one: 'In # Stunde erinnern', other: 'In # Stunden erinnern' },
		saved: (time: string) =>
			`Kalenderdatei mit einem Wecker um ${time} gespeichert. Öffnen Sie die Datei, um den Wecker Ihrem Kalender hinzuzufügen.`
	},
	phaseEnd: {
		ends: (name: string, action: string) => `Ende: ${name} – ${action}`,
		getReady: 'Bereit machen',
		takeOff: { ice: 'Kühlpack abnehmen', heat: 'Wärme abnehmen' },
		takeOffLast: {
			ice: 'Kühlpack abnehmen; Einheit abgeschlossen',
			heat: 'Wärme abnehmen; Einheit abgeschlossen'
		},
		then: {
			ice: 'Kühlpack auflegen',
			heat: 'Wärme auflegen',
			'warm-up': 'Haut wieder warm werden lassen',
			relax: 'Zeit zum Ausruhen',
			walk: 'Zeit für ein paar ruhige Schritte',
			rest: 'ausruhen',
			'switch-sides': 'Seite wechseln'
		},
		next: (label: string) => `als Nächstes: ${label}`,
		complete: 'Einheit abgeschlossen'
	}
} satisfies Messages<typeof en>;

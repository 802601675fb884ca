import type { Messages } from '$lib/i18n/catalog';
import type en from './device.en';

export default {
	cues: {
		title: 'Anleitung und Signale',
		toggles: {
			voice: { label: 'Anleitung per Stimme', hint: 'Sagt jeden Schritt an.' },
			chime: {
				label: 'Signalton',
				hint: 'Ein leiser Ton bei jedem neuen Schritt und ein Countdown.'
			},
			vibration: { label: 'Vibration', hint: 'Wenn das Telefon es unterstützt.' },
			wakeLock: { label: 'Bildschirm anlassen', hint: 'Während eine Einheit läuft.' },
			askPain: {
				label: 'Nach Schmerzen fragen',
				hint: 'Eine Bewertung von 0 bis 10 vorher und nachher.'
			}
		},
		voice: 'Stimme',
		defaultVoice: 'Standardstimme des Geräts',
		voiceOption: (name: string, lang: string, online: boolean) =>
			`${name} (${lang})${online ? ': braucht eine Verbindung' : ''}`,
		noVoice:
			'Auf diesem Gerät ist keine deutsche Stimme installiert. Limber gibt deshalb Signaltöne statt Ansagen. Fügen Sie in den Einstellungen des Geräts eine deutsche Sprachausgabe hinzu.',
		rate: (rate: string) => `Sprechtempo: ${rate}×`,
		tryVoice: 'Stimme testen',
		sample: 'Atmen Sie langsam aus und lassen Sie den Rücken locker.'
	},
	check: {
		title: 'Wird mein Telefon mich erinnern?',
		intro:
			'Was dieses Gerät und dieser Browser tun können, während ein Timer läuft. Ein Telefon kann eine Webseite anhalten, wenn der Bildschirm sperrt, und kein Browser kann garantieren, es pünktlich zu wecken. Für lange Timer sind Kalender-Wecker der sichere Weg.',
		status: { ok: 'Funktioniert', limited: 'Eingeschränkt', unavailable: 'Nicht verfügbar' },
		checking: 'Dieses Gerät wird geprüft …',
		allow: 'Mitteilungen erlauben',
		allowed: 'Mitteilungen sind erlaubt.',
		notAllowed:
			'Mitteilungen sind nicht erlaubt. Sie können das in den Website-Einstellungen des Browsers ändern.',
		again: 'Erneut prüfen',
		checked: (works: number, total: number) =>
			`Erneut geprüft. Funktioniert: ${works} von ${total}.`,
		labels: {
			install: 'Installierte App',
			notifications: 'Mitteilungen',
			'wake-lock': 'Bildschirm bleibt an',
			audio: 'Signaltöne',
			speech: 'Ansagen',
			vibration: 'Vibration',
			storage: 'Gespeicherte Daten'
		},
		advice: {
			'install-ok': 'Limber ist installiert und öffnet sich wie eine App.',
			'install-ios-share':
				'Fügen Sie Limber zum Home-Bildschirm hinzu: Tippen Sie auf Teilen und dann auf Zum Home-Bildschirm.',
			'install-ios-safari':
				'Öffnen Sie Limber in Safari und tippen Sie auf Teilen und dann auf Zum Home-Bildschirm.',
			'install-android':
				'Installieren Sie Limber über das Browsermenü (App installieren oder Zum Startbildschirm hinzufügen).',
			'install-chrome': 'Installieren Sie Limber mit dem Installieren-Knopf in der Adressleiste.',
			'install-safari':
				'Wählen Sie in Safari Ablage und dann Zum Dock hinzufügen (ab macOS Sonoma).',
			'install-firefox':
				'Firefox installiert am Computer keine Web-Apps; Limber funktioniert im Tab vollständig.',
			'install-other':
				'Installieren Sie Limber über das Browsermenü, wenn es das anbietet, oder lassen Sie einen Tab offen.',
			'notifications-ios-old':
				'Diese iOS-Version zeigt keine Web-Mitteilungen. Aktualisieren Sie auf iOS 16.4 oder neuer, oder nutzen Sie Kalender-Wecker.',
			'notifications-ios-not-installed':
				'Auf iPhone und iPad gibt es Mitteilungen erst, wenn Limber auf dem Home-Bildschirm ist (ab iOS 16.4).',
			'notifications-unsupported':
				'Dieser Browser zeigt keine Mitteilungen. Lassen Sie Limber auf dem Bildschirm, oder nutzen Sie Kalender-Wecker für lange Timer.',
			'notifications-denied-ios':
				'Mitteilungen sind blockiert. Erlauben Sie sie unter Einstellungen, Mitteilungen, Limber, damit Phasenwechsel Sie erreichen.',
			'notifications-denied-app':
				'Mitteilungen sind blockiert. Erlauben Sie sie in den App-Infos von Limber, damit Phasenwechsel Sie erreichen.',
			'notifications-denied-site':
				'Mitteilungen sind blockiert. Erlauben Sie sie in den Einstellungen dieser Website, damit Phasenwechsel Sie erreichen.',
			'notifications-install-allow':
				'Installieren Sie Limber und erlauben Sie Mitteilungen, damit Phasenwechsel Sie auch bei ausgeschaltetem Bildschirm erreichen.',
			'notifications-allow':
				'Erlauben Sie Mitteilungen, damit Phasenwechsel Sie erreichen, wenn Sie nicht hinsehen.',
			'notifications-ios-granted':
				'Mitteilungen sind an, aber iOS hält Web-Apps an, wenn der Bildschirm sperrt. Nutzen Sie Kalender-Wecker für lange Timer.',
			'notifications-ok': 'Phasenwechsel erscheinen als Mitteilungen.',
			'wake-lock-none':
				'Lassen Sie den Bildschirm an, während ein Timer läuft, oder nutzen Sie Kalender-Wecker.',
			'wake-lock-ios-old':
				'Unter dieser iOS-Version kann der Bildschirm in der App vom Home-Bildschirm trotzdem sperren. Stellen Sie Automatische Sperre auf Nie, oder nutzen Sie Kalender-Wecker.',
			'wake-lock-ok': 'Der Bildschirm bleibt an, während ein Timer läuft.',
			'audio-ok': 'Signaltöne sind bereit.',
			'audio-ok-ios': 'Signaltöne sind bereit. Im Stumm-Modus des Telefons bleiben sie still.',
			'audio-suspended': 'Signaltöne starten nach Ihrem ersten Tippen in Limber.',
			'audio-suspended-ios':
				'Signaltöne starten nach Ihrem ersten Tippen in Limber. Im Stumm-Modus des Telefons bleiben sie still.',
			'audio-unsupported':
				'Dieser Browser kann keine Signaltöne abspielen; Ansagen und Countdown funktionieren weiter.',
			'speech-unsupported':
				'Ansagen gibt es hier nicht; Signaltöne und Countdown funktionieren weiter.',
			'speech-no-voices':
				'Noch ist keine Stimme installiert. Fügen Sie in den Einstellungen des Geräts eine Sprachausgabe hinzu.',
			'speech-no-voice-for-language':
				'Es ist keine deutsche Stimme installiert. Limber gibt deshalb Signaltöne statt Ansagen. Fügen Sie in den Einstellungen des Geräts eine deutsche Sprachausgabe hinzu.',
			'speech-ok': 'Ansagen sind bereit.',
			'vibration-desktop': 'Ein Computer vibriert nicht; Signaltöne übernehmen die Hinweise.',
			'vibration-ok': 'Das Telefon vibriert bei jedem Phasenwechsel.',
			'vibration-ios':
				'iPhones lassen Web-Apps nicht vibrieren; Signaltöne und Mitteilungen übernehmen die Hinweise.',
			'vibration-unsupported':
				'Dieser Browser kann nicht vibrieren; Signaltöne und Mitteilungen übernehmen die Hinweise.',
			'storage-ok': 'Ihr Verlauf ist vor automatischem Aufräumen geschützt.',
			'storage-ios':
				'Dieser Browser kann die Daten von Limber nach 7 Tagen ohne Besuch löschen. Fügen Sie Limber zum Home-Bildschirm hinzu, um sie zu behalten.',
			'storage-mac':
				'Dieser Browser kann die Daten von Limber nach 7 Tagen ohne Besuch löschen. Fügen Sie Limber zum Dock hinzu, um sie zu behalten.',
			'storage-may-clear':
				'Der Browser kann die Daten von Limber löschen, wenn der Speicher knapp wird. Installieren Sie Limber und exportieren Sie ab und zu, dann sind sie sicher.'
		}
	}
} satisfies Messages<typeof en>;

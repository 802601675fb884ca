import type { Messages } from '$lib/i18n/catalog';
import type en from './settings.en';

export default {
	title: 'Einstellungen',
	description:
		'Stimme, Signalton und Bildschirm, eine tägliche Erinnerung an den Tageseintrag, Sicherungen und die Daten, die Limber auf diesem Gerät speichert.',
	appearance: 'Darstellung',
	theme: 'Farbschema',
	themes: { system: 'Wie dieses Gerät', light: 'Hell', dark: 'Dunkel' },
	themeNotKept:
		'Dieser Browser lässt Limber diese Auswahl nicht speichern (sein Speicher ist voll oder ausgeschaltet). Sie gilt deshalb nur, bis Sie die App schließen.',
	language: 'Sprache',
	languageHint: 'Die Sprache von Limber, auf allen Seiten.',
	install: 'Installieren',
	installText:
		'Installiert öffnet sich Limber wie jede App über den Startbildschirm und funktioniert ohne Verbindung.',
	about: 'Über Limber',
	aboutText:
		'Limber speichert alles, was Sie eintragen, auf diesem Gerät. Es sendet nichts und lädt nichts von anderen Websites.',
	version: 'Version {version} · MIT-Lizenz',
	privacy: 'Was Limber speichert, und Ihre Privatsphäre'
} satisfies Messages<typeof en>;

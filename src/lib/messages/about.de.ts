import type { Messages } from '$lib/i18n/catalog';
import type en from './about.en';

export default {
	title: 'Über Limber und Datenschutz',
	description:
		'Limber speichert Ihren Verlauf, Ihre Tageseinträge und Routinen nur auf diesem Gerät. Es sendet nichts.',
	heading: 'Über Limber',
	lead: 'Limber leitet sanfte Dehnübungen an, bietet Timer zum Kühlen, für Wärme und zum Ausruhen bei Krämpfen im unteren Rücken und führt ein privates Tagebuch.',
	help: 'Wann Sie Hilfe brauchen',
	stores: 'Was Limber speichert',
	kept: [
		'Ihren Verlauf: die Routinen und Timer, die Sie gemacht haben, mit Ihren Schmerzwerten.',
		'Ihr Tagebuch: den Tageseintrag jedes Tages.',
		'Die Routinen und Timer, die Sie selbst erstellen.',
		'Ihre Einstellungen, etwa das Design, den schlechten Tag und die Anleitung per Stimme.'
	],
	where: 'Wo es gespeichert wird',
	whereText:
		'Nur auf diesem Gerät, in diesem Browser. Ein anderer Browser oder ein anderes Telefon sieht es nicht, und wenn Sie die Websitedaten in diesem Browser löschen, ist es weg.',
	shares: 'Was geteilt wird',
	sharesText:
		'Nichts. Limber sendet nichts und lädt nichts von anderen Websites: keine Konten, keine Analyse, keine Werbung. Einmal geöffnet, funktioniert es ohne Verbindung.',
	backup: 'Eine Kopie behalten',
	backupText:
		'Um Ihre Daten zu sichern oder auf ein anderes Gerät zu bringen, erstellen Sie in {link} → Sicherung eine Sicherungsdatei und stellen sie dort auf dem anderen Gerät wieder her.',
	settings: 'Einstellungen',
	licence: 'Lizenz und Version',
	licenceText: 'Limber ist freie Software unter der MIT-Lizenz.',
	version: 'Version'
} satisfies Messages<typeof en>;

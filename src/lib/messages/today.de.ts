import type { Messages } from '$lib/i18n/catalog';
import type en from './today.en';

export default {
	head: {
		title: 'Limber · Heute',
		description:
			'Limber leitet Sie durch sanfte Dehnübungen und Timer für Kühlen, Wärme und Ausruhen bei Krämpfen im unteren Rücken und führt ein privates Tagebuch auf Ihrem Gerät. Funktioniert offline.'
	},
	title: 'Heute',
	flare: {
		label: 'Schlechter Tag',
		what: 'Für schlechte Tage: größere Schrift, Anleitung per Stimme, nur Übungen im Liegen.'
	},
	seized: 'Plötzlich Krampf im Rücken?',
	where: 'Wo sind Sie gerade?',
	helped: 'Was beim letzten Mal geholfen hat: {note}',
	how: 'Limber führt Sie von dort in eine bequeme Position, in der Sie sich ausruhen und ruhig atmen können.',
	orStretch: 'Oder sanft dehnen:',
	badDay: 'Ein schlechter Tag?',
	badDayWhat:
		'Kleine, langsame Bewegungen auf dem Rücken und auf der Seite, dazu viele Ruhepausen. Lassen Sie sich von der Stimme anleiten.',
	quick: 'Schnellstart',
	quickElse: 'Oder etwas anderes starten',
	startTile: '{title} starten',
	checkIn: {
		title: 'Tageseintrag',
		due: 'Fällig',
		fold: 'Wie geht es Ihrem Rücken heute? Fünf kurze Fragen, etwa eine Minute.',
		button: 'Heute eintragen'
	}
} satisfies Messages<typeof en>;

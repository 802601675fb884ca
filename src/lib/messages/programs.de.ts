import type { Messages } from '$lib/i18n/catalog';
import type en from './programs.en';

export default {
	programs: {
		'ice-20': {
			title: 'Kühlen, 20 Minuten',
			purpose:
				'Ein Durchgang: 20 Minuten Kälte, dann 20 Minuten ohne Kühlpack, während die Haut wieder warm wird. Wickeln Sie das Kühlpack in ein Tuch und legen Sie Eis nie direkt auf die Haut. Wenn der Krampf wiederkommt, kühlen Sie nach etwa zwei Stunden noch einmal.'
		},
		'heat-15': {
			title: 'Wärme, 15 Minuten',
			purpose:
				'Eine kürzere Zeit Wärme für angespannte, müde Muskeln. Lassen Sie ein Handtuch oder einen Bezug zwischen Wärme und Haut, und schlafen Sie nie auf einem Heizkissen ein.'
		},
		'heat-20': {
			title: 'Wärme, 20 Minuten',
			purpose:
				'Wärme, um angespannte, überlastete Muskeln zu lockern, wenn Kälte nicht geholfen hat. Lassen Sie ein Handtuch oder einen Bezug zwischen Wärme und Haut, und schlafen Sie nie auf einem Heizkissen ein.'
		},
		'rest-10': {
			title: 'Ausruhen, 10 Minuten',
			purpose:
				'Setzen oder legen Sie sich an einen ruhigen Ort und lassen Sie die Rückenmuskeln aufhören zu arbeiten. Vielen tut es gut, auf dem Rücken mit angewinkelten Knien zu liegen.'
		},
		'rest-20': {
			title: 'Ausruhen, 20 Minuten',
			purpose:
				'Eine längere, ruhige Pause im Liegen oder Sitzen, in der Haltung, die die Schmerzen lindert. Stehen Sie am Ende langsam auf.'
		},
		'walk-10': {
			title: 'Ruhiges Gehen, 10 Minuten',
			purpose:
				'Ein ruhiger Spaziergang, wenn langes Sitzen oder zu wenig Bewegung die Ursache ist. Drehen Sie nach der halben Zeit um, damit Sie dort ankommen, wo Sie losgegangen sind. Wenn ein Krampf einsetzt, bleiben Sie stehen und dehnen Sie sich.'
		}
	},
	poorFeeling:
		'Verwenden Sie Kälte oder Wärme nicht auf Haut mit wenig Gefühl (Taubheit, Diabetes, schlechte Durchblutung) und nicht auf verletzter Haut.',
	safetyNotes: {
		ice: 'Wickeln Sie das Kühlpack in ein Tuch. Legen Sie Eis nie direkt auf die Haut.',
		'warm-up':
			'Kühlpack ab. Lassen Sie die Haut wieder warm werden und prüfen Sie, ob sie normal aussieht.',
		heat: 'Lassen Sie immer Stoff zwischen Haut und Wärme, und schlafen Sie nie auf einem Heizkissen ein.',
		relax:
			'Ruhen Sie sich in der Haltung aus, die die Schmerzen lindert, und stehen Sie danach langsam auf.',
		walk: 'Gehen Sie in ruhigem Tempo. Wenn ein Krampf einsetzt, bleiben Sie stehen und dehnen Sie sanft.'
	},
	adviseLimits: {
		ice: 'Meist wird Kälte für höchstens 20 Minuten am Stück empfohlen. Schonender für die Haut ist eine kürzere Zeit und dann eine Pause.',
		'warm-up':
			'Eine lange Pause ist in Ordnung. Kühlen Sie nur wieder, wenn der Krampf zurückkommt, und prüfen Sie vorher Ihre Haut.',
		heat: 'Meist wird Wärme für höchstens 20 Minuten am Stück empfohlen. Prüfen Sie Ihre Haut, und schlafen Sie nie auf einem Heizkissen ein.',
		relax:
			'Ausruhen hilft, aber langes Stillliegen kann den Rücken steifer machen. Stehen Sie auf und bewegen Sie sich sanft, wenn es geht.',
		walk: 'Solange sich Ihr Rücken beruhigt, sind kurze, ruhige Wege schonender. Sie können später jederzeit noch einmal gehen.'
	},
	repeatReminders: {
		'ice-20': {
			title: 'In zwei Stunden noch einmal kühlen?',
			text: 'Wenn der Krampf wiederkommt, können nach einer Pause von etwa zwei Stunden weitere 20 Minuten Kälte helfen. Ein Kalenderalarm kann Sie daran erinnern, auch wenn Limber geschlossen ist.',
			alarm: 'Ist der Krampf zurück? Noch einmal 20 Minuten kühlen (Limber)'
		}
	}
} satisfies Messages<typeof en>;

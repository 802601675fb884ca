import type { Messages } from '$lib/i18n/catalog';
import type en from './routines.en';

export default {
	routines: {
		'first-hours-floor': {
			title: 'Die ersten Stunden, auf dem Boden',
			purpose:
				'Wenn Ihr Rücken sich gerade verkrampft hat und Sie auf dem Boden sind: Bleiben Sie unten, legen Sie sich auf die Seite oder den Rücken, ruhen Sie mit hochgelagerten Beinen und atmen Sie langsam. Kein Knien und kein Aufstehen am Ende: Das machen Sie, wenn Sie so weit sind. Die erste Bewegung wartet auf Sie: Tippen Sie auf „Weiter“, wenn Sie so weit sind.'
		},
		'first-hours': {
			title: 'Die ersten Stunden, auf einem Bett oder Sofa',
			purpose:
				'Wenn Ihr Rücken sich gerade verkrampft hat und Sie auf einem Bett oder Sofa sind: Legen Sie sich sicher hin, ruhen Sie mit den Beinen auf Kissen und atmen Sie langsam. Kein Knien und kein Aufstehen am Ende: Das machen Sie, wenn Sie so weit sind. Das Hinlegen wartet auf Sie: Tippen Sie auf „Weiter“, wenn Sie liegen.'
		},
		'first-hours-standing': {
			title: 'Die ersten Stunden, im Stehen oder Sitzen',
			purpose:
				'Wenn Ihr Rücken sich gerade verkrampft hat und Sie stehen oder auf einem Stuhl sitzen: Gehen Sie mit kleinen Schritten zu einem Bett oder Sofa, legen Sie sich sicher hin, ruhen Sie sich aus und atmen Sie langsam. Kein Knien und kein Aufstehen am Ende. Die Bewegungen warten auf Sie: Tippen Sie auf „Weiter“, wenn Sie so weit sind.'
		},
		'get-up-from-floor': {
			title: 'Vom Boden aufstehen',
			purpose:
				'Wenn Sie bereit sind aufzustehen: erst auf die Seite, dann in Etappen hoch, mit einem stabilen Stuhl zum Abstützen. Dabei knien Sie kurz. Es eilt nicht: Der Schritt wartet auf Sie.'
		},
		'get-up-from-bed': {
			title: 'Von einem Bett oder Sofa aufstehen',
			purpose:
				'Wenn Sie bereit sind aufzustehen: über die Seite, damit Arme und Beine die Arbeit machen und sich Ihr Rücken nicht verdreht. Es eilt nicht: Der Schritt wartet auf Sie.'
		},
		'spasm-relief': {
			title: 'Hilfe bei Rückenkrampf',
			purpose:
				'Sanfte Dehnübungen rund um die Stellung des Kindes, für wenn Bewegen wieder etwas leichter geht: angeleitet auf den Boden, Übungen im Knien, dann auf dem Rücken, und angeleitet wieder hoch.'
		},
		'flare-day': {
			title: 'Sanfte Dehnübungen im Liegen',
			purpose:
				'Für schlechte Tage: Alles geschieht auf dem Rücken oder auf der Seite, im Bett oder auf dem Boden, wenn Sie schon dort sind (tippen Sie auf „Weiter“, um das Hinlegen zu überspringen). Langsame, kleine Bewegungen und viele Pausen, ohne Knien und ohne Aufstehen am Ende.'
		},
		'desk-break': {
			title: 'Pause am Schreibtisch',
			purpose:
				'Langes Sitzen ist eine häufige Ursache für Krämpfe im Rücken. Fünf Minuten auf dem Stuhl und im Stehen, dann ein kurzer Spaziergang.'
		},
		'morning-mobility': {
			title: 'Morgens locker werden',
			purpose:
				'Lockert einen steifen Rücken nach der Nacht: angeleitet auf den Boden, Übungen im Liegen und auf Händen und Knien, angeleitet wieder hoch, und zum Schluss Übungen im Stehen.'
		},
		'bedtime-wind-down': {
			title: 'Zur Ruhe kommen vor dem Schlafen',
			purpose:
				'Langsame, ruhige Dehnübungen, damit sich der Rücken vor dem Schlafen beruhigt: angeleitet auf den Boden, Ausruhen auf dem Rücken, so lange Sie möchten (ohne Uhr, tippen Sie auf „Weiter“, wenn Sie fertig sind), und angeleitet wieder hoch.'
		},
		'walk-and-stretch': {
			title: 'Gehen und dehnen',
			purpose:
				'Wenn zu wenig Bewegung die Ursache ist: ein kurzer, ruhiger Spaziergang, um warm zu werden, Übungen im Stehen, dann angeleitet auf den Boden für zwei Übungen im Knien und wieder hoch.'
		},
		'in-bed': {
			title: 'Im Bett',
			purpose:
				'Sanfte Bewegungen, die Sie im Bett machen können, bevor Sie aufstehen, und zum Schluss über die Seite aus dem Bett.'
		},
		'breathe-and-let-go': {
			title: 'Atmen und loslassen',
			purpose:
				'Sieben ruhige Minuten mit gesprochener Anleitung, damit die Rückenmuskeln loslassen können. Im Liegen, mit geschlossenen Augen, wenn Sie möchten; das passt auch für die Nacht.'
		},
		'short-walk': {
			title: 'Ruhiges Gehen, 3 Minuten',
			purpose:
				'Gehen Sie 3 Minuten, so langsam Sie müssen: die halbe Zeit hin, dann zurück. Sich oft ein wenig zu bewegen hilft dem Rücken, sich zu erholen.'
		},
		'walk-5': {
			title: 'Ruhiges Gehen, 5 Minuten',
			purpose:
				'Der nächste Schritt nach 3 Minuten Gehen: 5 Minuten, so langsam Sie müssen, die halbe Zeit hin und dann zurück. Wenn es zu viel ist, reicht heute auch der kürzere Weg.'
		}
	}
} satisfies Messages<typeof en>;

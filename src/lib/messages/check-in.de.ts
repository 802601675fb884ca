import type { Messages } from '$lib/i18n/catalog';
import type en from './check-in.en';

export default {
	questions: {
		spasms: 'Heute Krämpfe im Rücken?',
		numbness: 'Heute Taubheitsgefühl oder Kribbeln? Kreuzen Sie jede Stelle an.',
		places: {
			saddle: 'Zwischen den Beinen, Gesäß, After oder Innenseite der Oberschenkel',
			'both-legs': 'In beiden Beinen',
			'one-leg': 'Entlang eines Beins'
		},
		none: 'Keine',
		bladderBowel:
			'Neue Probleme mit Blase oder Darm, etwa ungewollter Urinverlust oder Schwierigkeiten beim Wasserlassen?',
		severe:
			'Sind die Schmerzen so stark, dass Sie kaum denken, sprechen oder schlafen können oder sich nur sehr schwer bewegen, aufstehen, waschen oder anziehen können?',
		keep: 'So lassen, wie es war',
		notNow: 'Jetzt nicht'
	},
	form: {
		savedAt: (time: string) =>
			`Heute um ${time} Uhr gespeichert. Ändern Sie, was Sie möchten, und speichern Sie erneut.`,
		pain: 'Schmerzen gerade jetzt',
		yes: 'Ja',
		no: 'Nein',
		water: 'Gläser Wasser',
		fewer: 'Ein Glas weniger',
		more: 'Ein Glas mehr',
		note: 'Notiz',
		optional: '(freiwillig)',
		save: 'Tageseintrag speichern',
		update: 'Tageseintrag aktualisieren'
	},
	result: {
		noPain: 'Wählen Sie vor dem Speichern, wie stark Ihre Schmerzen sind, von 0 bis 10.',
		unanswered: 'Beantworten Sie vor dem Speichern jede Frage oben.',
		raised: 'Tageseintrag gespeichert. Er zeigt einen Grund, Hilfe zu holen: siehe oben.',
		saved: 'Tageseintrag gespeichert. Sie können ihn bis zum Ende des Tages ändern.'
	},
	summary: {
		notStarted:
			'Limber konnte für diese Krämpfe keine Episode beginnen: Ein Teil der App wurde nicht geladen. Prüfen Sie die Verbindung und tippen Sie dann auf „Erneut versuchen“.',
		savedAt: (time: string) => `Heute um ${time} Uhr gespeichert.`,
		noYesterday: 'Es gibt keinen Tageseintrag von gestern zum Vergleich.',
		change: 'Ändern',
		changeName: 'Tageseintrag ändern',
		more: 'Weitere Antworten',
		labels: {
			pain: 'Schmerzen',
			spasms: 'Krämpfe',
			numbness: 'Taubheitsgefühl oder Kribbeln',
			bladderBowel: 'Neue Probleme mit Blase oder Darm',
			severe: 'Schmerzen, so stark, dass Denken, Schlafen oder Bewegen schwerfällt',
			water: 'Wasser',
			note: 'Notiz'
		},
		yes: 'Ja',
		no: 'Nein',
		painValue: (n: number) => `${n} von 10`,
		painDown: (by: number, before: number) => `${by} weniger als gestern (${before})`,
		painUp: (by: number, before: number) => `${by} mehr als gestern (${before})`,
		same: 'wie gestern',
		yesterday: (answer: string) => `gestern: ${answer}`,
		glasses: { one: '# Glas', other: '# Gläser' },
		notAsked: 'An dem Tag nicht gefragt',
		placeUnknown: 'Ja, Stelle nicht eingetragen',
		places: (labels: readonly string[]) => labels.join('; ')
	}
} satisfies Messages<typeof en>;

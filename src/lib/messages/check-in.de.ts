import type { Messages } from '$lib/i18n/catalog';
import type en from './check-in.en';

export default {
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

import type { Messages } from '$lib/i18n/catalog';
import type en from './guide.en';

export default {
	title: 'Ratgeber',
	description:
		'Was bei einem Krampf im unteren Rücken hilft: was Sie erwarten können, hinlegen und aufstehen, Ruhepausen, Kälte, Wärme, Flüssigkeit, Bewegung, Dehnen, Schmerzmittel, Bewegungen im Alltag, Schlaf, Sorgen und Kräfte einteilen, Arbeit, wenn es wiederkommt und wann Sie Hilfe brauchen.',
	lead: 'Was bei einem Krampf im Rücken hilft und wann Sie Hilfe brauchen. Kurz, ruhig und in einfachen Worten.',
	checkSigns: 'Warnzeichen prüfen',
	about: 'Über Limber und Ihre Privatsphäre',
	brand: 'Limber-Ratgeber',
	allTopics: '← Alle Themen im Ratgeber',
	position: (n: number, total: number) => `Ratgeber · ${n} von ${total}`,
	doNow: 'Was Sie jetzt tun können',
	pager: 'Themen im Ratgeber',
	previous: '← Zurück',
	next: 'Weiter →',
	topics: {
		'see-a-doctor': {
			title: 'Wann Sie Hilfe brauchen',
			summary:
				'Die meisten Krämpfe legen sich mit dem, was Sie zu Hause tun können. Einige Zeichen bedeuten, dass Sie Hilfe brauchen: manche sofort, manche noch am selben Tag, manche in den nächsten Tagen.'
		},
		'what-is-a-spasm': {
			title: 'Was ist ein Krampf im Rücken?',
			summary:
				'Die Muskeln im unteren Rücken spannen sich plötzlich an, ohne dass Sie es wollen. Die meisten Krämpfe bessern sich mit dem, was Sie zu Hause tun können.'
		},
		'what-to-expect': {
			title: 'Was Sie erwarten können',
			summary:
				'Die meisten Krämpfe im Rücken bessern sich innerhalb von Tagen bis wenigen Wochen. Sanfte Bewegung hilft; lange im Bett zu bleiben verzögert die Besserung.'
		},
		'getting-up-and-down': {
			title: 'Hinlegen und aufstehen',
			summary:
				'Bewegen Sie sich in einem Stück und lassen Sie Arme und Beine die Arbeit machen: aus dem Bett, auf den Boden und wieder hoch.'
		},
		rest: {
			title: 'Ausruhen',
			summary:
				'Setzen oder legen Sie sich an einen ruhigen Ort und lassen Sie die Muskeln zur Ruhe kommen.'
		},
		cold: {
			title: 'Kälte',
			summary:
				'Ein Kühlpack für 20 Minuten, danach eine Pause, bis die Haut wieder warm geworden ist.'
		},
		heat: {
			title: 'Wärme',
			summary: 'Wenn Kälte nicht hilft, kann Wärme angespannte, überlastete Muskeln lockern.'
		},
		fluids: {
			title: 'Flüssigkeit und Elektrolyte',
			summary:
				'Mehr zu trinken kann helfen, wenn zu wenig Wasser oder Salze ein Teil der Ursache ist.'
		},
		movement: {
			title: 'Sanfte Bewegung',
			summary:
				'Wenn langes Sitzen oder zu wenig Bewegung die Ursache ist, kann ein ruhiger Spaziergang helfen.'
		},
		stretching: {
			title: 'Dehnen',
			summary: 'Sanfte Dehnübungen für den Rücken helfen, egal was die Ursache ist.'
		},
		'pain-relief': {
			title: 'Schmerzmittel',
			summary:
				'Ein rezeptfreies entzündungshemmendes Schmerzmittel kann Schmerzen und Entzündung lindern.'
		},
		'everyday-moves': {
			title: 'Bewegungen im Alltag',
			summary:
				'Husten und Niesen, Anziehen, die Toilette und das Auto, mit weniger Belastung für einen schmerzenden Rücken.'
		},
		'sleeping-positions': {
			title: 'Positionen zum Schlafen und Ausruhen',
			summary:
				'Positionen, in denen die Rückenmuskeln locker lassen können, im Bett oder auf dem Boden.'
		},
		'worry-sleep-pacing': {
			title: 'Sorgen, Schlaf und Kräfte einteilen',
			summary:
				'Sorgen und schlechter Schlaf können Schmerzen stärker wirken lassen. Wenig, aber oft: So halten Sie besser durch.'
		},
		'sitting-driving-work': {
			title: 'Sitzen, Autofahren und Arbeit',
			summary:
				'Sitzen Sie mit Stütze, wechseln Sie oft die Position und kehren Sie Schritt für Schritt in Ihren Alltag zurück.'
		},
		'if-it-comes-back': {
			title: 'Wenn es wiederkommt',
			summary:
				'Rückenschmerzen kommen oft wieder. Aktiv zu bleiben senkt das Risiko, und ein kurzer Plan hilft, falls es wiederkommt.'
		}
	},
	actions: {
		'check-signs': 'Warnzeichen prüfen',
		'spasm-relief': 'Routine gegen Krämpfe starten',
		'first-walk': '3 Minuten ruhig gehen',
		'first-hours': 'Routine für die ersten Stunden starten',
		'rest-10': '10 Minuten ausruhen',
		ice: 'Kühl-Timer starten',
		heat: 'Wärme-Timer starten',
		'log-water': 'Wasser im heutigen Tageseintrag notieren',
		'note-pain': 'Schmerzen im heutigen Tageseintrag notieren',
		brace: 'Bauch anspannen beim Husten üben',
		breathe: 'Atmen und loslassen starten',
		'desk-break': 'Pause am Schreibtisch starten'
	}
} satisfies Messages<typeof en>;

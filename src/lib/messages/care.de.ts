// Wann Sie Hilfe brauchen: the wording is docs/glossary.md's, line for line (Sie).
import type { Messages } from '$lib/i18n/catalog';
import type en from './care.en';

type Day = 'today' | 'yesterday';
const day = (when: Day) => (when === 'today' ? 'heute' : 'gestern');

export default {
	signs: {
		'saddle-numbness': {
			question:
				'Neues Taubheitsgefühl oder Kribbeln zwischen den Beinen, am Gesäß, rund um den After oder an den Innenseiten der Oberschenkel – dort, wo man auf einem Fahrradsattel sitzt?',
			hint: 'Beim Abwischen nach dem Toilettengang kann es sich seltsam oder taub anfühlen.',
			label:
				'Taubheitsgefühl oder Kribbeln zwischen den Beinen, am Gesäß, rund um den After oder an den Innenseiten der Oberschenkel',
			reason:
				'Sie haben neues Taubheitsgefühl oder Kribbeln zwischen den Beinen, am Gesäß oder rund um den After.'
		},
		'bladder-bowel': {
			question: 'Neue Probleme mit Blase oder Darm?',
			hint: 'Es fällt schwer, mit dem Wasserlassen anzufangen oder aufzuhören; Sie merken nicht, wann die Blase voll ist; Sie verlieren ungewollt Urin oder können den Stuhl nicht halten.',
			label:
				'neue Probleme mit Blase oder Darm, etwa ungewollter Urinverlust oder nicht Wasser lassen können',
			reason: 'Sie haben neue Probleme mit Blase oder Darm.'
		},
		'both-legs': {
			question:
				'Schwäche oder Taubheitsgefühl in beiden Beinen, oder Beine, die immer schwächer werden oder wegknicken?',
			hint: 'Auch Schmerzen, die in beide Beine ausstrahlen, zählen dazu.',
			label:
				'Schwäche, Taubheitsgefühl oder Schmerzen in beiden Beinen, oder Beine, die wegknicken',
			reason:
				'Sie haben Schwäche, Taubheitsgefühl oder Schmerzen in beiden Beinen, oder Ihre Beine werden immer schwächer.'
		},
		'sexual-function': {
			question: 'Eine neue Veränderung der Sexualfunktion?',
			hint: 'Neue Schwierigkeiten, eine Erektion zu bekommen oder zu halten, oder weniger Gefühl im Genitalbereich beim Sex.',
			label: 'eine neue Veränderung der Sexualfunktion, etwa weniger Gefühl im Genitalbereich',
			reason: 'Sie bemerken eine neue Veränderung der Sexualfunktion.'
		},
		'chest-pain': {
			question: 'Schmerzen im Brustkorb zusätzlich zu den Rückenschmerzen?',
			label: 'Schmerzen im Brustkorb zusammen mit den Rückenschmerzen',
			reason: 'Sie haben Schmerzen im Brustkorb zusätzlich zu den Rückenschmerzen.'
		},
		'serious-fall': {
			question:
				'Haben die Schmerzen nach einem schweren Sturz, einem Unfall oder einem Schlag auf den Rücken begonnen?',
			label: 'Rückenschmerzen nach einem schweren Sturz, Unfall oder Schlag',
			reason:
				'Ihre Rückenschmerzen haben nach einem schweren Sturz, einem Unfall oder einem Schlag begonnen.'
		},
		fever: {
			question: 'Haben Sie Fieber, oder fühlen Sie sich heiß und fröstelig?',
			label: 'Fieber, oder sich heiß und fröstelig fühlen',
			reason:
				'Sie haben Fieber oder fühlen sich heiß und fröstelig, zusätzlich zu den Rückenschmerzen.'
		},
		'severe-worsening': {
			question:
				'Werden die Schmerzen schlimmer und sind sie so stark, dass Sie kaum denken, sprechen oder schlafen können oder sich nur sehr schwer bewegen, aufstehen, waschen oder anziehen können?',
			hint: 'Ein hoher Schmerzwert allein ist bei einem Krampf häufig.',
			label:
				'Schmerzen, die schlimmer werden und so stark sind, dass Sie kaum denken, sprechen oder schlafen können oder sich nur sehr schwer bewegen, aufstehen, waschen oder anziehen können',
			reason:
				'Ihre Schmerzen werden schlimmer und sind so stark, dass Denken, Schlafen oder Bewegen schwerfällt.'
		},
		'not-eased': {
			question:
				'Lindert nichts die Schmerzen (Ausruhen, Lagewechsel, Schmerzmittel), oder halten sie die ganze Nacht an?',
			label: 'Schmerzen, die durch nichts nachlassen oder die ganze Nacht anhalten',
			reason: 'Nichts lindert Ihre Schmerzen, oder sie halten die ganze Nacht an.'
		},
		'one-leg': {
			question: 'Taubheitsgefühl, Kribbeln oder Schwäche entlang eines Beins?',
			label: 'Taubheitsgefühl, Kribbeln oder Schwäche entlang eines Beins',
			reason: 'Sie haben Taubheitsgefühl, Kribbeln oder Schwäche entlang eines Beins.'
		},
		'cannot-move': {
			question: 'Können Sie vor Schmerzen nicht gehen oder sich bewegen?',
			label: 'vor Schmerzen nicht gehen oder sich bewegen können',
			reason: 'Sie können vor Schmerzen nicht gehen oder sich bewegen.'
		},
		'cancer-or-weight-loss': {
			question:
				'Sind diese Rückenschmerzen neu, und hatten Sie schon einmal Krebs oder haben Sie ungewollt abgenommen?',
			label:
				'neue Rückenschmerzen nach einer Krebserkrankung oder mit Gewichtsverlust ohne erkennbaren Grund',
			reason:
				'Ihre Rückenschmerzen sind neu, und Sie hatten schon einmal Krebs oder haben ungewollt abgenommen.'
		},
		'lump-or-shape': {
			question:
				'Ein Knoten oder eine Schwellung am Rücken, oder hat sich die Form Ihres Rückens verändert?',
			label:
				'ein Knoten oder eine Schwellung am Rücken oder ein Rücken, der seine Form verändert hat',
			reason:
				'Sie haben einen Knoten oder eine Schwellung am Rücken, oder Ihr Rücken hat seine Form verändert.'
		},
		'cough-sneeze': {
			question: 'Werden die Schmerzen beim Husten, Niesen oder beim Stuhlgang stärker?',
			label: 'Schmerzen, die beim Husten, Niesen oder Stuhlgang stärker werden',
			reason: 'Ihre Schmerzen werden beim Husten, Niesen oder beim Stuhlgang stärker.'
		},
		'upper-back': {
			question: 'Sitzen die Schmerzen oben im Rücken, zwischen den Schulterblättern, statt unten?',
			label: 'Schmerzen oben im Rücken, zwischen den Schulterblättern',
			reason: 'Ihre Schmerzen sitzen oben im Rücken, zwischen den Schulterblättern.'
		},
		'thin-bones-fall': {
			question:
				'Haben die Schmerzen nach einem leichten Sturz oder einer Überlastung begonnen, und haben Sie Knochenschwund (Osteoporose) oder nehmen Sie seit Längerem Kortison-Tabletten?',
			label:
				'Rückenschmerzen nach einem leichten Sturz oder einer Überlastung, bei Knochenschwund (Osteoporose) oder Kortison-Tabletten über längere Zeit',
			reason:
				'Ihre Schmerzen haben nach einem leichten Sturz oder einer Überlastung begonnen, und Sie haben Knochenschwund oder nehmen Kortison-Tabletten.'
		},
		'lasting-spasms': {
			question:
				'Halten die Krämpfe oder Schmerzen schon länger als drei Tage an, ohne nachzulassen?',
			label: 'Krämpfe oder Schmerzen, die länger als drei Tage anhalten',
			reason: 'Ihre Krämpfe oder Schmerzen halten schon länger als drei Tage an.'
		},
		'keeps-returning': {
			question:
				'Kommen die Krämpfe immer wieder, oder hindern sie Sie am Schlafen oder am normalen Alltag?',
			label:
				'Krämpfe, die immer wiederkommen, oder Schmerzen, die Sie am Schlafen oder am normalen Alltag hindern',
			reason:
				'Ihre Krämpfe kommen immer wieder, oder die Schmerzen hindern Sie am Schlafen oder am normalen Alltag.'
		},
		worried: {
			question: 'Machen Sie sich aus einem anderen Grund Sorgen um Ihren Rücken?',
			label: 'Sorgen um Ihren Rücken',
			reason: 'Sie machen sich Sorgen um Ihren Rücken.'
		}
	},
	levels: {
		emergency: {
			title: 'Notfall: sofort Hilfe holen',
			who: 'Wenn eines dieser Zeichen neu ist und mit Rückenschmerzen auftritt:',
			steps: [
				'Wählen Sie jetzt den Notruf oder lassen Sie sich von jemandem in die Notaufnahme bringen.',
				'Fahren Sie nicht selbst: Ihre Beine könnten versagen.',
				'Warten Sie nicht ab, ob es vorbeigeht, und hören Sie mit den Dehnübungen auf.',
				'Sagen Sie dort, dass Sie Rückenschmerzen haben und welche dieser Zeichen Sie bemerken.'
			],
			group: 'Zeichen für sofortige Hilfe'
		},
		urgent: {
			title: 'Heute noch ärztlich abklären lassen',
			who: 'Wenn Sie Rückenschmerzen haben und eines dieser Zeichen dazukommt:',
			steps: [
				'Wenden Sie sich heute noch an eine Arztpraxis oder an den ärztlichen Bereitschaftsdienst und sagen Sie, was Ihnen aufgefallen ist.',
				'Machen Sie keine Dehnübungen, bis Sie untersucht worden sind. Ruhen Sie sich in der Haltung aus, die am leichtesten fällt.',
				'Wenn eines der Notfallzeichen auftritt, wählen Sie sofort den Notruf.'
			],
			group: 'Zeichen für ärztliche Hilfe noch heute'
		},
		appointment: {
			title: 'Arzttermin vereinbaren',
			who: 'Wenn einer dieser Punkte zutrifft:',
			steps: [
				'Vereinbaren Sie einen Arzttermin in den nächsten Tagen.',
				'Machen Sie bis dahin weiter mit kurzen Ruhepausen, Kälte oder Wärme und sanfter Bewegung, die die Schmerzen nicht verstärkt.',
				'Wenn eines der Notfallzeichen auftritt, wählen Sie sofort den Notruf.'
			],
			group: 'Zeichen für einen Arzttermin'
		}
	},
	call: {
		button: (number: string) => `${number} anrufen`,
		local: 'oder die Notrufnummer vor Ort',
		why: 'Diese Zeichen sind selten, können aber auf ein Problem mit einem Nerv oder etwas anderes Ernstes hinweisen, bei dem es auf Stunden ankommt.'
	},
	none: {
		title: 'Derzeit keines dieser Zeichen',
		body: 'Sie haben alle Fragen mit Nein beantwortet. Meist hilft, was Sie zu Hause tun können: kurze Ruhepausen, Kälte oder Wärme, genug trinken und sanftes Dehnen.',
		noVisit:
			'Wenn die Krämpfe innerhalb eines Tages aufhören, ist ein Arztbesuch meist nicht nötig.',
		watch: 'Wählen Sie sofort den Notruf, wenn eines dieser Zeichen auftritt:',
		again: 'Wenn sich etwas ändert, beantworten Sie die Fragen noch einmal.',
		stretches: 'Sanftes Dehnen im Liegen',
		ice: 'Timer zum Kühlen',
		guide: 'Ratgeber zur Selbsthilfe'
	},
	check: {
		title: 'Wann Sie Hilfe brauchen',
		description:
			'Ja-Nein-Fragen zu den Warnzeichen bei Rückenschmerzen, und wie bald Sie Hilfe brauchen: ein Notfall jetzt, heute noch ärztliche Hilfe oder ein Termin in den nächsten Tagen.',
		lead: 'Bei einigen Zeichen zusammen mit Rückenschmerzen brauchen Sie Hilfe, bei manchen sofort.',
		intro:
			'Ja-Nein-Fragen dazu, wie es Ihnen jetzt geht, die dringendsten zuerst. Die Antwort erscheint, sobald sie klar ist. Nichts wird gespeichert oder gesendet.',
		yes: 'Ja',
		no: 'Nein',
		open: (n: number) => (n === 1 ? 'Noch eine Frage offen.' : `Noch ${n} Fragen zu beantworten.`),
		higherOpen:
			'Bitte beantworten Sie auch die Fragen weiter oben: Dort kann es sein, dass Sie früher Hilfe brauchen.',
		clear: 'Meine Antworten löschen',
		more: 'Mehr dazu, wann Sie Hilfe brauchen'
	},
	journal: {
		'saddle-numbness': (when: Day) =>
			`Ihr Tageseintrag von ${day(when)} nennt Taubheitsgefühl oder Kribbeln zwischen den Beinen, am Gesäß oder rund um den After.`,
		'bladder-bowel': (when: Day) =>
			`Ihr Tageseintrag von ${day(when)} nennt neue Probleme mit Blase oder Darm.`,
		'both-legs': (when: Day) =>
			`Ihr Tageseintrag von ${day(when)} nennt Taubheitsgefühl oder Kribbeln in beiden Beinen.`,
		'one-leg': (when: Day) =>
			`Ihr Tageseintrag von ${day(when)} nennt Taubheitsgefühl oder Kribbeln entlang eines Beins.`,
		numbnessSomewhere: (when: Day) =>
			`Ihr Tageseintrag von ${day(when)} nennt Taubheitsgefühl oder Kribbeln, ohne zu sagen, wo.`,
		severeRising: (before: number, now: number) =>
			`Ihre Tageseinträge nennen Schmerzen, so stark, dass Denken, Schlafen oder Bewegen schwerfällt, und sie sind gestiegen (${before}, dann ${now} von 10).`,
		severe: (when: Day) =>
			`Ihr Tageseintrag von ${day(when)} nennt Schmerzen, so stark, dass Denken, Schlafen oder Bewegen schwerfällt. Wenn es schlimmer wird, lassen Sie es heute noch ärztlich abklären.`,
		lastingSpasms: (n: number) =>
			`Heute ist Tag ${n}, und Ihr letzter Tageseintrag nennt noch Krämpfe im Rücken.`,
		lastingPain: (n: number) =>
			`Heute ist Tag ${n}, und Ihre Tageseinträge zeigen nicht, dass die Schmerzen nachlassen.`
	},
	getHelp: {
		stop: 'Hören Sie auf, wenn die Schmerzen plötzlich stark zunehmen.',
		atOnce:
			'Wählen Sie sofort den Notruf und fahren Sie nicht selbst, wenn eines dieser Zeichen neu ist:',
		link: 'Alle Warnzeichen prüfen',
		about:
			'Die Prüfung in Limber fragt nach den Zeichen, bei denen Sie Hilfe brauchen, und sagt, wie bald: ein Notfall jetzt, heute noch ärztliche Hilfe oder ein Termin in den nächsten Tagen. Die Prüfung kann Sie weder sehen noch untersuchen. Holen Sie sich deshalb im Zweifel Hilfe.',
		watch: 'Auf diese Notfallzeichen achten'
	},
	safety: {
		title: 'Vor dem Start',
		betweenRounds:
			'Prüfen Sie Ihre Haut zwischen den Runden: Hören Sie auf, wenn sie weiß oder fleckig aussieht oder taub bleibt.',
		beforeEachRound:
			'Prüfen Sie vor jeder neuen Runde Kälte Ihre Haut; hören Sie auf, wenn sie weiß oder fleckig aussieht.'
	},
	bar: {
		emergencyShort: 'Fahren Sie nicht selbst.',
		urgentShort: 'Heute noch Arztpraxis oder Bereitschaftsdienst kontaktieren.',
		more: 'Was tun'
	}
} satisfies Messages<typeof en>;

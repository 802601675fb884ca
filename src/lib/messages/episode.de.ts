import type { Messages } from '$lib/i18n/catalog';
import { plural } from '$lib/i18n/format';
import { KEEP_UP_GOAL, KEEP_UP_WEEKS } from '$lib/core/keep-up';
import type en from './episode.en';
import type { DayName } from './episode.en';

const dayName = (d: DayName) =>
	d.kind === 'today'
		? 'heute'
		: d.kind === 'yesterday'
			? 'gestern'
			: d.kind === 'weekday'
				? d.name
				: `dem ${d.name}`;

export default {
	items: {
		position: {
			title: 'Bequeme Ruheposition einnehmen',
			text: 'Eine Anleitung von dort, wo Sie gerade sind, in eine bequeme Position. Danach ausruhen und langsam atmen.',
			action: 'Starten'
		},
		'check-signs': {
			title: 'Warnzeichen prüfen',
			text: 'Ein paar Fragen mit Ja oder Nein zeigen, ob etwas ärztliche Hilfe braucht und wie schnell.',
			action: 'Zeichen prüfen'
		},
		cold: {
			title: 'Kälte für 20 Minuten',
			text: 'Ein Kühlpack, in ein Tuch gewickelt. Danach 20 Minuten Pause, damit die Haut wieder warm wird.',
			action: 'Kühlen 20 starten'
		},
		heat: {
			title: 'Wärme für 20 Minuten',
			text: 'Wärme kann verspannte Muskeln lockern, wenn Kälte nicht geholfen hat. Legen Sie ein Tuch dazwischen und schlafen Sie nicht darauf ein.',
			action: 'Wärme 20 starten'
		},
		breathe: {
			title: 'Ruhig atmen',
			text: 'Langsame Atemzüge im Liegen, damit die Muskeln locker lassen.',
			action: 'Starten'
		},
		'check-in': {
			title: 'Heute einen Tageseintrag machen',
			text: 'Schmerzen, Krämpfe und alles andere: So sehen Sie, wie sich die Lage verändert.',
			action: 'Zum Tageseintrag'
		},
		'stretch-lying': {
			title: 'Sanft dehnen im Liegen',
			text: 'Kleine, langsame Bewegungen auf dem Rücken oder auf der Seite, mit vielen Pausen. Hören Sie auf, wenn etwas stechend schmerzt.',
			action: 'Starten'
		},
		stretch: {
			title: 'Sanft dehnen',
			text: 'Aufgebaut um die Stellung des Kindes. Bewegen Sie sich langsam. Hören Sie auf, wenn etwas stechend schmerzt.',
			action: 'Starten'
		},
		mobility: {
			title: 'Sanft beweglich werden',
			text: 'Leichte Bewegungen, damit sich der Rücken wieder an seinen gewohnten Spielraum gewöhnt.',
			action: 'Starten'
		},
		'walk-and-stretch': {
			title: 'Ein Spaziergang mit ein paar Dehnübungen',
			text: 'Schritt für Schritt zurück in Ihren normalen Alltag.',
			action: 'Starten'
		},
		'pain-relief': {
			title: 'Schmerzmittel, wenn Sie welche nehmen',
			text: 'Ein rezeptfreies Schmerzmittel kann Schmerzen und Entzündung lindern. Halten Sie sich an den Beipackzettel. Fragen Sie vorher in der Apotheke, wenn Sie schwanger sind, andere Erkrankungen haben oder andere Medikamente nehmen.',
			action: 'Über Schmerzmittel'
		},
		'everyday-early': {
			title: 'Alltagsbewegungen mit weniger Belastung',
			text: 'Husten, Toilette, Anziehen und Einsteigen ins Auto: kleine Änderungen, die Ihren Rücken schonen.',
			action: 'Bewegungen im Alltag'
		},
		everyday: {
			title: 'Zurück in den Alltag',
			text: 'Kehren Sie nach und nach zu Ihren gewohnten Tätigkeiten zurück. Etwas Unbehagen, das wieder abklingt, ist in Ordnung.',
			action: 'Bewegungen im Alltag'
		},
		'in-bed': {
			title: 'Eine sanftere Routine, ganz im Liegen',
			text: 'Kleine Bewegungen im Bett, mit vielen Pausen dazwischen.',
			action: 'Starten'
		},
		'breathe-instead': {
			title: 'Stattdessen ausruhen und atmen',
			text: 'Vorerst keine Dehnübungen: langsam atmen, im Liegen.',
			action: 'Starten'
		},
		'check-signs-instead': {
			title: 'Warnzeichen prüfen',
			text: 'Vorerst keine Routine. Ein paar Fragen mit Ja oder Nein zeigen, ob etwas ärztliche Hilfe braucht und wie schnell.',
			action: 'Zeichen prüfen'
		}
	},
	fluids: {
		title: 'Etwas mehr Wasser trinken als sonst',
		text: (glasses: number) =>
			`Etwas mehr, als Sie sonst trinken, in kleinen Schlucken über den Tag verteilt. Wenn Sie unten im Tageseintrag ${glasses} Gläser eintragen, ist das für heute erledigt. Wenn Ihnen ein Arzt oder eine Ärztin geraten hat, weniger zu trinken, halten Sie sich daran.`,
		action: 'Warum Wasser',
		progress: (logged: number, goal: number) => `${logged} von ${goal} Gläsern heute eingetragen`
	},
	appointment: {
		text: 'Krämpfe oder Schmerzen, die länger als drei Tage anhalten, ohne besser zu werden, sollten ärztlich abgeklärt werden. Bleiben Sie bis dahin sanft in Bewegung.',
		action: 'Wann Sie Hilfe brauchen'
	},
	walk: {
		firstTitle: (minutes: number) => `${minutes} Minuten gehen, wenn es geht`,
		title: (minutes: number) => `${minutes} Minuten gehen`,
		firstText:
			'Ganz gleich, wie langsam: die halbe Zeit hin, dann zurück. Hören Sie auf, wenn der Schmerz stechend wird.',
		text: (before: number) =>
			`Etwas länger als der Spaziergang über ${before} Minuten, ganz gleich, wie langsam. Wenn das heute zu viel ist, ist der kürzere Spaziergang in Ordnung.`,
		action: (minutes: number) => `Spaziergang über ${minutes} Minuten starten`
	},
	stages: {
		'first-hours': 'Die ersten Stunden',
		'early-days': 'Die nächsten Tage',
		easing: 'Es wird besser',
		'not-easing': 'Noch keine Besserung',
		settling: 'Es beruhigt sich'
	},
	stageText: {
		'first-hours':
			'Ruhen Sie sich kurz aus und bewegen Sie sich dann sanft. Die meisten Krämpfe im Rücken bessern sich mit dem, was Sie zu Hause tun können.',
		'early-days': 'Bleiben Sie sanft in Bewegung. Lange im Bett zu liegen verzögert die Erholung.',
		easing: 'Bleiben Sie sanft in Bewegung, jeden Tag ein bisschen mehr.',
		settling: 'Es sieht ruhiger aus. Kehren Sie nach und nach in Ihren gewohnten Alltag zurück.'
	},
	look: {
		spasms:
			'Die Krämpfe halten seit mehr als drei Tagen an. Es ist Zeit, das ärztlich abklären zu lassen.',
		pain: 'Ihre Tageseinträge zeigen nach mehr als drei Tagen keine Besserung der Schmerzen. Es ist Zeit, das ärztlich abklären zu lassen.',
		'no-news':
			'Es hat vor mehr als drei Tagen angefangen. Wenn es nicht besser geworden ist, ist es Zeit, das ärztlich abklären zu lassen. Ein Tageseintrag heute zeigt, wie es steht.'
	},
	easing: ({ pain, spasmsSince, look }) => {
		const parts: string[] = [];
		if (pain) parts.push(`Schmerzen ${pain.from} → ${pain.to} seit ${dayName(pain.since)}`);
		if (spasmsSince)
			parts.push(
				spasmsSince.kind === 'today'
					? 'heute keine Krämpfe eingetragen'
					: `seit ${dayName(spasmsSince)} keine Krämpfe eingetragen`
			);
		const text = parts.join('; ');
		return look ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : `Es wird besser: ${text}.`;
	},
	reasons: {
		coldNotHelping:
			'Kälte hat die Schmerzen in zwei Einheiten nicht gelindert. Versuchen Sie es jetzt mit Wärme.',
		heatHelped: 'Wärme hat die Schmerzen beim letzten Mal gelindert.',
		heatHelpedBy: (before: number, after: number) =>
			`Wärme hat die Schmerzen beim letzten Mal gelindert (${before}, dann ${after} von 10).`,
		painHigherAfter: (after: string | null) =>
			after
				? `Nach „${after}“ waren die Schmerzen stärker. Versuchen Sie diese sanftere Routine.`
				: 'Nach Ihrer letzten Routine waren die Schmerzen stärker. Versuchen Sie diese sanftere Routine.',
		noGentler: (after: string | null) =>
			after
				? `Nach „${after}“ waren die Schmerzen stärker, obwohl diese Routine kaum Bewegung verlangt. Prüfen Sie deshalb vor jeder Routine die Warnzeichen.`
				: 'Nach Ihrer letzten Routine waren die Schmerzen stärker, obwohl sie kaum Bewegung verlangt. Prüfen Sie deshalb vor jeder Routine die Warnzeichen.'
	},
	card: {
		since: (day: string) => `Seit dem ${day}`,
		day: (n: number) => `Tag ${n}`,
		first: {
			emergency: 'Zuerst: Notfall – sofort Hilfe holen.',
			urgent: 'Zuerst: heute noch ärztlich abklären lassen.'
		},
		plan: 'Der Plan für heute',
		now: 'Jetzt',
		done: 'Heute erledigt',
		doneHidden: '(heute erledigt)',
		itemName: (action: string, title: string) => `${action}: ${title}`,
		readyToStretch: 'Bereit für sanftes Dehnen?',
		startStretch: (title: string) => `Starten: ${title}`,
		settled: 'Mein Rücken hat sich beruhigt',
		endAsk: 'Diese Episode beenden? Im Verlauf bleibt sie erhalten.',
		endYes: 'Ja, beenden',
		keepOpen: 'Offen lassen',
		ended: 'Episode beendet. Sie finden sie im Verlauf.',
		noted: 'Notiert. Der Plan geht weiter.',
		saved: 'Gespeichert.'
	},
	end: {
		title: 'Eine Woche ohne Krämpfe',
		text: 'Hat sich Ihr Rücken beruhigt? Dann schließt Limber diese Episode und bewahrt sie im Verlauf auf.',
		yes: 'Ja, er hat sich beruhigt',
		notYet: 'Noch nicht'
	},
	keepUp: {
		title: 'Damit es nicht wiederkommt',
		week: (week: number) => `Woche ${week} von ${KEEP_UP_WEEKS}`,
		why: 'Rückenschmerzen kommen oft wieder. Eine sanfte Routine oder ein Spaziergang zwei- bis dreimal pro Woche, in den nächsten Wochen beibehalten, macht das weniger wahrscheinlich.',
		progress: (k) =>
			k.state === 'met'
				? `Diese Woche ${plural('de', k.done, { one: 'einmal', other: '#-mal' })}: Genau diese Gewohnheit hilft.`
				: k.state === 'nudge'
					? `Seit ${k.quietDays} Tagen keine Einheit. Ein paar Minuten heute halten die Gewohnheit aufrecht.`
					: `Diese Woche: ${k.done} von ${KEEP_UP_GOAL}.`,
		start: (title: string) => `„${title}“ starten`,
		other: 'Andere Routine wählen',
		noteTitle: 'Wenn es wiederkommt',
		noteAsk:
			'Was hat diesmal geholfen? Wenn Ihr Rücken wieder verkrampft und das Denken schwerfällt, zeigt Limber Ihre Notiz zuerst.',
		noteLabel: 'Was geholfen hat',
		noteShown: 'Ihre Notiz steht oben unter „Plötzlich Krampf im Rücken?“.',
		fromJournal: 'Laut Ihren Tageseinträgen waren die Schmerzen danach geringer:',
		helped: (title: string, times: number) =>
			`${title}, ${times === 1 ? 'einmal' : times === 2 ? 'zweimal' : `${times}-mal`}`,
		add: 'Zur Notiz hinzufügen:',
		write: 'Aufschreiben, was geholfen hat',
		save: 'Notiz speichern',
		cancel: 'Abbrechen',
		change: 'Notiz ändern',
		saved: 'Gespeichert. Wenn Ihr Rücken wieder verkrampft, zeigt Limber das zuerst.',
		emptied: 'Notiz entfernt.',
		noEpisode: 'Es gibt keine beendete Episode, bei der diese Notiz gespeichert werden kann.',
		lastTime: 'Was beim letzten Mal geholfen hat'
	}
} satisfies Messages<typeof en>;

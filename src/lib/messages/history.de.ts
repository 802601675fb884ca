import type { Messages } from '$lib/i18n/catalog';
import { formatNumber, plural } from '$lib/i18n/format';
import type { InsightSubject } from '$lib/core/insights';
import type { PainFacts, WeekFacts, WeekMinutes } from '$lib/core/history-stats';
import { weekAmount } from '$lib/core/history-stats';
import { NUMBNESS_PLACES, type JournalEntry } from '$lib/core/model';
import type en from './history.en';

const minutes = (n: number) => plural('de', n, { one: '# Minute', other: '# Minuten' });
const weekText = (w: WeekMinutes) => {
	const { unit, n } = weekAmount(w);
	return unit === 'second'
		? plural('de', n, { one: '# Sekunde', other: '# Sekunden' })
		: minutes(n);
};
const after = {
	ice: 'Nach dem Kühlen',
	heat: 'Nach der Wärme',
	relax: 'Nach dem Ausruhen',
	walk: 'Nach einem Spaziergang',
	contrast: 'Nach Kälte und Wärme im Wechsel'
};
const places = {
	saddle: 'zwischen den Beinen, Gesäß, After oder Innenseite der Oberschenkel',
	'both-legs': 'in beiden Beinen',
	'one-leg': 'entlang eines Beins'
};

function signs(entry: JournalEntry): string {
	const where = NUMBNESS_PLACES.filter((p) => entry.numbnessWhere?.includes(p)).map(
		(p) => places[p]
	);
	const numbness = !entry.numbness
		? 'kein Taubheitsgefühl oder Kribbeln'
		: where.length
			? `Taubheitsgefühl oder Kribbeln: ${where.join('; ')}`
			: 'Taubheitsgefühl oder Kribbeln';
	const bladder =
		entry.bladderBowel === undefined
			? ''
			: `; ${entry.bladderBowel ? 'neue Probleme mit Blase oder Darm' : 'keine Probleme mit Blase oder Darm'}`;
	const severe = entry.severe
		? '; Schmerzen, so stark, dass Denken, Schlafen oder Bewegen schwerfällt'
		: '';
	return numbness + bladder + severe;
}

export default {
	title: 'Verlauf',
	description:
		'Ihre Einheiten, Tageseinträge und Schmerzen im Zeitverlauf, nur auf diesem Gerät gespeichert.',
	report: 'Bericht für den Arztbesuch',
	glance: {
		streak: 'Aktuelle Serie',
		streakDays: (n: number) => plural('de', n, { one: '# Tag', other: '# Tage' }),
		week: 'Diese Woche',
		sessions: 'Einheiten'
	},
	streakNote:
		'Eine Serie zählt die Tage hintereinander mit einer Einheit oder einem Tageseintrag. Wenn Sie eine Kopie von allem behalten oder mit einer Praxis teilen möchten, finden Sie das unter {link}.',
	yourData: 'Ihre Daten',
	deleted: 'Einheit gelöscht',
	episodes: {
		title: 'Episoden',
		none: 'Eine Episode beginnt, wenn Sie unter Heute auf „Plötzlich Krampf im Rücken?“ tippen oder im Tageseintrag Krämpfe eintragen. Jede Episode erscheint hier.',
		span: (from: string, to: string) => `${from} bis ${to}`,
		open: (from: string) => `Seit ${from}, noch offen`,
		days: (n: number) => plural('de', n, { one: '# Tag', other: '# Tage' }),
		noPain: 'Keine Schmerzen eingetragen',
		painSame: (pain: number) => `Schmerzen durchgehend ${pain}`,
		painChange: (first: number, last: number) => `Schmerzen ${first} → ${last}`,
		usedMost: (items: readonly { title: string; count: number }[]) =>
			`Am häufigsten: ${items.map((m) => `${m.title} (${m.count})`).join(', ')}`,
		reportFor: (day: string) => ` ab ${day}`
	},
	sessions: {
		title: 'Einheiten',
		loading: 'Ihre Einheiten werden geladen …',
		none: 'Noch keine Einheiten. Jede Dehnroutine und jeder Timer, den Sie beenden oder abbrechen, wird hier gespeichert, nur auf diesem Gerät, mit der Dauer und wie sich Ihr Rücken angefühlt hat.',
		start: 'Routine starten',
		more: 'Mehr anzeigen',
		loadingMore: 'Wird geladen …',
		today: 'Heute',
		yesterday: 'Gestern'
	},
	session: {
		name: (title: string, time: string) => `${title} um ${time}`,
		completed: 'Abgeschlossen',
		stopped: 'Vorzeitig beendet',
		painBoth: (before: number, after: number) => `Schmerzen ${before} → ${after}`,
		painBothLabel: (before: number, after: number) =>
			`Schmerzen ${before} vorher, ${after} nachher`,
		painBefore: (before: number) => `Schmerzen ${before} vorher`,
		painAfter: (after: number) => `Schmerzen ${after} nachher`,
		noteFor: (name: string) => `Notiz zu ${name}`,
		saveNote: 'Notiz speichern',
		cancel: 'Abbrechen',
		editNote: 'Notiz bearbeiten',
		addNote: 'Notiz hinzufügen',
		editNoteFor: (name: string) => `Notiz zu ${name} bearbeiten`,
		addNoteFor: (name: string) => `Notiz zu ${name} hinzufügen`,
		remove: 'Löschen',
		removeName: (name: string) => `${name} löschen`,
		gone: 'Diese Einheit ist nicht mehr in Ihrem Verlauf.',
		notBack: (title: string, why: string) =>
			`„${title}“ konnte nicht wiederhergestellt werden. ${why}`
	},
	calendar: {
		previous: 'Vorheriger Monat',
		next: 'Nächster Monat',
		sessions: (n: number, length: string) =>
			`${plural('de', n, { one: '# Einheit', other: '# Einheiten' })}, ${length}`,
		pain: (pain: number) => `Schmerzen ${pain}`,
		numbness: 'Taubheitsgefühl oder Kribbeln',
		nothing: 'nichts eingetragen',
		today: 'heute',
		yesterday: 'gestern',
		cell: (month: string, day: string, what: readonly string[]) =>
			`${month}, ${day}: ${what.join('; ')}`,
		legendSession: 'eine Einheit',
		legendPain: 'Schmerzen im Tageseintrag',
		legendNumbness: 'Taubheitsgefühl oder Kribbeln',
		numbnessMark: 'T',
		daySessions: (n: number, length: string, titles: readonly string[]) =>
			`${plural('de', n, { one: '# Einheit', other: '# Einheiten' })}, ${length}: ${titles.join(', ')}.`,
		checkIn: (entry: JournalEntry) =>
			`Tageseintrag: Schmerzen ${entry.pain} von 10; ${entry.spasms ? 'Krämpfe' : 'keine Krämpfe'}; ${signs(entry)}; ${plural('de', entry.water, { one: '# Glas', other: '# Gläser' })} Wasser.`,
		nothingOnDay: 'An diesem Tag ist nichts eingetragen.'
	},
	weekly: {
		title: 'Zeit pro Woche',
		axis: 'Min.',
		weekStarting: 'Woche ab',
		time: 'Zeit',
		caption: (facts: WeekFacts): string => {
			switch (facts.kind) {
				case 'none':
					return 'Keine Wochen zum Anzeigen.';
				case 'one':
					return `Diese Woche bisher: ${weekText(facts.current)}.`;
				case 'quiet':
					return `In den letzten ${facts.weeks} Wochen keine Zeit mit Einheiten.`;
				case 'many':
					return `Diese Woche bisher: ${weekText(facts.current)}. In den letzten ${facts.weeks} Wochen: ${minutes(facts.total)} insgesamt, etwa ${minutes(facts.average)} pro Woche.`;
			}
		}
	},
	pain: {
		title: 'Schmerzen im Zeitverlauf',
		axis: 'Schmerz',
		checkIn: 'Tageseintrag',
		before: 'Vor einer Einheit',
		after: 'Nachher',
		table: 'Schmerzen, 0 bis 10, aus dem Tageseintrag und vor und nach den Einheiten',
		day: 'Tag',
		pain: 'Schmerzen',
		inCheckIn: (pain: number) => `${pain} im Tageseintrag`,
		notRated: 'nicht bewertet',
		rated: (title: string, before: string, after: string) =>
			`${title}: ${before} vorher, ${after} nachher`,
		caption: (facts: PainFacts, dayName: (day: string) => string): string => {
			const span = `in den letzten ${facts.days} Tagen`;
			if (facts.kind === 'none')
				return `In den letzten ${facts.days} Tagen wurden keine Schmerzen eingetragen.`;
			if (facts.kind === 'one')
				return `Schmerzen wurden ${span} an 1 Tag eingetragen: ${facts.latest.pain} von 10 am ${dayName(facts.latest.date)}.`;
			return `Schmerzen wurden ${span} an ${plural('de', facts.logged, { one: '# Tag', other: '# Tagen' })} eingetragen, im Durchschnitt ${formatNumber('de', facts.average)} von 10. Höchster Wert: ${facts.highest.pain} am ${dayName(facts.highest.date)}. Zuletzt: ${facts.latest.pain} am ${dayName(facts.latest.date)}.`;
		}
	},
	insights: {
		title: 'Was Ihre Bewertungen zeigen',
		about:
			'Aus den Schmerzwerten, die Sie vor und nach Ihren Einheiten eingetragen haben. Sie beschreiben Ihre eigenen Einträge und sind kein ärztlicher Rat.',
		none: (n: number) =>
			`Tragen Sie Ihre Schmerzen vor und nach Ihren Einheiten ein. Sobald ${n} Einheiten derselben Art beide Werte haben, sehen Sie hier, wie sich Ihre Schmerzen meist verändert haben.`,
		change: (subject: InsightSubject, change: number, sessions: number): string => {
			const what =
				subject.kind === 'routine'
					? `Nach der Routine „${subject.title}“`
					: after[subject.activity];
			const size = Math.abs(change);
			const how =
				size === 0
					? 'waren Ihre Schmerzen etwa so wie vorher'
					: `waren Ihre Schmerzen im Durchschnitt ${plural('de', size, { one: '# Punkt', other: '# Punkte' })} ${change < 0 ? 'niedriger' : 'höher'}`;
			return `${what} ${how} (${sessions} Einheiten).`;
		}
	}
} satisfies Messages<typeof en>;

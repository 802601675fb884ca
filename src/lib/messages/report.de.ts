import type { Messages } from '$lib/i18n/catalog';
import type { SignQuestion } from '$lib/core/episode-report';
import { NUMBNESS_PLACES, type NumbnessWhere } from '$lib/core/model';
import { plural } from '$lib/i18n/format';
import type en from './report.en';

const places: Record<NumbnessWhere, string> = {
	saddle: 'zwischen den Beinen, Gesäß, After oder Innenseite der Oberschenkel',
	'both-legs': 'in beiden Beinen',
	'one-leg': 'entlang eines Beins'
};
const where = (ticked: readonly NumbnessWhere[]) =>
	NUMBNESS_PLACES.filter((p) => ticked.includes(p)).map((p) => places[p]);

const questions: Record<SignQuestion, string> = {
	saddle: `Taubheitsgefühl oder Kribbeln: ${places.saddle}`,
	'both-legs': `Taubheitsgefühl oder Kribbeln: ${places['both-legs']}`,
	'one-leg': `Taubheitsgefühl oder Kribbeln: ${places['one-leg']}`,
	'bladder-bowel': 'Neue Probleme mit Blase oder Darm',
	severe: 'Schmerzen, so stark, dass Denken, Schlafen oder Bewegen schwerfällt'
};

export default {
	title: 'Bericht für den Arztbesuch',
	description:
		'Eine druckbare Zusammenfassung einer Episode mit Rückenkrämpfen: Tageseinträge, Schmerzen und was Sie versucht haben. Auf Ihrem Gerät erstellt.',
	back: '← Verlauf',
	intro:
		'Eine Seite für Ihre Arztpraxis oder Physiotherapie: Ihre Tageseinträge, Ihre Schmerzen und was Sie während einer Episode mit Krämpfen versucht haben. Sie wird auf diesem Gerät erstellt und nirgendwohin gesendet. Drucken Sie sie aus oder speichern Sie sie im Druckdialog als PDF.',
	none: 'Es gibt noch keine Episode. Eine Episode beginnt, wenn Sie unter Heute auf „Plötzlich Krampf im Rücken?“ tippen oder im Tageseintrag Krämpfe eintragen.',
	episode: 'Episode',
	option: (from: string, to: string) => `${from} bis ${to}`,
	optionOpen: (from: string) => `Seit ${from}, noch offen`,
	name: 'Name',
	print: 'Drucken oder als PDF speichern',
	heading: 'Episode mit Krämpfen im unteren Rücken',
	printed: (date: string) => `Gedruckt am ${date}`,
	started: 'Beginn',
	ended: 'Ende',
	now: 'Jetzt',
	endedOn: (day: string, quiet: boolean) =>
		`${day} (${quiet ? 'eine Woche ohne Krämpfe' : 'beruhigt'})`,
	going: (day: number) => `dauert an, Tag ${day}`,
	checkIns: 'Tageseinträge',
	checkInDays: (logged: number, days: number) => `an ${logged} von ${days} Tagen`,
	signsTitle: 'Warnzeichen in den Tageseinträgen',
	signsIntro: 'Die Fragen des Tageseintrags nach Warnzeichen und wie sie beantwortet wurden:',
	signQuestion: (q: SignQuestion) => questions[q],
	signAnswer: (yesDays: readonly string[], no: number): string => {
		if (yesDays.length === 0)
			return no === 0
				? 'nicht gefragt'
				: no === 1
					? 'nein, im einzigen Tageseintrag'
					: `nein, in allen ${no} Tageseinträgen`;
		const yes = `ja am ${yesDays.join(', ')}`;
		return no === 0
			? yes
			: `${yes}; nein in ${plural('de', no, { one: '# Tageseintrag', other: '# Tageseinträgen' })}`;
	},
	unplaced: (days: readonly string[]) =>
		`Taubheitsgefühl oder Kribbeln ohne Angabe der Stelle (eingetragen, bevor der Tageseintrag danach fragte): ${days.join(', ')}.`,
	daysTitle: 'Tag für Tag',
	day: 'Tag',
	date: 'Datum',
	pain: 'Schmerzen',
	spasms: 'Krämpfe',
	numbness: 'Taubheitsgefühl oder Kribbeln',
	note: 'Notiz',
	painOf: (pain: number) => `${pain}/10`,
	yes: 'Ja',
	no: 'Nein',
	yesAt: (ticked: readonly NumbnessWhere[]) => `Ja: ${where(ticked).join('; ')}`,
	yesUnplaced: 'Ja, Stelle nicht angegeben',
	noCheckIn: 'Kein Tageseintrag',
	painTitle: 'Schmerzen während der Episode',
	triedTitle: 'Was versucht wurde',
	noneTried: 'Während dieser Episode wurden keine Einheiten aufgezeichnet.',
	when: 'Wann',
	what: 'Was',
	time: 'Dauer',
	painBefore: 'Schmerzen vorher',
	painAfter: 'Schmerzen nachher',
	at: (day: string, time: string) => `${day}, ${time}`,
	stopped: (title: string) => `${title} (vorzeitig beendet)`,
	footer: 'Mit Limber aus den eigenen Einträgen der Person erstellt.'
} satisfies Messages<typeof en>;

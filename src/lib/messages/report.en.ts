// The report for a doctor: one printable page for an episode, in the page's language.
import type { SignQuestion } from '$lib/core/episode-report';
import { NUMBNESS_PLACES, type NumbnessWhere } from '$lib/core/model';
import { plural } from '$lib/i18n/format';

const places: Record<NumbnessWhere, string> = {
	saddle: 'between the legs, bottom or inner thighs',
	'both-legs': 'in both legs',
	'one-leg': 'down one leg'
};
/** The places ticked, in the check-in's order. */
const where = (ticked: readonly NumbnessWhere[]) =>
	NUMBNESS_PLACES.filter((p) => ticked.includes(p)).map((p) => places[p]);

const questions: Record<SignQuestion, string> = {
	saddle: `Numbness or tingling: ${places.saddle}`,
	'both-legs': `Numbness or tingling: ${places['both-legs']}`,
	'one-leg': `Numbness or tingling: ${places['one-leg']}`,
	'bladder-bowel': 'New bladder or bowel trouble',
	severe: 'Pain so bad it is hard to think, sleep or move'
};

const en = {
	title: 'Report for your doctor',
	description:
		'A printable summary of a back-spasm episode: check-ins, pain, what was tried. Made on your device.',
	back: '← History',
	intro:
		'One page to show a doctor or physiotherapist: your check-ins, pain and what you tried during a spasm episode. It is made on this device and sent nowhere; print it, or save it as a PDF from the print dialog.',
	none: 'There is no episode yet. One starts when you tap "Back just seized?" on Today or log spasms in the daily check-in.',
	episode: 'Episode',
	option: (from: string, to: string) => `${from} to ${to}`,
	optionOpen: (from: string) => `${from}, still open`,
	/** Typed in on screen for the printed header, and kept nowhere. */
	name: 'Name',
	print: 'Print or save as PDF',
	heading: 'Lower-back spasm episode',
	printed: (date: string) => `Printed ${date}`,
	started: 'Started',
	ended: 'Ended',
	now: 'Now',
	endedOn: (day: string, quiet: boolean) =>
		`${day} (${quiet ? 'a week without spasms' : 'settled'})`,
	going: (day: number) => `still going, day ${day}`,
	checkIns: 'Check-ins',
	checkInDays: (logged: number, days: number) => `${logged} of ${days} days`,
	signsTitle: 'Warning signs in the check-ins',
	signsIntro: 'The warning-sign questions of the daily check-in, as they were answered:',
	/** Each question as the report names it, in the check-in's words. */
	signQuestion: (q: SignQuestion) => questions[q],
	/** The answer: "no, on all 5 check-ins", "yes on 12 May; no on 4 check-ins", "not asked". */
	signAnswer: (yesDays: readonly string[], no: number): string => {
		if (yesDays.length === 0)
			return no === 0
				? 'not asked'
				: no === 1
					? 'no, on the 1 check-in'
					: `no, on all ${no} check-ins`;
		const yes = `yes on ${yesDays.join(', ')}`;
		return no === 0
			? yes
			: `${yes}; no on ${plural('en', no, { one: '# check-in', other: '# check-ins' })}`;
	},
	unplaced: (days: readonly string[]) =>
		`Numbness or tingling with no place noted (logged before the check-in asked where): ${days.join(', ')}.`,
	daysTitle: 'Day by day',
	day: 'Day',
	date: 'Date',
	pain: 'Pain',
	spasms: 'Spasms',
	numbness: 'Numbness or tingling',
	note: 'Note',
	painOf: (pain: number) => `${pain}/10`,
	yes: 'Yes',
	no: 'No',
	yesAt: (ticked: readonly NumbnessWhere[]) => `Yes: ${where(ticked).join('; ')}`,
	yesUnplaced: 'Yes, place not noted',
	noCheckIn: 'No check-in',
	painTitle: 'Pain during the episode',
	triedTitle: 'What was tried',
	noneTried: 'No sessions were recorded during this episode.',
	when: 'When',
	what: 'What',
	time: 'Time',
	painBefore: 'Pain before',
	painAfter: 'Pain after',
	at: (day: string, time: string) => `${day}, ${time}`,
	stopped: (title: string) => `${title} (stopped early)`,
	footer: 'Made with Limber from the person’s own records.'
};

export default en;

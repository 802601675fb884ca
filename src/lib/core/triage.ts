// When to get help: one set of rules that turns the red-flag check's answers, or the daily
// check-ins, into a level of care (emergency now, a doctor today, an appointment, or none of
// these now). Every finding names the sign that raised it, so the answer can say why. It
// diagnoses nothing; the levels and signs follow the care facts' "When to get help".
import { journalReasons, signWords } from '$lib/content/care-levels';
import { addDays, daysBetween } from './days';
import type { JournalEntry, NumbnessWhere } from './model';

export type CareLevel = 'emergency' | 'urgent' | 'appointment' | 'none';
export type ActiveLevel = Exclude<CareLevel, 'none'>;

/** Every sign, in the order the check asks about them: most urgent first. */
export const SIGNS = [
	'saddle-numbness',
	'bladder-bowel',
	'both-legs',
	'serious-fall',
	'fever',
	'severe-worsening',
	'not-eased',
	'one-leg',
	'cannot-move',
	'cancer-or-weight-loss',
	'lasting-spasms',
	'keeps-returning',
	'worried'
] as const;

export type SignId = (typeof SIGNS)[number];

/** How urgent each sign is. */
export const SIGN_LEVEL: Readonly<Record<SignId, ActiveLevel>> = {
	'saddle-numbness': 'emergency',
	'bladder-bowel': 'emergency',
	'both-legs': 'emergency',
	'serious-fall': 'emergency',
	fever: 'urgent',
	'severe-worsening': 'urgent',
	'not-eased': 'urgent',
	'one-leg': 'urgent',
	'cannot-move': 'urgent',
	'cancer-or-weight-loss': 'urgent',
	'lasting-spasms': 'appointment',
	'keeps-returning': 'appointment',
	worried: 'appointment'
};

/** Most urgent first. */
export const LEVELS: readonly CareLevel[] = ['emergency', 'urgent', 'appointment', 'none'];

export interface TriageFinding {
	level: ActiveLevel;
	sign: SignId;
	/** A plain sentence naming what raised it. */
	reason: string;
}

export interface Triage {
	level: CareLevel;
	/** Most urgent first; within a level, in the check's order. */
	findings: TriageFinding[];
}

export type Answer = 'yes' | 'no';
export type Answers = Readonly<Partial<Record<SignId, Answer>>>;

export interface AnswerTriage extends Triage {
	/**
	 * Unanswered questions that could still make the answer more urgent, in the check's order.
	 * Empty once the level is settled: an emergency yes settles it at once; "none of these now"
	 * needs every question answered no.
	 */
	open: SignId[];
}

/** A spasm run ends after more days than this in a row without any check-in. */
export const MAX_UNLOGGED_DAYS = 2;
/** "More than three days": the fourth day of a run onward calls for an appointment. */
export const LASTING_SPASM_DAY = 4;
/** Pain at or above this on two days running is urgent. */
export const SEVERE_PAIN = 8;
/** Pain rising on this many days in a row, ending at `WORSENING_FROM` or more, is urgent. */
export const WORSENING_DAYS = 3;
export const WORSENING_FROM = 6;

const rank = (level: CareLevel) => LEVELS.indexOf(level);

/** The more urgent of two levels. */
export function moreUrgent(a: CareLevel, b: CareLevel): CareLevel {
	return rank(a) <= rank(b) ? a : b;
}

/** Findings sorted most urgent first, one per sign (the first given wins), with their level. */
function settle(findings: readonly TriageFinding[]): Triage {
	const seen = new Set<SignId>();
	const unique = findings.filter((f) => !seen.has(f.sign) && seen.add(f.sign));
	unique.sort(
		(a, b) => rank(a.level) - rank(b.level) || SIGNS.indexOf(a.sign) - SIGNS.indexOf(b.sign)
	);
	return { level: unique[0]?.level ?? 'none', findings: unique };
}

function finding(sign: SignId, reason: string): TriageFinding {
	return { level: SIGN_LEVEL[sign], sign, reason };
}

/** The red-flag check: the level the answers so far call for, and what is still open. */
export function triageAnswers(answers: Answers): AnswerTriage {
	const triage = settle(
		SIGNS.filter((sign) => answers[sign] === 'yes').map((sign) =>
			finding(sign, signWords[sign].reason)
		)
	);
	const open = SIGNS.filter(
		(sign) =>
			answers[sign] === undefined &&
			(triage.level === 'none' || rank(SIGN_LEVEL[sign]) < rank(triage.level))
	);
	return { ...triage, open };
}

/** Check-ins up to `today`, newest first. */
function newestFirst(entries: readonly JournalEntry[], today: string): JournalEntry[] {
	return entries.filter((e) => e.date <= today).sort((a, b) => (a.date < b.date ? 1 : -1));
}

/**
 * Day N of the current run of spasms (0 when there is none). A run starts on the first day a
 * check-in logged spasms and is counted in calendar days up to the latest check-in with
 * spasms; a day without a check-in does not end it (up to `MAX_UNLOGGED_DAYS` in a row), a
 * check-in saying no spasms does. Today without a check-in yet still shows yesterday's run.
 */
export function spasmDayCount(entries: readonly JournalEntry[], today: string): number {
	const logged = newestFirst(entries, today);
	const latest = logged[0];
	if (!latest?.spasms || daysBetween(latest.date, today) > MAX_UNLOGGED_DAYS) return 0;
	let first = latest.date;
	for (const entry of logged.slice(1)) {
		if (!entry.spasms || daysBetween(entry.date, first) - 1 > MAX_UNLOGGED_DAYS) break;
		first = entry.date;
	}
	return daysBetween(first, latest.date) + 1;
}

const NUMBNESS_SIGN = {
	saddle: 'saddle-numbness',
	'both-legs': 'both-legs',
	'one-leg': 'one-leg'
} as const satisfies Record<NumbnessWhere, SignId>;

/** The numbness and bladder signs one check-in logged. */
function entrySigns(entry: JournalEntry, when: string): TriageFinding[] {
	const found: TriageFinding[] = [];
	if (entry.bladderBowel)
		found.push(finding('bladder-bowel', journalReasons['bladder-bowel'](when)));
	if (entry.numbness && entry.numbnessWhere) {
		const sign = NUMBNESS_SIGN[entry.numbnessWhere];
		found.push(finding(sign, journalReasons[sign](when)));
	} else if (entry.numbness) {
		// Saved before the check-in asked where: counted as the leg numbness it used to ask about.
		found.push(finding('one-leg', journalReasons.numbnessSomewhere(when)));
	}
	return found;
}

/**
 * The level the daily check-ins call for as of `today` (local YYYY-MM-DD): numbness and bladder
 * or bowel trouble logged today or yesterday; severe pain two days running or pain rising day
 * after day, up to the latest check-in; and spasms into their fourth day.
 */
export function triageJournal(entries: readonly JournalEntry[], today: string): Triage {
	const byDate = new Map(entries.map((e) => [e.date, e]));
	const found: TriageFinding[] = [];

	for (const [day, when] of [
		[today, 'today'],
		[addDays(today, -1), 'yesterday']
	] as const) {
		const entry = byDate.get(day);
		if (entry) found.push(...entrySigns(entry, when));
	}

	// Pain is read backwards from the latest check-in, today's or else yesterday's.
	const end = byDate.has(today) ? today : addDays(today, -1);
	const pains: number[] = [];
	for (let day = end; byDate.has(day) && pains.length < WORSENING_DAYS; day = addDays(day, -1)) {
		pains.unshift(byDate.get(day)!.pain);
	}
	const [before, last] = pains.slice(-2);
	if (before !== undefined && last !== undefined && before >= SEVERE_PAIN && last >= SEVERE_PAIN) {
		found.push(finding('severe-worsening', journalReasons.severeTwoDays(before, last)));
	} else if (
		pains.length === WORSENING_DAYS &&
		pains.every((p, i) => i === 0 || p > pains[i - 1]!) &&
		pains[pains.length - 1]! >= WORSENING_FROM
	) {
		found.push(finding('severe-worsening', journalReasons.worsening(pains)));
	}

	const run = spasmDayCount(entries, today);
	if (run >= LASTING_SPASM_DAY) {
		found.push(finding('lasting-spasms', journalReasons.lastingSpasms(run)));
	}
	return settle(found);
}

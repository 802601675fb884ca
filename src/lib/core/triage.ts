// When to get help: one set of rules that turns the red-flag check's answers, or the daily
// check-ins, into a level of care (emergency now, a doctor today, an appointment, or none of
// these now). Every finding names the sign that raised it, so the answer can say why. It
// diagnoses nothing; the levels and signs follow the care facts' "When to get help".
import { addDays } from './days';
import { courseOf, firstDayOf } from './episode-course';
import type { JournalEntry, NumbnessWhere } from './model';

export type CareLevel = 'emergency' | 'urgent' | 'appointment' | 'none';
export type ActiveLevel = Exclude<CareLevel, 'none'>;

/** Every sign, in the order the check asks about them: most urgent first. */
export const SIGNS = [
	'saddle-numbness',
	'bladder-bowel',
	'both-legs',
	'sexual-function',
	'chest-pain',
	'serious-fall',
	'fever',
	'severe-worsening',
	'not-eased',
	'one-leg',
	'cannot-move',
	'cancer-or-weight-loss',
	'lump-or-shape',
	'cough-sneeze',
	'upper-back',
	'thin-bones-fall',
	'lasting-spasms',
	'keeps-returning',
	'worried'
] as const;

export type SignId = (typeof SIGNS)[number];

/** The day a check-in was logged, as the notice names it. */
export type LoggedDay = 'today' | 'yesterday';

/** A sign a check-in can log on its own (the numbness places and the bladder question). */
export type LoggedSign = 'saddle-numbness' | 'bladder-bowel' | 'both-legs' | 'one-leg';

/**
 * Why a finding was raised, as a code with what the sentence needs (components turn it into
 * words, messages/care: `signs[sign].reason` for an answer, `journal` for the check-ins).
 */
export type FindingReason =
	/** The check's question was answered yes. */
	| { readonly code: 'answered' }
	/** A check-in logged the sign itself, today or yesterday. */
	| { readonly code: 'logged'; readonly sign: LoggedSign; readonly when: LoggedDay }
	/** A check-in saved before the question asked where logged numbness. */
	| { readonly code: 'numbness-somewhere'; readonly when: LoggedDay }
	/** Severe pain, in words, with the pain higher than the day before. */
	| { readonly code: 'severe-rising'; readonly before: number; readonly now: number }
	/** Severe pain, in words, on its own. */
	| { readonly code: 'severe'; readonly when: LoggedDay }
	/** Day N of the episode, and the latest check-in still logs spasms. */
	| { readonly code: 'lasting-spasms'; readonly day: number }
	/** Day N of the episode, and the check-ins do not show the pain falling. */
	| { readonly code: 'lasting-pain'; readonly day: number };

/** How urgent each sign is. */
export const SIGN_LEVEL: Readonly<Record<SignId, ActiveLevel>> = {
	'saddle-numbness': 'emergency',
	'bladder-bowel': 'emergency',
	'both-legs': 'emergency',
	'sexual-function': 'emergency',
	'chest-pain': 'emergency',
	'serious-fall': 'emergency',
	fever: 'urgent',
	'severe-worsening': 'urgent',
	'not-eased': 'urgent',
	'one-leg': 'urgent',
	'cannot-move': 'urgent',
	'cancer-or-weight-loss': 'urgent',
	'lump-or-shape': 'urgent',
	'cough-sneeze': 'urgent',
	'upper-back': 'urgent',
	'thin-bones-fall': 'urgent',
	'lasting-spasms': 'appointment',
	'keeps-returning': 'appointment',
	worried: 'appointment'
};

/** The signs of one level, in the check's order. */
export function signsAt(level: ActiveLevel): SignId[] {
	return SIGNS.filter((sign) => SIGN_LEVEL[sign] === level);
}

/** Most urgent first. */
export const LEVELS: readonly CareLevel[] = ['emergency', 'urgent', 'appointment', 'none'];

export interface TriageFinding {
	level: ActiveLevel;
	sign: SignId;
	/** What raised it, as a code: never a sentence. */
	reason: FindingReason;
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

const rank = (level: CareLevel) => LEVELS.indexOf(level);

/** Findings sorted most urgent first, one per sign (the first given wins), with their level. */
function settle(findings: readonly TriageFinding[]): Triage {
	const seen = new Set<SignId>();
	const unique = findings.filter((f) => !seen.has(f.sign) && seen.add(f.sign));
	unique.sort(
		(a, b) => rank(a.level) - rank(b.level) || SIGNS.indexOf(a.sign) - SIGNS.indexOf(b.sign)
	);
	return { level: unique[0]?.level ?? 'none', findings: unique };
}

function finding(sign: SignId, reason: FindingReason): TriageFinding {
	return { level: SIGN_LEVEL[sign], sign, reason };
}

/** The red-flag check: the level the answers so far call for, and what is still open. */
export function triageAnswers(answers: Answers): AnswerTriage {
	const triage = settle(
		SIGNS.filter((sign) => answers[sign] === 'yes').map((sign) =>
			finding(sign, { code: 'answered' })
		)
	);
	// 'none' ranks below every sign's level, so with no yes every unanswered sign stays open.
	const open = SIGNS.filter(
		(sign) => answers[sign] === undefined && rank(SIGN_LEVEL[sign]) < rank(triage.level)
	);
	return { ...triage, open };
}

const NUMBNESS_SIGN = {
	saddle: 'saddle-numbness',
	'both-legs': 'both-legs',
	'one-leg': 'one-leg'
} as const satisfies Record<NumbnessWhere, LoggedSign>;

/** The numbness and bladder signs one check-in logged: every place, each at its own level. */
function entrySigns(entry: JournalEntry, when: LoggedDay): TriageFinding[] {
	const found: TriageFinding[] = [];
	if (entry.bladderBowel)
		found.push(finding('bladder-bowel', { code: 'logged', sign: 'bladder-bowel', when }));
	if (entry.numbness && entry.numbnessWhere?.length) {
		for (const place of entry.numbnessWhere) {
			const sign = NUMBNESS_SIGN[place];
			found.push(finding(sign, { code: 'logged', sign, when }));
		}
	} else if (entry.numbness) {
		// Saved before the check-in asked where: counted as the leg numbness it used to ask about.
		found.push(finding('one-leg', { code: 'numbness-somewhere', when }));
	}
	return found;
}

/**
 * Severe pain, in words (the check-in's severity question), read from the latest check-in of
 * today or yesterday: with pain higher than at the check-in of the day before, it is severe
 * and getting worse (a doctor today); on its own it is pain that stops normal life or sleep
 * (an appointment). A pain number alone, however high and however long, raises nothing:
 * high numbers are common in an ordinary spasm.
 */
function severeSign(
	byDate: ReadonlyMap<string, JournalEntry>,
	today: string
): TriageFinding | null {
	const day = byDate.has(today) ? today : addDays(today, -1);
	const latest = byDate.get(day);
	if (!latest?.severe) return null;
	const before = byDate.get(addDays(day, -1));
	if (before && latest.pain > before.pain) {
		return finding('severe-worsening', {
			code: 'severe-rising',
			before: before.pain,
			now: latest.pain
		});
	}
	return finding('keeps-returning', {
		code: 'severe',
		when: day === today ? 'today' : 'yesterday'
	});
}

/**
 * The level the daily check-ins call for as of `today` (local YYYY-MM-DD): numbness (every
 * place logged) and bladder or bowel trouble logged today or yesterday; severe pain, in words,
 * in the latest check-in; and spasms or pain not easing from the fourth day of the episode
 * (counted as Today's card counts it, from `episodeStart`, the open episode's start day, or
 * without one from the first day of the spasms going on now; core/episode-course.ts).
 */
export function triageJournal(
	entries: readonly JournalEntry[],
	today: string,
	episodeStart: string | null = null
): Triage {
	const byDate = new Map(entries.map((e) => [e.date, e]));
	const found: TriageFinding[] = [];

	for (const [day, when] of [
		[today, 'today'],
		[addDays(today, -1), 'yesterday']
	] as const) {
		const entry = byDate.get(day);
		if (entry) found.push(...entrySigns(entry, when));
	}

	const severe = severeSign(byDate, today);
	if (severe) found.push(severe);

	const first = firstDayOf(entries, episodeStart, today);
	const course = first === null ? null : courseOf(entries, first, today);
	// Only what the check-ins show: with none for days, Today's card says it instead.
	if (course?.lookAt === 'spasms')
		found.push(finding('lasting-spasms', { code: 'lasting-spasms', day: course.day }));
	if (course?.lookAt === 'pain')
		found.push(finding('lasting-spasms', { code: 'lasting-pain', day: course.day }));
	return settle(found);
}

// When to get help: every sign's level, the check's answers, the journal's rules and the
// counting of spasm days.
import { describe, expect, it } from 'vitest';
import { findingWords } from '$lib/components/care/finding-words';
import careEn from '$lib/messages/care.en';
import type { JournalEntry } from './model';
import { JournalEntrySchema } from './schemas';
import { journalEntry } from './testing';
import * as v from 'valibot';
import {
	SIGN_LEVEL,
	SIGNS,
	signsAt,
	triageAnswers as answerRules,
	triageJournal as journalRules,
	type ActiveLevel,
	type SignId,
	type Triage
} from './triage';

const entry = (date: string, overrides: Partial<JournalEntry> = {}): JournalEntry =>
	journalEntry(date, { pain: 3, bladderBowel: false, ...overrides });
/** The findings with their reasons in English words, as the notice and the check show them. */
const worded = <T extends Triage>(triage: T) => ({
	...triage,
	findings: triage.findings.map((f) => ({ ...f, reason: findingWords(careEn, f) }))
});
const triageAnswers = (answers: Parameters<typeof answerRules>[0]) => worded(answerRules(answers));
const triageJournal = (
	entries: readonly JournalEntry[],
	today: string,
	episodeStart: string | null = null
) => worded(journalRules(entries, today, episodeStart));
const spasms = (date: string, pain = 3) => entry(date, { spasms: true, pain });
const signs = (entries: JournalEntry[], today: string, episodeStart: string | null = null) =>
	triageJournal(entries, today, episodeStart).findings.map((f) => f.sign);

describe('every sign and its level', () => {
	const table: [SignId, ActiveLevel][] = [
		['saddle-numbness', 'emergency'],
		['bladder-bowel', 'emergency'],
		['both-legs', 'emergency'],
		['sexual-function', 'emergency'],
		['chest-pain', 'emergency'],
		['serious-fall', 'emergency'],
		['fever', 'urgent'],
		['severe-worsening', 'urgent'],
		['not-eased', 'urgent'],
		['one-leg', 'urgent'],
		['cannot-move', 'urgent'],
		['cancer-or-weight-loss', 'urgent'],
		['lump-or-shape', 'urgent'],
		['cough-sneeze', 'urgent'],
		['upper-back', 'urgent'],
		['thin-bones-fall', 'urgent'],
		['lasting-spasms', 'appointment'],
		['keeps-returning', 'appointment'],
		['worried', 'appointment']
	];

	it('lists every sign once, most urgent first', () => {
		expect(table.map(([sign]) => sign)).toEqual([...SIGNS]);
	});

	it.each(table)('a yes to %s alone calls for %s, naming it', (sign, level) => {
		expect(SIGN_LEVEL[sign]).toBe(level);
		const result = triageAnswers({ [sign]: 'yes' });
		expect(result.level).toBe(level);
		expect(result.findings).toEqual([{ level, sign, reason: careEn.signs[sign].reason }]);
	});
});

describe('the check’s answers', () => {
	const allNo = Object.fromEntries(SIGNS.map((s) => [s, 'no'])) as Record<SignId, 'no'>;

	it('is open until answered, and says none of these only when every answer is no', () => {
		expect(triageAnswers({})).toEqual({ level: 'none', findings: [], open: [...SIGNS] });
		const { worried: _, ...allButOne } = allNo;
		expect(triageAnswers(allButOne).open).toEqual(['worried']);
		expect(triageAnswers(allNo)).toEqual({ level: 'none', findings: [], open: [] });
	});

	it('settles an emergency at once, with nothing else answered', () => {
		expect(triageAnswers({ 'bladder-bowel': 'yes' })).toMatchObject({
			level: 'emergency',
			open: []
		});
	});

	it('keeps the more urgent questions open after a less urgent yes', () => {
		const result = triageAnswers({ fever: 'yes' });
		expect(result.level).toBe('urgent');
		expect(result.open).toEqual(signsAt('emergency'));
		const emergencyNo = Object.fromEntries(signsAt('emergency').map((s) => [s, 'no'])) as Record<
			SignId,
			'no'
		>;
		expect(triageAnswers({ ...emergencyNo, worried: 'yes' }).open).toEqual(signsAt('urgent'));
	});

	it('lists every yes, most urgent first, in the check’s order', () => {
		const result = triageAnswers({ worried: 'yes', 'one-leg': 'yes', 'serious-fall': 'yes' });
		expect(result.level).toBe('emergency');
		expect(result.findings.map((f) => f.sign)).toEqual(['serious-fall', 'one-leg', 'worried']);
	});

	it('follows the most urgent yes for every combination of one answer per level', () => {
		const byLevel = ['saddle-numbness', 'fever', 'worried'] as const;
		const choices = ['yes', 'no', undefined] as const;
		for (const a of choices)
			for (const b of choices)
				for (const c of choices) {
					const answers = { [byLevel[0]]: a, [byLevel[1]]: b, [byLevel[2]]: c };
					const expected =
						a === 'yes'
							? 'emergency'
							: b === 'yes'
								? 'urgent'
								: c === 'yes'
									? 'appointment'
									: 'none';
					expect(triageAnswers(answers).level).toBe(expected);
				}
	});
});

describe('spasms or pain lasting more than three days without easing', () => {
	const days = ['2024-05-11', '2024-05-12', '2024-05-13', '2024-05-14', '2024-05-15'];
	const journal = (pains: (number | null)[], spasmDays: number) =>
		pains.flatMap((pain, i) =>
			pain === null ? [] : [entry(days[i] ?? '', { pain, spasms: i < spasmDays })]
		);
	// [what the journal shows, pain per day (null: no check-in), days with spasms, today, the
	// open episode's start, the lasting-spasms reason or null]
	const table: [string, (number | null)[], number, string, string | null, string | null][] = [
		['improving: spasms stop, pain falls', [7, 6, 6, 5, 4], 2, '2024-05-15', '2024-05-11', null],
		['improving, on day 4', [7, 6, 6, 5], 2, '2024-05-14', '2024-05-11', null],
		[
			'spasms going on, though pain falls',
			[7, 6, 5, 4],
			4,
			'2024-05-14',
			'2024-05-11',
			'It is day 4, and your latest check-in still logs spasms.'
		],
		[
			'plateau after the spasms stopped',
			[6, 6, 6, 6, 6],
			2,
			'2024-05-15',
			'2024-05-11',
			'It is day 5, and your check-ins do not show the pain easing.'
		],
		[
			'worsening without spasms',
			[4, 5, 5, 6],
			1,
			'2024-05-14',
			'2024-05-11',
			'It is day 4, and your check-ins do not show the pain easing.'
		],
		['skipped days, pain falling', [7, null, null, 5, 4], 1, '2024-05-15', '2024-05-11', null],
		['day 3 is too soon', [6, 6, 6], 3, '2024-05-13', '2024-05-11', null],
		['little pain, flat, no spasms: settling', [3, 3, 3, 3], 1, '2024-05-14', '2024-05-11', null],
		// No check-in for three days: nothing to read; Today's card says it instead.
		['no recent check-in', [6, 6], 2, '2024-05-15', '2024-05-11', null],
		// Without an open episode, only spasms going on now count, from their first day.
		[
			'spasms, no episode',
			[6, 6, 6, 6],
			4,
			'2024-05-14',
			null,
			'It is day 4, and your latest check-in still logs spasms.'
		],
		['no spasms, no episode', [6, 6, 6, 6], 0, '2024-05-14', null, null]
	];

	it.each(table)('%s', (_, pains, spasmDays, today, start, reason) => {
		const found = triageJournal(journal(pains, spasmDays), today, start).findings;
		expect(found.find((f) => f.sign === 'lasting-spasms')?.reason ?? null).toBe(reason);
	});

	it('counts from the tap when it came before the first check-in with spasms', () => {
		// Tapped late on the 10th; spasms logged from the 11th: the 13th is day 4 already.
		const run = ['2024-05-11', '2024-05-12', '2024-05-13'].map((d) => spasms(d));
		expect(signs(run, '2024-05-13')).toEqual([]);
		expect(triageJournal(run, '2024-05-13', '2024-05-10').findings[0]?.reason).toBe(
			'It is day 4, and your latest check-in still logs spasms.'
		);
	});
});

describe('the journal’s rules', () => {
	it('is quiet with an empty journal and with calm days', () => {
		expect(triageJournal([], '2024-05-14')).toEqual({ level: 'none', findings: [] });
		expect(triageJournal([entry('2024-05-13'), entry('2024-05-14')], '2024-05-14').level).toBe(
			'none'
		);
	});

	it('calls for an appointment on the fourth day of spasms, not the third', () => {
		const run = ['2024-05-11', '2024-05-12', '2024-05-13'].map((d) => spasms(d));
		expect(triageJournal(run, '2024-05-13').level).toBe('none');
		expect(triageJournal([...run, spasms('2024-05-14')], '2024-05-14')).toEqual({
			level: 'appointment',
			findings: [
				{
					level: 'appointment',
					sign: 'lasting-spasms',
					reason: 'It is day 4, and your latest check-in still logs spasms.'
				}
			]
		});
	});

	it.each([
		['saddle', 'saddle-numbness', 'emergency', 'between your legs or around your bottom today'],
		['both-legs', 'both-legs', 'emergency', 'in both legs today'],
		['one-leg', 'one-leg', 'urgent', 'down one leg today']
	] as const)('numbness logged at %s is %s (%s)', (where, sign, level, words) => {
		const result = triageJournal(
			[entry('2024-05-14', { numbness: true, numbnessWhere: [where] })],
			'2024-05-14'
		);
		expect(result.level).toBe(level);
		expect(result.findings).toEqual([
			{ level, sign, reason: expect.stringContaining(words) as string }
		]);
	});

	it('counts bladder or bowel trouble as an emergency, today or yesterday, not before', () => {
		const on = (date: string) => entry(date, { bladderBowel: true });
		expect(triageJournal([on('2024-05-14')], '2024-05-14').findings).toEqual([
			{
				level: 'emergency',
				sign: 'bladder-bowel',
				reason: 'You logged new trouble with your bladder or bowels today.'
			}
		]);
		expect(triageJournal([on('2024-05-13')], '2024-05-14').findings[0]?.reason).toMatch(
			/yesterday\.$/
		);
		expect(signs([on('2024-05-12')], '2024-05-14')).toEqual([]);
	});

	it('an emergency place is an emergency whatever else is ticked', () => {
		for (const places of [
			['saddle', 'one-leg'],
			['saddle', 'both-legs', 'one-leg'],
			['both-legs', 'one-leg']
		] as const) {
			const result = triageJournal(
				[entry('2024-05-14', { numbness: true, numbnessWhere: [...places] })],
				'2024-05-14'
			);
			expect(result.level, places.join('+')).toBe('emergency');
			expect(result.findings.map((f) => f.sign)).toEqual(
				places.map(
					(p) => ({ saddle: 'saddle-numbness', 'both-legs': 'both-legs', 'one-leg': 'one-leg' })[p]
				)
			);
		}
	});

	it('never raises a level for a pain number alone, however high or long', () => {
		const days = ['2024-05-11', '2024-05-12', '2024-05-13', '2024-05-14'];
		// Two days of 8, steady; a week's worth of 9 and 10; rising 4, 6, 8, 10.
		expect(signs([entry(days[2]!, { pain: 8 }), entry(days[3]!, { pain: 8 })], days[3]!)).toEqual(
			[]
		);
		expect(
			signs(
				days.map((d) => entry(d, { pain: 10 })),
				days[3]!
			)
		).toEqual([]);
		expect(
			signs(
				days.map((d, i) => entry(d, { pain: 4 + 2 * i })),
				days[3]!
			)
		).toEqual([]);
	});

	it('calls severe pain (in words) that is rising urgent, and severe pain alone an appointment', () => {
		const rising = [
			entry('2024-05-13', { pain: 6 }),
			entry('2024-05-14', { pain: 8, severe: true })
		];
		expect(triageJournal(rising, '2024-05-14').findings).toEqual([
			{
				level: 'urgent',
				sign: 'severe-worsening',
				reason:
					'You logged pain so bad it is hard to think, sleep or move, and it has gone up (6, then 8 out of 10).'
			}
		]);
		// Still standing the next morning, before that day's check-in.
		expect(triageJournal(rising, '2024-05-15').level).toBe('urgent');
		// Severe but steady, or with no check-in the day before: an appointment, not today.
		const steady = [
			entry('2024-05-13', { pain: 8, severe: true }),
			entry('2024-05-14', { pain: 8, severe: true })
		];
		expect(triageJournal(steady, '2024-05-14').findings).toEqual([
			{
				level: 'appointment',
				sign: 'keeps-returning',
				reason: expect.stringMatching(/hard to think, sleep or move today\./) as string
			}
		]);
		expect(
			triageJournal([entry('2024-05-14', { pain: 9, severe: true })], '2024-05-14').level
		).toBe('appointment');
		// Logged yesterday, with no check-in yet today: it still stands, and says when.
		expect(
			triageJournal([entry('2024-05-13', { pain: 9, severe: true })], '2024-05-14').findings
		).toEqual([
			{
				level: 'appointment',
				sign: 'keeps-returning',
				reason: expect.stringMatching(/hard to think, sleep or move yesterday\./) as string
			}
		]);
		// Answered no: nothing, however high the number rose.
		const no = [entry('2024-05-13', { pain: 6 }), entry('2024-05-14', { pain: 9, severe: false })];
		expect(signs(no, '2024-05-14')).toEqual([]);
	});

	it('lists several reasons most urgent first, one per sign', () => {
		const entries = [
			spasms('2024-05-11', 4),
			spasms('2024-05-12', 5),
			entry('2024-05-13', { spasms: true, pain: 8, bladderBowel: true }),
			entry('2024-05-14', {
				spasms: true,
				pain: 9,
				severe: true,
				numbness: true,
				numbnessWhere: ['one-leg'],
				bladderBowel: true
			})
		];
		const result = triageJournal(entries, '2024-05-14');
		expect(result.level).toBe('emergency');
		expect(result.findings.map((f) => [f.sign, f.level])).toEqual([
			['bladder-bowel', 'emergency'],
			['severe-worsening', 'urgent'],
			['one-leg', 'urgent'],
			['lasting-spasms', 'appointment']
		]);
		expect(result.findings[0]?.reason).toMatch(/today\.$/);
	});
});

describe('check-ins saved before the new questions', () => {
	// What the check-in stored before it asked where the numbness was, or about the bladder.
	const old = (date: string, numbness: boolean, spasmsToo = false) => ({
		date,
		pain: 4,
		spasms: spasmsToo,
		numbness,
		water: 2,
		note: '',
		updatedAt: 1
	});

	it('still validate', () => {
		expect(v.safeParse(JournalEntrySchema, old('2024-05-14', true)).success).toBe(true);
		expect(
			v.safeParse(JournalEntrySchema, { ...old('2024-05-14', false), numbnessWhere: ['one-leg'] })
				.success
		).toBe(false);
		// One place, as the check-in once saved it, reads as a list of one.
		const single = v.safeParse(JournalEntrySchema, {
			...old('2024-05-14', true),
			numbnessWhere: 'saddle'
		});
		expect(single.success && single.output.numbnessWhere).toEqual(['saddle']);
	});

	it('count numbness without a place as urgent leg numbness, and their spasm days', () => {
		expect(triageJournal([old('2024-05-14', true)], '2024-05-14').findings).toEqual([
			{
				level: 'urgent',
				sign: 'one-leg',
				reason: 'You logged numbness or tingling today, without saying where.'
			}
		]);
		const run = ['2024-05-11', '2024-05-12', '2024-05-13', '2024-05-14'].map((d) =>
			old(d, false, true)
		);
		expect(signs(run, '2024-05-14')).toEqual(['lasting-spasms']);
	});
});

describe('findings carry codes, never sentences', () => {
	it('gives a yes in the check as answered, and a check-in as what it logged, when', () => {
		expect(answerRules({ fever: 'yes' }).findings).toEqual([
			{ level: 'urgent', sign: 'fever', reason: { code: 'answered' } }
		]);
		const logged = journalRules(
			[entry('2024-05-13', { numbness: true, numbnessWhere: ['saddle'] })],
			'2024-05-14'
		);
		expect(logged.findings).toEqual([
			{
				level: 'emergency',
				sign: 'saddle-numbness',
				reason: { code: 'logged', sign: 'saddle-numbness', when: 'yesterday' }
			}
		]);
		expect(JSON.stringify(logged)).not.toMatch(/\s/);
	});
});

// When to get help: every sign's level, the check's answers, the journal's rules and the
// counting of spasm days.
import { describe, expect, it } from 'vitest';
import { journalReasons, signWords } from '$lib/content/care-levels';
import { localDay } from './days';
import type { JournalEntry } from './model';
import { JournalEntrySchema } from './schemas';
import { journalEntry } from './testing';
import * as v from 'valibot';
import {
	SIGN_LEVEL,
	SIGNS,
	signsAt,
	spasmDayCount,
	triageAnswers as answerRules,
	triageJournal as journalRules,
	type ActiveLevel,
	type SignId
} from './triage';

const entry = (date: string, overrides: Partial<JournalEntry> = {}): JournalEntry =>
	journalEntry(date, { pain: 3, bladderBowel: false, ...overrides });
const triageAnswers = (answers: Parameters<typeof answerRules>[0]) =>
	answerRules(answers, signWords);
const triageJournal = (entries: readonly JournalEntry[], today: string) =>
	journalRules(entries, today, journalReasons);
const spasms = (date: string, pain = 3) => entry(date, { spasms: true, pain });
const signs = (entries: JournalEntry[], today: string) =>
	triageJournal(entries, today).findings.map((f) => f.sign);

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
		expect(result.findings).toEqual([{ level, sign, reason: signWords[sign].reason }]);
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

describe('counting spasm days', () => {
	it('is 0 with no check-ins, or when the latest says no spasms', () => {
		expect(spasmDayCount([], '2024-05-14')).toBe(0);
		expect(spasmDayCount([spasms('2024-05-13'), entry('2024-05-14')], '2024-05-14')).toBe(0);
	});

	it('counts calendar days from the first day of the run', () => {
		const run = ['2024-05-11', '2024-05-12', '2024-05-13', '2024-05-14'].map((d) => spasms(d));
		expect(spasmDayCount(run.slice(0, 1), '2024-05-11')).toBe(1);
		expect(spasmDayCount(run.slice(0, 3), '2024-05-13')).toBe(3);
		expect(spasmDayCount(run, '2024-05-14')).toBe(4);
	});

	it('does not reset on a skipped day', () => {
		const entries = [spasms('2024-05-11'), spasms('2024-05-13'), spasms('2024-05-14')];
		expect(spasmDayCount(entries, '2024-05-14')).toBe(4);
		expect(signs(entries, '2024-05-14')).toEqual(['lasting-spasms']);
	});

	it('resets on a spasm-free check-in', () => {
		const entries = [
			spasms('2024-05-10'),
			spasms('2024-05-11'),
			entry('2024-05-12'),
			spasms('2024-05-13'),
			spasms('2024-05-14')
		];
		expect(spasmDayCount(entries, '2024-05-14')).toBe(2);
		expect(signs(entries, '2024-05-14')).toEqual([]);
	});

	it('shows yesterday’s run while today has no check-in, and ends after days without any', () => {
		const entries = ['2024-05-10', '2024-05-11', '2024-05-12', '2024-05-13'].map((d) => spasms(d));
		expect(spasmDayCount(entries, '2024-05-14')).toBe(4);
		expect(spasmDayCount(entries, '2024-05-15')).toBe(4);
		expect(spasmDayCount(entries, '2024-05-16')).toBe(0);
		// A gap of three unlogged days inside a run starts a new one.
		expect(spasmDayCount([spasms('2024-05-06'), spasms('2024-05-10')], '2024-05-10')).toBe(1);
	});

	it('counts across the turn of a month and of a year', () => {
		const may = ['2024-04-29', '2024-04-30', '2024-05-01', '2024-05-02'].map((d) => spasms(d));
		expect(spasmDayCount(may, '2024-05-02')).toBe(4);
		const feb = ['2024-02-28', '2024-02-29', '2024-03-01'].map((d) => spasms(d));
		expect(spasmDayCount(feb, '2024-03-01')).toBe(3);
		const year = ['2024-12-30', '2025-01-01'].map((d) => spasms(d));
		expect(spasmDayCount(year, '2025-01-01')).toBe(3);
	});

	it('counts one day per calendar day across daylight-saving changes', () => {
		// Europe springs forward on 2025-03-30 (a 23-hour day) and falls back on 2025-10-26.
		const spring = ['2025-03-29', '2025-03-30', '2025-03-31', '2025-04-01'].map((d) => spasms(d));
		expect(spasmDayCount(spring, '2025-04-01')).toBe(4);
		const autumn = ['2025-10-25', '2025-10-26', '2025-10-27'].map((d) => spasms(d));
		expect(spasmDayCount(autumn, '2025-10-27')).toBe(3);
		// 24 hours can land two calendar days on (spring) or on the same day (autumn): that is
		// why check-ins are filed under their local day and runs are counted in calendar days.
		const zone = process.env.TZ;
		process.env.TZ = 'Europe/Berlin';
		try {
			const late = Date.parse('2025-03-29T23:30:00+01:00');
			expect([localDay(late), localDay(late + 24 * 3_600_000)]).toEqual([
				'2025-03-29',
				'2025-03-31'
			]);
			const early = Date.parse('2025-10-26T00:30:00+02:00');
			expect([localDay(early), localDay(early + 24 * 3_600_000)]).toEqual([
				'2025-10-26',
				'2025-10-26'
			]);
			const days = [late, late + 12 * 3_600_000].map((t) => spasms(localDay(t)));
			expect(spasmDayCount(days, localDay(late + 12 * 3_600_000))).toBe(2);
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
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
					reason: 'You have logged spasms over 4 days.'
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

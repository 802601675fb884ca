// Backup files: building, reading with actionable errors, and the merge policy of a restore.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	incomingWins,
	localDay,
	makeBackup,
	parseBackup,
	planImport,
	sameData,
	type BackupData,
	type ImportCounts,
	type ParseBackupResult
} from './backup';
import * as v from 'valibot';
import { routineSize, stripBidi } from './plan-limits';
import type { JournalEntry, Program, Routine, SessionRecord } from './model';
import { ProgramSchema, RoutineSchema } from './schemas';
import { summaryKinds } from './data-transfer';
import type { LeftOut } from './left-out';
import en from '$lib/messages/data.en';
import { journalEntry, program, sessionRecord, step } from './testing';

// Core gives codes and facts; these tests read them in the English of Settings too
// (messages/data.en.ts), which says them exactly as Limber always has.
const errorOf = (r: ParseBackupResult) => (r.ok ? '' : en.said({ code: 'refused', refusal: r }));
const summaryLines = (summary: Parameters<typeof summaryKinds>[0]) =>
	summaryKinds(summary).map((kind) => en.count(kind, summary[kind]));
const nothing = { added: 0, updated: 0, unchanged: 0, kept: 0, builtIn: 0 };
const noCounts: ImportCounts = {
	sessions: nothing,
	journal: nothing,
	routines: nothing,
	programs: nothing,
	episodes: nothing,
	settings: nothing
};
const ALREADY = 'Everything in this backup was already here; nothing needed to change.';
/** What the preview (`done` false) or the restore (`done` true) says is left out, or null. */
const leftOutNote = (out: LeftOut, done: boolean): string | null => {
	const said = done
		? en.said({ code: 'restored', counts: noCounts, persisted: true, leftOut: out })
		: en.leftOut(out);
	const rest = said.replace(ALREADY, '').trim();
	return rest === '' ? null : rest;
};

const T = Date.UTC(2024, 4, 1, 12);
const NOW = Date.UTC(2024, 6, 1);

const session = (n: number, overrides: Partial<SessionRecord> = {}): SessionRecord =>
	sessionRecord(`s${n}`, T + n * 86_400_000, 60_000, {
		kind: 'routine',
		sourceId: 'r',
		title: 'Stretch',
		activity: 'stretch',
		...overrides
	});

const entry = (date: string, overrides: Partial<JournalEntry> = {}): JournalEntry =>
	journalEntry(date, { pain: 4, water: 5, updatedAt: T, ...overrides });

const routine = (id: string, updatedAt?: string): Routine => ({
	id,
	title: id,
	purpose: '',
	steps: [step('childs-pose', { seconds: 30 })],
	...(updatedAt ? { updatedAt } : {})
});

const empty: BackupData = {
	sessions: [],
	journal: [],
	routines: [],
	programs: [],
	episodes: [],
	settings: {}
};

function data(overrides: Partial<BackupData>): BackupData {
	return { ...empty, ...overrides };
}

const text = (x: unknown) => JSON.stringify(x);

describe('makeBackup', () => {
	it('wraps data in the versioned envelope and leaves device settings out', () => {
		const backup = makeBackup(
			data({
				sessions: [session(1)],
				settings: { 'pref.voice': false, 'device.persistRequestedAt': 5, theme: 'dark' }
			}),
			NOW
		);
		expect(backup).toEqual({
			app: 'limber',
			format: 1,
			exportedAt: '2024-07-01T00:00:00.000Z',
			sessions: [session(1)],
			journal: [],
			routines: [],
			programs: [],
			episodes: [],
			settings: { 'pref.voice': false }
		});
	});
});

describe('episodes in backups', () => {
	const ep = { id: 'e1', startedAt: T, startDay: '2024-05-01', updatedAt: T };

	it('accepts a backup made before episodes existed, as holding none', () => {
		const old: Record<string, unknown> = { ...makeBackup(empty, NOW), sessions: [session(1)] };
		delete old.episodes;
		const result = parseBackup(JSON.stringify(old));
		expect(result.ok && result.backup.episodes).toEqual([]);
		expect(result.ok && result.backup.sessions).toHaveLength(1);
	});

	it('reads episodes back, and refuses one that ends before it starts', () => {
		const good = makeBackup({ ...empty, episodes: [ep] }, NOW);
		expect(parseBackup(JSON.stringify(good))).toMatchObject({ ok: true, summary: { episodes: 1 } });
		const bad = { ...good, episodes: [{ ...ep, endDay: '2024-04-01', endReason: 'settled' }] };
		const refused = parseBackup(JSON.stringify(bad));
		expect(refused).toMatchObject({ ok: false, problem: 'invalid', invalid: { episodes: 1 } });
		expect(errorOf(refused)).toMatch(/1 episode is/);
	});

	it('leaves out anything dated after tomorrow, saying so: it would win every merge and misread the days', () => {
		const day = 86_400_000;
		const at = (n: number) => NOW + n * day;
		const cases: [string, Partial<Record<string, unknown[]>>][] = [
			[
				'an open episode of 2199',
				{ episodes: [{ ...ep, startedAt: Date.UTC(2199, 0, 1), startDay: '2199-01-01' }] }
			],
			['an episode edited next week', { episodes: [{ ...ep, updatedAt: at(7) }] }],
			[
				'a check-in for next week',
				{
					journal: [
						{
							date: '2024-07-08',
							pain: 3,
							spasms: false,
							numbness: false,
							water: 0,
							note: '',
							updatedAt: T
						}
					]
				}
			],
			[
				'a session next week',
				{ sessions: [session(1, { startedAt: at(7), endedAt: at(7) + 60_000, updatedAt: at(7) })] }
			],
			[
				'a session next week, saved as edited now',
				{ sessions: [session(1, { startedAt: at(7), endedAt: at(7) + 60_000, updatedAt: NOW })] }
			],
			[
				'a session that ends next week',
				{ sessions: [session(1, { startedAt: NOW, endedAt: at(7), updatedAt: NOW })] }
			],
			[
				'an episode that starts on a day next year',
				{ episodes: [{ ...ep, startDay: '2025-05-01' }] }
			]
		];
		for (const [what, sections] of cases) {
			// With a check-in of its day beside it: that comes in, the record dated later does not.
			const kept = entry('2024-06-30');
			const withKept = { ...sections, journal: [kept, ...(sections.journal ?? [])] };
			const result = parseBackup(text(makeBackup(data(withKept as never), NOW)), undefined, NOW);
			expect(result.ok, what).toBe(true);
			if (!result.ok) continue;
			expect(result.backup.journal, what).toEqual([kept]);
			expect(result.backup.sessions.length + result.backup.episodes.length, what).toBe(0);
			expect(leftOutNote(result.leftOut, true), what).toMatch(
				/^1 (episode|check-in|session) was left out: it is dated after tomorrow\.$/
			);
			// Alone in the file, nothing is left to restore: said, and nothing changes.
			const alone = parseBackup(text(makeBackup(data(sections as never), NOW)), undefined, NOW);
			expect(alone.ok, what).toBe(false);
			expect(alone).toMatchObject({ ok: false, problem: 'nothing' });
			expect(errorOf(alone), what).toMatch(
				/^Nothing in this backup could be restored\. 1 \w+(-in)? was left out: it is dated after tomorrow\. Nothing was changed\.$/
			);
		}
		// An own routine or timer edited next week is named.
		const later = new Date(at(7)).toISOString();
		const named = parseBackup(
			text(
				makeBackup(
					data({
						sessions: [session(1)],
						routines: [{ ...routine('r', later), title: 'Soon' }],
						programs: [program('p', { title: 'Ice', updatedAt: later })]
					}),
					NOW
				)
			),
			undefined,
			NOW
		);
		expect(named.ok && named.leftOut).toEqual({
			named: [
				{ kind: 'routines', title: 'Soon', why: { code: 'dated' } },
				{ kind: 'programs', title: 'Ice', why: { code: 'dated' } }
			],
			future: {},
			settings: 0
		});
		// Tomorrow is still fine: the device that made it may be a time zone ahead.
		const tomorrow = makeBackup(
			data({ episodes: [{ ...ep, startedAt: at(1), startDay: '2024-07-02', updatedAt: at(1) }] }),
			NOW
		);
		expect(parseBackup(text(tomorrow), undefined, NOW).ok).toBe(true);
	});

	it('keeps the newer copy of an episode', () => {
		const ended = { ...ep, endDay: '2024-05-03', endReason: 'settled' as const, updatedAt: T + 5 };
		expect(incomingWins('episodes', ended, ep)).toBe(false);
		expect(incomingWins('episodes', ep, ended)).toBe(true);
		// A tie goes to the backup, as for every record.
		expect(incomingWins('episodes', ep, { ...ep, helped: 'Heat' })).toBe(true);
	});
});

describe('parseBackup', () => {
	const good = makeBackup(
		data({
			sessions: [session(3), session(1)],
			journal: [entry('2024-04-20'), entry('2024-05-02')],
			routines: [routine('r1')],
			settings: { 'pref.voice': false }
		}),
		NOW
	);

	it('reads check-ins written before the numbness place and bladder questions, and new ones', () => {
		// What the check-in stored before it asked where, or about the bladder or bowels.
		const before = {
			date: '2024-05-02',
			pain: 6,
			spasms: true,
			numbness: true,
			water: 3,
			note: '',
			updatedAt: T
		};
		const old = text({
			app: 'limber',
			format: 1,
			exportedAt: '2024-07-01T00:00:00.000Z',
			sessions: [],
			journal: [before],
			routines: [],
			programs: [],
			settings: {}
		});
		const result = parseBackup(old);
		expect(result.ok && result.backup.journal).toEqual([before]);
		const current = entry('2024-05-03', {
			numbness: true,
			numbnessWhere: ['saddle', 'one-leg'],
			bladderBowel: false,
			severe: true
		});
		const again = parseBackup(text(makeBackup(data({ journal: [current] }), NOW)));
		expect(again.ok && again.backup.journal).toEqual([current]);
		const wrong = { ...current, numbnessWhere: ['elbow'] };
		expect(
			parseBackup(text(makeBackup(data({ journal: [wrong as unknown as JournalEntry] }), NOW))).ok
		).toBe(false);
		// A backup made when the check-in asked for one place reads as a list of one.
		const single = { ...current, numbnessWhere: 'saddle' };
		const read = parseBackup(
			text(makeBackup(data({ journal: [single as unknown as JournalEntry] }), NOW))
		);
		expect(read.ok && read.backup.journal).toEqual([{ ...current, numbnessWhere: ['saddle'] }]);
	});

	it('reads a good backup and summarizes it', () => {
		const result = parseBackup(text(good));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.backup).toEqual(good);
		expect(result.summary).toEqual({
			sessions: 2,
			journal: 2,
			routines: 1,
			programs: 0,
			episodes: 0,
			settings: 1,
			oldest: '2024-04-20',
			newest: localDay(session(3).startedAt)
		});
	});

	it('accepts a leading byte-order mark and ignores device settings in the file', () => {
		const result = parseBackup(
			'\uFEFF' + text({ ...good, settings: { 'device.x': 1, 'pref.chime': false } })
		);
		expect(result.ok && result.backup.settings).toEqual({ 'pref.chime': false });
		expect(result.ok && result.leftOut).toEqual({ named: [], future: {}, settings: 0 });
	});

	it('counts for the preview exactly what the file holds, its settings too', () => {
		const file = text({
			app: 'limber',
			format: 1,
			exportedAt: '2024-07-01T00:00:00.000Z',
			sessions: [session(1), session(2), session(3)],
			journal: [entry('2024-05-02')],
			routines: [routine('r1'), routine('r2')],
			programs: [program('p1')],
			episodes: [{ id: 'e1', startedAt: T, startDay: '2024-05-01', updatedAt: T }],
			settings: {
				'pref.voice': false,
				'pref.rate': 1.2,
				'pref.reminderTime': '08:30',
				'device.persistRequestedAt': 5
			}
		});
		const result = parseBackup(file, undefined, NOW);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(summaryLines(result.summary)).toEqual([
			'3 sessions',
			'1 check-in',
			'2 own routines',
			'1 own timer',
			'1 episode',
			'3 settings'
		]);
		const one = parseBackup(text({ ...JSON.parse(file), settings: { 'pref.chime': false } }));
		expect(one.ok && summaryLines(one.summary)).toContain('1 setting');
		const none = parseBackup(text(makeBackup(empty, NOW)));
		expect(none.ok && summaryLines(none.summary)).toEqual([]);
	});

	it('covers the days from the oldest to the newest record, in whatever order they come', () => {
		const result = parseBackup(
			text(makeBackup(data({ sessions: [session(2), session(5), session(1), session(3)] }), NOW))
		);
		expect(result.ok && result.summary).toMatchObject({
			oldest: localDay(session(1).startedAt),
			newest: localDay(session(5).startedAt)
		});
	});

	it('summarizes an empty backup with null dates', () => {
		const result = parseBackup(text(makeBackup(empty, NOW)));
		expect(result.ok && result.summary).toMatchObject({ sessions: 0, oldest: null, newest: null });
	});

	it.each([
		['empty', '', /empty/],
		['whitespace', '  \n', /empty/],
		['not JSON', 'Date,Time\r\n2024-05-01,08:00', /isn't a Limber backup/],
		['truncated JSON', text(good).slice(0, 100), /isn't a Limber backup/],
		['JSON array', '[1,2]', /isn't a Limber backup/],
		['JSON null', 'null', /isn't a Limber backup/],
		['another app', text({ ...good, app: 'other' }), /isn't a Limber backup/],
		['no app', text({ format: 1, sessions: [] }), /isn't a Limber backup/],
		['newer format', text({ ...good, format: 2 }), /newer version of Limber/],
		['format missing', text({ ...good, format: undefined }), /damaged/],
		['format garbage', text({ ...good, format: '1' }), /damaged/],
		['format zero', text({ ...good, format: 0 }), /damaged/],
		['format not a whole number', text({ ...good, format: 1.5 }), /damaged/],
		['bad exportedAt', text({ ...good, exportedAt: 'yesterday' }), /damaged/],
		['sessions not a list', text({ ...good, sessions: {} }), /damaged/],
		['journal missing', text({ ...good, journal: undefined }), /damaged/],
		['settings a list', text({ ...good, settings: [] }), /damaged/],
		['settings a word', text({ ...good, settings: 'dark' }), /damaged/],
		[
			'more settings than Limber keeps',
			text({
				...good,
				settings: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`k${i}`, i]))
			}),
			/damaged/
		]
	])('explains %s', (_label, input, message) => {
		const result = parseBackup(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(errorOf(result)).toMatch(message);
	});

	it('refuses a file over the size limit before parsing it', () => {
		const result = parseBackup(text(good), 100);
		expect(result).toEqual({ ok: false, problem: 'too-large', maxBytes: 100 });
		expect(errorOf(result)).toMatch(/too large to be a Limber backup \(the limit is 1 KB\)/);
		const big = parseBackup('x'.repeat(2 * 1024 * 1024 + 1), 2 * 1024 * 1024);
		expect(errorOf(big)).toMatch(/\(the limit is 2 MB\)/);
	});

	it('accepts a file of exactly the size limit', () => {
		expect(parseBackup(text(good), text(good).length).ok).toBe(true);
	});

	it('counts bytes, not characters, against the limit', () => {
		const accents = text({ ...good, settings: { 'pref.voiceURI': 'é'.repeat(400) } });
		expect(parseBackup(accents, accents.length + 10).ok).toBe(false);
		// Each é is one character but two bytes in UTF-8.
		expect(parseBackup(accents, accents.length + 400).ok).toBe(true);
	});

	it('says which kinds of record are invalid and how many', () => {
		const bad = {
			...good,
			sessions: [session(1), session(2, { painAfter: 12 }), { id: 'x' }, session(4)],
			journal: [entry('2024-02-31')],
			routines: [routine('r1'), routine('r1')]
		};
		const result = parseBackup(text(bad));
		expect(result).toEqual({
			ok: false,
			problem: 'invalid',
			invalid: { sessions: 2, journal: 1, routines: 1 }
		});
		expect(errorOf(result)).toBe(
			"This backup can't be restored: 2 sessions, 1 check-in and 1 own routine are damaged or invalid. Nothing was changed."
		);
	});

	it('refuses a file with two records under one key, even when one of them is left out', () => {
		const later = new Date(NOW + 7 * 86_400_000).toISOString();
		const result = parseBackup(
			text({ ...good, routines: [routine('r1', later), routine('r1')] }),
			undefined,
			NOW
		);
		expect(result).toEqual({ ok: false, problem: 'invalid', invalid: { routines: 1 } });
		expect(errorOf(result)).toBe(
			"This backup can't be restored: 1 own routine is damaged or invalid. Nothing was changed."
		);
	});

	it('uses the singular for one bad record', () => {
		const result = parseBackup(text({ ...good, journal: [entry('2024-02-31')] }));
		expect(errorOf(result)).toMatch(/: 1 check-in is damaged/);
	});

	it('refuses more records than the app can restore', () => {
		const result = parseBackup(text({ ...good, routines: Array(1_001).fill(routine('r')) }));
		expect(result).toEqual({
			ok: false,
			problem: 'too-many',
			kind: 'routines',
			count: 1_001,
			limit: 1_000
		});
		expect(errorOf(result)).toMatch(
			/more own routines than Limber can restore \(1001, the limit is 1000\)/
		);
		const atLimit = Array.from({ length: 1_000 }, (_, i) => routine(`r${i}`));
		expect(parseBackup(text({ ...good, routines: atLimit })).ok).toBe(true);
	});

	it('is not fooled by __proto__ keys: they are left out, and nothing is polluted', () => {
		const raw = text(good).replace('"settings":{', '"settings":{"__proto__":{"polluted":true},');
		const result = parseBackup(raw);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.leftOut.settings).toBe(1);
		expect(Object.keys(result.backup.settings)).toEqual(['pref.voice']);
		expect(Object.getPrototypeOf(result.backup.settings)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe("the editor's limits at the door", () => {
	const mine = (over: Partial<Routine> = {}): Routine => ({
		...routine('r', '2024-01-01T00:00:00.000Z'),
		title: 'Morning',
		...over
	});
	const timer = (over: Partial<Program> = {}): Program => program('p', { title: 'Ice', ...over });
	const restore = (sections: Partial<BackupData>) =>
		parseBackup(text(makeBackup(data(sections), NOW)), undefined, NOW);
	/** What the restore says after, of a file holding one session beside `sections`. */
	const saidOf = (sections: Partial<BackupData>) => {
		const result = restore({ sessions: [session(1)], ...sections });
		expect(result.ok && result.backup.sessions).toEqual([session(1)]);
		return result.ok ? leftOutNote(result.leftOut, true) : errorOf(result);
	};
	const held = (seconds: number) => step('childs-pose', { seconds });

	it('leaves out the 299-hour, 100-step routine that storage would keep, saying what it holds', () => {
		const long = mine({
			steps: Array.from({ length: 100 }, () =>
				step('childs-pose', { seconds: 3600 }, { perSide: true, restAfterSeconds: 3564 })
			)
		});
		expect(Math.round(routineSize(long).ms / 3_600_000)).toBe(299);
		// Stored, it reads back: only what comes in is held to the editor's limits.
		expect(v.is(RoutineSchema, long)).toBe(true);
		const result = restore({
			sessions: [session(1)],
			journal: [entry('2024-05-02')],
			routines: [long]
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		// The rest of the file comes in; the routine is left out, named, with why.
		expect(result.backup.sessions).toEqual([session(1)]);
		expect(result.backup.journal).toEqual([entry('2024-05-02')]);
		expect(result.backup.routines).toEqual([]);
		expect(summaryLines(result.summary)).toEqual(['1 session', '1 check-in']);
		expect(result.leftOut).toEqual({
			named: [{ kind: 'routines', title: 'Morning', why: { code: 'steps-many', count: 100 } }],
			future: {},
			settings: 0
		});
		expect(leftOutNote(result.leftOut, false)).toBe(
			'The routine “Morning” will be left out: it has 100 steps, and Limber keeps routines to 40 steps.'
		);
		// Alone in the file, nothing is left to restore: said, and nothing changes.
		const alone = restore({ routines: [long] });
		expect(alone).toEqual({ ok: false, problem: 'nothing', leftOut: result.leftOut });
		expect(errorOf(alone)).toBe(
			'Nothing in this backup could be restored. The routine “Morning” was left out: it has 100 steps, and Limber keeps routines to 40 steps. Nothing was changed.'
		);
	});

	it.each([
		[
			'41 steps',
			{ steps: Array.from({ length: 41 }, () => held(30)) },
			'The routine “Morning” was left out: it has 41 steps, and Limber keeps routines to 40 steps.'
		],
		[
			'no steps',
			{ steps: [] },
			'The routine “Morning” was left out: it has no steps, and a routine needs at least one.'
		],
		[
			'a hold too long',
			{ steps: [held(30), held(301)] },
			'The routine “Morning” was left out: step 2 holds for 301 seconds, and Limber keeps a hold from 5 to 300 whole seconds.'
		],
		[
			'a hold too short',
			{ steps: [held(4)] },
			'The routine “Morning” was left out: step 1 holds for 4 seconds, and Limber keeps a hold from 5 to 300 whole seconds.'
		],
		[
			'too many repetitions',
			{ steps: [step('cat-cow', { reps: 31, secondsPerRep: 5 })] },
			'The routine “Morning” was left out: step 1 has 31 repetitions, and Limber keeps them from 1 to 30.'
		],
		[
			'a repetition of half a second',
			{ steps: [step('cat-cow', { reps: 8, secondsPerRep: 0.5 })] },
			'The routine “Morning” was left out: step 1 takes 0.5 seconds a repetition, and Limber keeps that from 1 to 30 whole seconds.'
		],
		[
			'a rest too long',
			{ steps: [step('childs-pose', { seconds: 30 }, { restAfterSeconds: 121 })] },
			'The routine “Morning” was left out: step 1 rests for 121 seconds, and Limber keeps a rest from 0 to 120 whole seconds.'
		],
		[
			'notes too long',
			{ purpose: 'n'.repeat(281) },
			'The routine “Morning” was left out: it has notes of 281 characters, and Limber keeps notes to 280.'
		],
		[
			'a name too long, quoted short',
			{ title: 'x'.repeat(81) },
			`The routine “${'x'.repeat(39)}…” was left out: it has a name of 81 characters, and Limber keeps names to 80.`
		],
		[
			'a name that shows nothing',
			{ title: '\u200b ' },
			'An own routine was left out: it has no name Limber can show.'
		]
	] as [string, Partial<Routine>, string][])(
		'leaves out a routine with %s, naming it and saying why',
		(_, over, said) => {
			expect(saidOf({ routines: [mine(over)] })).toBe(said);
		}
	);

	it.each([
		[
			'11 rounds',
			{ rounds: 11 },
			'The timer “Ice” was left out: it runs 11 rounds, and Limber keeps timers from 1 to 10 rounds.'
		],
		[
			'13 phases',
			{ phases: Array.from({ length: 13 }, () => ({ kind: 'relax' as const, seconds: 60 })) },
			'The timer “Ice” was left out: it has 13 phases, and Limber keeps timers to 12 phases.'
		],
		[
			'no phases',
			{ phases: [] },
			'The timer “Ice” was left out: it has no phases, and a timer needs at least one.'
		],
		[
			'a phase of a day',
			{
				rounds: 1,
				phases: [
					{ kind: 'ice', seconds: 1200 },
					{ kind: 'relax', seconds: 86_400 }
				]
			},
			'The timer “Ice” was left out: phase 2 lasts 24 h, and Limber keeps a phase from 10 seconds to 2 hours.'
		],
		[
			'a phase of 9 seconds',
			{ phases: [{ kind: 'ice', seconds: 9 }] },
			'The timer “Ice” was left out: phase 1 lasts 9 s, and Limber keeps a phase from 10 seconds to 2 hours.'
		],
		[
			'notes too long',
			{ purpose: 'n'.repeat(501) },
			'The timer “Ice” was left out: it has notes of 501 characters, and Limber keeps notes to 500.'
		],
		[
			'a name too long',
			{ title: 'Ice '.repeat(21) },
			'The timer “Ice Ice Ice Ice Ice Ice Ice Ice Ice Ice…” was left out: it has a name of 83 characters, and Limber keeps names to 80.'
		],
		['a blank name', { title: '   ' }, 'An own timer was left out: it has no name Limber can show.']
	] as [string, Partial<Program>, string][])(
		'leaves out a timer with %s, naming it and saying why',
		(_, over, said) => {
			const bad = timer(over);
			expect(v.is(ProgramSchema, bad)).toBe(true);
			expect(saidOf({ programs: [bad] })).toBe(said);
		}
	);

	it('leaves out each routine and timer beyond the limits and each record dated later, and restores the rest', () => {
		const nextWeek = NOW + 7 * 86_400_000;
		const result = restore({
			sessions: [session(1), session(2, { startedAt: nextWeek, endedAt: nextWeek + 60_000 })],
			routines: [
				mine({ id: 'a' }),
				mine({ id: 'b', title: 'Long', steps: Array.from({ length: 100 }, () => held(30)) }),
				mine({ id: 'c', steps: [held(999)] })
			],
			programs: [timer({ rounds: 50 })]
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.backup.sessions).toEqual([session(1)]);
		expect(result.backup.routines).toEqual([mine({ id: 'a' })]);
		expect(result.backup.programs).toEqual([]);
		expect(result.summary).toMatchObject({ sessions: 1, routines: 1, programs: 0 });
		expect(leftOutNote(result.leftOut, true)).toBe(
			'The routine “Long” was left out: it has 100 steps, and Limber keeps routines to 40 steps. ' +
				'The routine “Morning” was left out: step 1 holds for 999 seconds, and Limber keeps a hold from 5 to 300 whole seconds. ' +
				'The timer “Ice” was left out: it runs 50 rounds, and Limber keeps timers from 1 to 10 rounds. ' +
				'1 session was left out: it is dated after tomorrow. ' +
				'In all, 1 session, 2 own routines and 1 own timer were left out.'
		);
	});

	it('still refuses a file with a damaged record whole, whatever else it leaves out', () => {
		const result = restore({
			sessions: [session(1), session(2, { painAfter: 11 })],
			routines: [mine({ steps: Array.from({ length: 100 }, () => held(30)) })]
		});
		expect(result).toEqual({ ok: false, problem: 'invalid', invalid: { sessions: 1 } });
		expect(errorOf(result)).toBe(
			"This backup can't be restored: 1 session is damaged or invalid. Nothing was changed."
		);
	});

	it('restores routines and timers at every limit, and exercises it does not know', () => {
		const widest = mine({
			title: 'x'.repeat(80),
			purpose: 'y'.repeat(280),
			steps: Array.from({ length: 40 }, (_, i) =>
				i % 2
					? step('cat-cow', { reps: 30, secondsPerRep: 30 }, { restAfterSeconds: 120 })
					: step('childs-pose', { seconds: i % 4 ? 5 : 300 }, { perSide: true })
			)
		});
		// An exercise renamed since the backup was made: the person's own routine still comes in.
		const retired = mine({
			id: 'old',
			steps: [step('an-exercise-since-renamed', { seconds: 30 })]
		});
		const longest = timer({
			title: 'z'.repeat(80),
			purpose: 'w'.repeat(500),
			rounds: 10,
			phases: Array.from({ length: 12 }, (_, i) => ({
				kind: 'relax' as const,
				seconds: i % 2 ? 10 : 7200
			}))
		});
		const result = restore({ routines: [widest, retired], programs: [longest] });
		expect(result.ok).toBe(true);
		expect(result.ok && result.backup.routines).toEqual([widest, retired]);
		expect(result.ok && result.backup.programs).toEqual([longest]);
	});
});

describe('settings from a backup', () => {
	it('keeps only the settings Limber uses, each with a value it can use, and counts the rest', () => {
		const settings = {
			'pref.chime': false,
			'pref.askPain': false,
			'pref.voiceURI': 'Ava',
			'pref.reminderTime': '07:30',
			// Not Limber's: left out, and no object's prototype is touched.
			constructor: 'x',
			prototype: { polluted: true },
			'pref.toString': true,
			'pref.constructor': 1,
			theme: 'dark',
			'': 1,
			// Limber's, with values it cannot use.
			'pref.voice': 'loud',
			'pref.rate': 5,
			'pref.reminder': 'yes',
			'pref.wakeLock': null,
			// This device's own: never carried, never counted.
			'device.persistRequestedAt': 1
		};
		const raw = text({ ...makeBackup(empty, NOW), settings }).replace(
			'"settings":{',
			'"settings":{"__proto__":{"polluted":true},'
		);
		const result = parseBackup(raw, undefined, NOW);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.backup.settings).toEqual({
			'pref.chime': false,
			'pref.askPain': false,
			'pref.voiceURI': 'Ava',
			'pref.reminderTime': '07:30'
		});
		expect(result.leftOut.settings).toBe(11);
		expect(result.summary.settings).toBe(4);
		expect(Object.hasOwn(result.backup.settings, 'constructor')).toBe(false);
		expect(Object.getPrototypeOf(result.backup.settings)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		// Nothing left out reaches the merge either.
		const plan = planImport(empty, result.backup);
		expect(Object.keys(plan.writes.settings).sort()).toEqual([
			'pref.askPain',
			'pref.chime',
			'pref.reminderTime',
			'pref.voiceURI'
		]);
	});

	it('a backup with only settings Limber cannot use restores nothing and says so', () => {
		const result = parseBackup(
			text({ ...makeBackup(empty, NOW), settings: { constructor: 1, prototype: 2 } }),
			undefined,
			NOW
		);
		expect(result).toEqual({
			ok: false,
			problem: 'nothing',
			leftOut: { named: [], future: {}, settings: 2 }
		});
		expect(errorOf(result)).toBe(
			"Nothing in this backup could be restored. 2 settings Limber can't use were left out. Nothing was changed."
		);
		// A file that holds nothing at all is still read: there is simply nothing to restore.
		const empty_ = parseBackup(text(makeBackup(empty, NOW)), undefined, NOW);
		expect(empty_.ok && summaryLines(empty_.summary)).toEqual([]);
	});
});

describe('merge policy', () => {
	it('journal: the newer edit wins; a tie goes to the backup', () => {
		expect(
			incomingWins('journal', entry('d', { updatedAt: 2 }), entry('d', { updatedAt: 1 }))
		).toBe(false);
		expect(
			incomingWins('journal', entry('d', { updatedAt: 1 }), entry('d', { updatedAt: 2 }))
		).toBe(true);
		expect(incomingWins('journal', entry('d'), entry('d'))).toBe(true);
	});

	it('routines: newer updatedAt wins; without one on either side, the backup wins', () => {
		const older = routine('r', '2024-01-01T00:00:00Z');
		const newer = routine('r', '2024-06-01T00:00:00.000Z');
		expect(incomingWins('routines', newer, older)).toBe(false);
		expect(incomingWins('routines', older, newer)).toBe(true);
		expect(incomingWins('routines', routine('r'), older)).toBe(true);
		expect(incomingWins('routines', newer, routine('r'))).toBe(true);
		expect(incomingWins('routines', newer, { ...newer, title: 'Renamed' })).toBe(true);
	});

	it('programs: the newer copy on this device is kept, an older one is replaced', () => {
		const older = program('p', { updatedAt: '2024-01-01T00:00:00.000Z' });
		const newer = program('p', { updatedAt: '2024-06-01T00:00:00.000Z', title: 'Mine, renamed' });
		const kept = planImport(data({ programs: [newer] }), data({ programs: [older] }));
		expect(kept.writes.programs).toEqual([]);
		expect(kept.counts.programs).toMatchObject({ kept: 1, updated: 0 });
		const replaced = planImport(data({ programs: [older] }), data({ programs: [newer] }));
		expect(replaced.writes.programs).toEqual([newer]);
		expect(replaced.counts.programs).toMatchObject({ kept: 0, updated: 1 });
	});

	it('sessions: the newer edit wins (one without an edit time counts from its end); settings: the backup', () => {
		expect(incomingWins('sessions', session(1), session(1, { note: 'x' }))).toBe(true);
		const edited = session(1, { note: 'new', updatedAt: NOW });
		expect(incomingWins('sessions', edited, session(1, { note: 'old' }))).toBe(false);
		expect(incomingWins('sessions', session(1), edited)).toBe(true);
		expect(incomingWins('settings', 1, 2)).toBe(true);
	});

	it('for any two copies of a session: the newer edit is kept, and no field is lost', () => {
		const copy = fc.record(
			{
				updatedAt: fc.integer({ min: T, max: NOW }),
				note: fc.string({ maxLength: 20 }),
				painBefore: fc.integer({ min: 0, max: 10 }),
				painAfter: fc.integer({ min: 0, max: 10 })
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(copy, copy, (here, there) => {
				const mine = session(1, here);
				const theirs = session(1, there);
				const plan = planImport(data({ sessions: [mine] }), data({ sessions: [theirs] }));
				const after = plan.writes.sessions[0] ?? mine;
				const newest = Math.max(mine.updatedAt ?? mine.endedAt, theirs.updatedAt ?? theirs.endedAt);
				expect(after.updatedAt ?? after.endedAt).toBe(newest);
				// Every field of the newer copy survives, and a newer backup copy deletes nothing.
				const newer = (theirs.updatedAt ?? theirs.endedAt) >= (mine.updatedAt ?? mine.endedAt);
				for (const key of ['note', 'painBefore', 'painAfter'] as const) {
					const had = newer ? (theirs[key] ?? mine[key]) : mine[key];
					expect(after[key]).toBe(had);
				}
				// What this device edited later is never replaced.
				if ((mine.updatedAt ?? mine.endedAt) > (theirs.updatedAt ?? theirs.endedAt)) {
					expect(after).toEqual(mine);
				}
			})
		);
	});

	it('names and notes read from a backup lose their bidirectional controls', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 30 }),
				fc.constantFrom('\u202e', '\u2067', '\u200f', '\u061c'),
				(title, control) => {
					const spiked = `${control}${title}${control}`;
					const parsed = parseBackup(
						text(
							makeBackup(
								data({
									sessions: [session(1, { title: spiked, note: spiked })],
									// A routine's name must also show something (a test below).
									routines: [{ ...routine('r', '2024-01-01T00:00:00.000Z'), title: `${spiked}A` }]
								}),
								NOW
							)
						)
					);
					expect(parsed.ok).toBe(true);
					if (!parsed.ok) return;
					expect(parsed.backup.sessions[0]?.title).toBe(stripBidi(spiked));
					expect(parsed.backup.sessions[0]?.note).not.toContain(control);
					expect(parsed.backup.routines[0]?.title).not.toContain(control);
				}
			)
		);
	});

	it('leaves out a routine or timer whose name shows nothing: blank, spaces or zero-width only', () => {
		for (const title of ['', '   ', '\u200b\u200b', '\u2060\ufeff', '\u3000']) {
			const parsed = parseBackup(
				text(
					makeBackup(
						data({
							sessions: [session(1)],
							routines: [{ ...routine('r', '2024-01-01T00:00:00.000Z'), title }],
							programs: [program('p', { title })]
						}),
						NOW
					)
				)
			);
			expect(parsed.ok, JSON.stringify(title)).toBe(true);
			if (!parsed.ok) continue;
			expect(parsed.backup.sessions).toHaveLength(1);
			expect(parsed.backup.routines.length + parsed.backup.programs.length).toBe(0);
			expect(leftOutNote(parsed.leftOut, true), JSON.stringify(title)).toBe(
				'An own routine was left out: it has no name Limber can show. An own timer was left out: it has no name Limber can show. In all, 1 own routine and 1 own timer were left out.'
			);
		}
		const fine = parseBackup(
			text(
				makeBackup(
					data({
						routines: [{ ...routine('r', '2024-01-01T00:00:00.000Z'), title: ' Mine\u200b' }]
					}),
					NOW
				)
			)
		);
		expect(fine.ok).toBe(true);
	});

	it('a restore cannot replace or shadow a built-in, and dates what it brings', () => {
		const builtIn = { routines: new Set(['spasm-relief']), programs: new Set<string>() };
		const plan = planImport(
			data({}),
			data({ routines: [routine('spasm-relief'), routine('mine')] }),
			{
				builtIn,
				now: '2024-07-01T00:00:00.000Z'
			}
		);
		expect(plan.writes.routines).toEqual([
			{ ...routine('mine'), updatedAt: '2024-07-01T00:00:00.000Z' }
		]);
		expect(plan.counts.routines).toMatchObject({ added: 1, builtIn: 1 });
		// One that carries its edit time keeps it: later merges compare it.
		const dated = routine('dated', '2024-01-01T00:00:00.000Z');
		expect(
			planImport(data({}), data({ routines: [dated] }), { now: '2024-07-01T00:00:00.000Z' }).writes
				.routines
		).toEqual([dated]);
	});

	it('writes nothing for a copy from an older version that only lacks fields added since', () => {
		const here = entry('2024-05-01', { bladderBowel: false, severe: false });
		const { bladderBowel: _b, severe: _s, ...before } = here;
		const plan = planImport(data({ journal: [here] }), data({ journal: [before] }));
		expect(plan.writes.journal).toEqual([]);
		expect(plan.counts.journal).toMatchObject({ unchanged: 1, updated: 0 });
	});

	it('plans only the writes needed, and counts every record once', () => {
		const existing = data({
			sessions: [session(1), session(2)],
			journal: [entry('2024-05-01', { updatedAt: T + 5 })],
			settings: { 'pref.rate': 1, 'pref.voiceURI': 'Ava' }
		});
		const incoming = data({
			sessions: [session(2), session(1, { note: 'edited' }), session(3)],
			journal: [entry('2024-05-01', { pain: 9 })],
			settings: { 'pref.rate': 1.2, 'pref.voiceURI': 'Ava', 'pref.chime': false, 'device.x': 1 }
		});
		const plan = planImport(existing, incoming);
		expect(plan.writes.sessions.map((s) => s.id)).toEqual(['s1', 's3']);
		expect(plan.writes.journal).toEqual([]);
		expect(plan.writes.settings).toEqual({ 'pref.rate': 1.2, 'pref.chime': false });
		expect(plan.counts.sessions).toEqual({
			added: 1,
			updated: 1,
			unchanged: 1,
			kept: 0,
			builtIn: 0
		});
		expect(plan.counts.journal).toEqual({
			added: 0,
			updated: 0,
			unchanged: 0,
			kept: 1,
			builtIn: 0
		});
		expect(plan.counts.settings).toEqual({
			added: 1,
			updated: 1,
			unchanged: 1,
			kept: 0,
			builtIn: 0
		});
	});

	it('sameData ignores key order and keys holding undefined', () => {
		expect(sameData({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
		expect(sameData({ a: 1, note: undefined }, { a: 1 })).toBe(true);
		expect(sameData({ a: [1] }, { a: { 0: 1 } })).toBe(false);
		expect(sameData([1, 2], [1, 2, 3])).toBe(false);
		expect(sameData([1, 2], [1, 3])).toBe(false);
	});

	it('sameData tells a value from an empty object or list, and from null', () => {
		for (const [a, b] of [
			[0, {}],
			[{}, 0],
			['', []],
			[null, {}],
			[{}, null]
		]) {
			expect(sameData(a, b), JSON.stringify([a, b])).toBe(false);
		}
	});
});

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
	type BackupData
} from './backup';
import { stripBidi } from './plan-limits';
import type { JournalEntry, Routine, SessionRecord } from './model';
import { summaryLines } from './data-transfer';
import { journalEntry, program, sessionRecord } from './testing';

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
	steps: [],
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
			data({ sessions: [session(1)], settings: { theme: 'dark', 'device.persistRequestedAt': 5 } }),
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
			settings: { theme: 'dark' }
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
		expect(parseBackup(JSON.stringify(bad))).toMatchObject({ ok: false, error: /1 episode is/ });
	});

	it('refuses anything dated after tomorrow: it would win every merge and misread the days', () => {
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
			],
			['a routine edited next week', { routines: [routine('r', new Date(at(7)).toISOString())] }]
		];
		for (const [what, sections] of cases) {
			const result = parseBackup(text(makeBackup(data(sections as never), NOW)), undefined, NOW);
			expect(result.ok, what).toBe(false);
			expect(!result.ok && result.error, what).toMatch(/damaged or invalid. Nothing was changed/);
		}
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
			settings: { theme: 'dark' }
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
		const result = parseBackup('\uFEFF' + text({ ...good, settings: { 'device.x': 1, a: 1 } }));
		expect(result.ok && result.backup.settings).toEqual({ a: 1 });
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
		if (!result.ok) expect(result.error).toMatch(message);
	});

	it('refuses a file over the size limit before parsing it', () => {
		const result = parseBackup(text(good), 100);
		expect(!result.ok && result.error).toMatch(
			/too large to be a Limber backup \(the limit is 1 KB\)/
		);
		const big = parseBackup('x'.repeat(2 * 1024 * 1024 + 1), 2 * 1024 * 1024);
		expect(!big.ok && big.error).toMatch(/\(the limit is 2 MB\)/);
	});

	it('accepts a file of exactly the size limit', () => {
		expect(parseBackup(text(good), text(good).length).ok).toBe(true);
	});

	it('counts bytes, not characters, against the limit', () => {
		const accents = text({ ...good, settings: { note: 'é'.repeat(400) } });
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
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.invalid).toEqual({ sessions: 2, journal: 1, routines: 1 });
		expect(result.error).toBe(
			"This backup can't be restored: 2 sessions, 1 check-in and 1 own routine are damaged or invalid. Nothing was changed."
		);
	});

	it('takes setting names up to 100 characters, and as many settings as Limber keeps', () => {
		const named = (key: string) => parseBackup(text({ ...good, settings: { [key]: 1 } }));
		expect(named('k'.repeat(100)).ok).toBe(true);
		expect(named('k'.repeat(101))).toMatchObject({ ok: false, invalid: { settings: 1 } });
		const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
		expect(parseBackup(text({ ...good, settings: many })).ok).toBe(true);
	});

	it('uses the singular for one bad record', () => {
		const result = parseBackup(
			text({ ...good, settings: { ok: 1, bad: { deep: [null, 'x', {}] }, '': 1 } })
		);
		expect(!result.ok && result.error).toMatch(/1 setting is damaged/);
	});

	it('refuses more records than the app can restore', () => {
		const result = parseBackup(text({ ...good, routines: Array(1_001).fill(routine('r')) }));
		expect(!result.ok && result.error).toMatch(/more own routines than Limber can restore/);
		const atLimit = Array.from({ length: 1_000 }, (_, i) => routine(`r${i}`));
		expect(parseBackup(text({ ...good, routines: atLimit })).ok).toBe(true);
	});

	it('is not fooled by __proto__ keys', () => {
		const raw = text(good).replace('"settings":{', '"settings":{"__proto__":{"polluted":true},');
		const result = parseBackup(raw);
		expect(result.ok).toBe(false);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
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

	it('refuses a routine or timer whose name shows nothing: blank, spaces or zero-width only', () => {
		for (const title of ['', '   ', '\u200b\u200b', '\u2060\ufeff', '\u3000']) {
			const parsed = parseBackup(
				text(
					makeBackup(
						data({ routines: [{ ...routine('r', '2024-01-01T00:00:00.000Z'), title }] }),
						NOW
					)
				)
			);
			expect(parsed.ok, JSON.stringify(title)).toBe(false);
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
			settings: { a: 1, b: [1, 2] }
		});
		const incoming = data({
			sessions: [session(2), session(1, { note: 'edited' }), session(3)],
			journal: [entry('2024-05-01', { pain: 9 })],
			settings: { a: 2, b: [1, 2], c: true, 'device.x': 1 }
		});
		const plan = planImport(existing, incoming);
		expect(plan.writes.sessions.map((s) => s.id)).toEqual(['s1', 's3']);
		expect(plan.writes.journal).toEqual([]);
		expect(plan.writes.settings).toEqual({ a: 2, c: true });
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

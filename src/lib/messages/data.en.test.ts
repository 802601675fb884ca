// The English sentences shown before and after a restore, from core's codes and facts: exactly
// as Limber has always said them.
import { describe, expect, it } from 'vitest';
import type { BackupSummary, ImportCounts } from '$lib/core/backup';
import { summaryKinds } from '$lib/core/data-transfer';
import type { LeftOut, LeftOutRecord } from '$lib/core/left-out';
import en from './data.en';

const summaryLines = (summary: BackupSummary) =>
	summaryKinds(summary).map((kind) => en.count(kind, summary[kind]));
const summaryRange = (summary: BackupSummary, locale = 'en-GB') => en.range(summary, locale);
const describeImport = (counts: ImportCounts) =>
	en.said({
		code: 'restored',
		counts,
		persisted: true,
		leftOut: { named: [], future: {}, settings: 0 }
	});
const ALREADY = 'Everything in this backup was already here; nothing needed to change.';
/** What the preview (`done` false) or the restore (`done` true) says is left out, or null. */
const leftOutNote = (out: LeftOut, done: boolean): string | null => {
	const said = done
		? en.said({ code: 'restored', counts: counts(), persisted: true, leftOut: out })
		: en.leftOut(out);
	const rest = said.replace(ALREADY, '').trim();
	return rest === '' ? null : rest;
};

const none = { added: 0, updated: 0, unchanged: 0, kept: 0, builtIn: 0 };
const counts = (over: Partial<ImportCounts> = {}): ImportCounts => ({
	sessions: none,
	journal: none,
	routines: none,
	programs: none,
	episodes: none,
	settings: none,
	...over
});

describe('summary before restoring', () => {
	const summary = {
		sessions: 12,
		journal: 1,
		routines: 0,
		programs: 2,
		episodes: 1,
		settings: 3,
		oldest: '2024-01-02',
		newest: '2024-05-14'
	};

	it('counts every kind of record it holds, and leaves out the kinds it holds none of', () => {
		expect(summaryLines(summary)).toEqual([
			'12 sessions',
			'1 check-in',
			'2 own timers',
			'1 episode',
			'3 settings'
		]);
		expect(summaryLines({ ...summary, sessions: 1, programs: 0, settings: 1 })).toEqual([
			'1 session',
			'1 check-in',
			'1 episode',
			'1 setting'
		]);
	});

	it('gives the date range, or says nothing when there are no dated records', () => {
		expect(summaryRange(summary)).toBe('From 2 Jan 2024 to 14 May 2024.');
		expect(summaryRange({ ...summary, oldest: '2024-05-14' })).toBe('On 14 May 2024.');
		expect(summaryRange({ ...summary, oldest: null, newest: null })).toBe('');
	});
});

describe('describeImport', () => {
	it('lists what was added and updated', () => {
		expect(
			describeImport(
				counts({
					sessions: { ...none, added: 12 },
					journal: { ...none, updated: 1 },
					settings: { ...none, added: 1, unchanged: 4 }
				})
			)
		).toBe('Restored: 12 sessions added, 1 check-in updated and 1 setting added.');
	});

	it('says so when nothing needed to change', () => {
		expect(describeImport(counts({ sessions: { ...none, unchanged: 3 } }))).toBe(
			'Everything in this backup was already here; nothing needed to change.'
		);
	});

	it('mentions records kept because this device had a newer copy', () => {
		expect(
			describeImport(counts({ sessions: { ...none, added: 1 }, journal: { ...none, kept: 2 } }))
		).toBe('Restored: 1 session added. 2 records were newer on this device and kept as they are.');
		expect(describeImport(counts({ sessions: { ...none, unchanged: 1, kept: 1 } }))).toBe(
			'Everything in this backup was already here; nothing needed to change. One record was newer on this device and kept as it is.'
		);
	});
});

describe('describeImport with built-ins', () => {
	it('says when a built-in was left as it is', () => {
		expect(describeImport(counts({ routines: { ...none, added: 1, builtIn: 1 } }))).toBe(
			"Restored: 1 own routine added. One routine or timer has the name of one built into Limber, so Limber's own was kept."
		);
	});
});

describe('leftOutNote', () => {
	const none: LeftOut = { named: [], future: {}, settings: 0 };
	const allDay: LeftOutRecord = {
		kind: 'routines',
		title: 'All day',
		why: { code: 'steps-many', count: 100 }
	};
	const routineNamed = (title: string) => ({ ...allDay, title });

	it('says before and after a restore how many settings Limber cannot use are left out', () => {
		const settings = (n: number) => ({ ...none, settings: n });
		expect(leftOutNote(none, false)).toBeNull();
		expect(leftOutNote(none, true)).toBeNull();
		expect(leftOutNote(settings(1), false)).toBe(
			"It also holds 1 setting Limber can't use; it will be left out."
		);
		expect(leftOutNote(settings(3), false)).toBe(
			"It also holds 3 settings Limber can't use; they will be left out."
		);
		expect(leftOutNote(settings(1), true)).toBe("1 setting Limber can't use was left out.");
		expect(leftOutNote(settings(3), true)).toBe("3 settings Limber can't use were left out.");
	});

	it('names a routine or timer left out, and why, before and after', () => {
		const one = { ...none, named: [allDay] };
		expect(leftOutNote(one, false)).toBe(
			'The routine “All day” will be left out: it has 100 steps, and Limber keeps routines to 40 steps.'
		);
		expect(leftOutNote(one, true)).toBe(
			'The routine “All day” was left out: it has 100 steps, and Limber keeps routines to 40 steps.'
		);
		const blank: LeftOutRecord = { kind: 'programs', title: null, why: { code: 'title-missing' } };
		expect(leftOutNote({ ...none, named: [blank] }, true)).toBe(
			'An own timer was left out: it has no name Limber can show.'
		);
	});

	it('counts the records dated after tomorrow, with that reason', () => {
		expect(leftOutNote({ ...none, future: { journal: 1 } }, false)).toBe(
			'1 check-in will be left out: it is dated after tomorrow.'
		);
		expect(leftOutNote({ ...none, future: { sessions: 2, episodes: 1 } }, true)).toBe(
			'2 sessions and 1 episode were left out: they are dated after tomorrow.'
		);
	});

	it('counts everything left out when it takes more than one sentence', () => {
		expect(leftOutNote({ named: [allDay], future: { sessions: 1 }, settings: 2 }, true)).toBe(
			"2 settings Limber can't use were left out. The routine “All day” was left out: it has 100 steps, and Limber keeps routines to 40 steps. 1 session was left out: it is dated after tomorrow. In all, 1 session and 1 own routine were left out."
		);
		expect(leftOutNote({ ...none, named: [allDay, { ...allDay, title: 'Long' }] }, false)).toBe(
			'The routine “All day” will be left out: it has 100 steps, and Limber keeps routines to 40 steps. The routine “Long” will be left out: it has 100 steps, and Limber keeps routines to 40 steps. In all, 2 own routines will be left out.'
		);
	});

	it('names the first three routines and timers, and counts the rest in all', () => {
		const five = ['A', 'B', 'C', 'D', 'E'].map(routineNamed);
		const said = leftOutNote({ ...none, named: five }, true) ?? '';
		expect(said).toContain('The routine “C” was left out');
		expect(said).not.toContain('“D”');
		expect(said.endsWith(' In all, 5 own routines were left out.')).toBe(true);
	});
});

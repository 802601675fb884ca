// Export file names and the sentences shown before and after a restore.
import { describe, expect, it } from 'vitest';
import type { ImportCounts } from './backup';
import type { LeftOut } from './left-out';
import {
	backupFileName,
	csvFileName,
	describeImport,
	leftOutNote,
	summaryLines,
	summaryRange
} from './data-transfer';

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

describe('file names', () => {
	it('are dated by the local day of the export', () => {
		const now = new Date(2024, 4, 14, 23, 30).getTime();
		expect(backupFileName(now)).toBe('limber-backup-2024-05-14.json');
		expect(csvFileName(now)).toBe('limber-history-2024-05-14.csv');
	});
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
		expect(summaryRange(summary, 'en-GB')).toBe('From 2 Jan 2024 to 14 May 2024');
		expect(summaryRange({ ...summary, oldest: '2024-05-14' }, 'en-GB')).toBe('On 14 May 2024');
		expect(summaryRange({ ...summary, oldest: null, newest: null })).toBeNull();
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
	const allDay = {
		kind: 'routines' as const,
		name: 'the routine “All day”',
		why: 'it has 100 steps, and Limber keeps routines to 40 steps'
	};
	const routineNamed = (title: string) => ({ ...allDay, name: `the routine “${title}”` });

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
		const blank = {
			kind: 'programs' as const,
			name: 'an own timer',
			why: 'it has no name Limber can show'
		};
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
		expect(
			leftOutNote({ ...none, named: [allDay, { ...allDay, name: 'the routine “Long”' }] }, false)
		).toBe(
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

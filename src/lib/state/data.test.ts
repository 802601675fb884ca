// Restoring in Settings: what the gate does not let in is left out and said, the rest comes in;
// a file with nothing left to restore changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { localDay } from '$lib/core/days';
import { journal, routines, sessions } from '$lib/storage';
import { setSetting } from '$lib/storage/settings';
import { entry, freshStorage, routine, session, storedSettings } from '$lib/storage/testing';
import words from '$lib/messages/data.en';
import { dataTools, type Outcome } from './data.svelte';

/** An outcome as Settings says it in English. */
const spoken = (o: Outcome) => ({ ok: o.ok, text: words.said(o.said) });

const backup = (sections: Record<string, unknown>) =>
	new File(
		[
			JSON.stringify({
				app: 'limber',
				format: 1,
				exportedAt: '2025-05-14T10:00:00.000Z',
				sessions: [],
				journal: [],
				routines: [],
				programs: [],
				settings: {},
				...sections
			})
		],
		'backup.json',
		{ type: 'application/json' }
	);

beforeEach(async () => {
	await freshStorage();
	dataTools.cancelRestore();
	await routines.put(routine('mine'));
	await setSetting('pref.voice', false);
});

describe('restoring a backup', () => {
	const step = routine('x').steps[0]!;
	const allDay = routine('long', {
		title: 'All day',
		steps: Array.from({ length: 100 }, () => step)
	});
	const ALL_DAY =
		'The routine “All day” was left out: it has 100 steps, and Limber keeps routines to 40 steps.';

	it('restores the rest of a backup and leaves out a routine beyond the editor limits, naming it before and after', async () => {
		const said = await dataTools.readBackup(
			backup({ sessions: [session(1)], journal: [entry('2024-05-02')], routines: [allDay] })
		);
		expect(spoken(said)).toEqual({ ok: true, text: '' });
		const pending = dataTools.pending;
		expect(pending?.summary).toMatchObject({ sessions: 1, journal: 1, routines: 0 });
		expect(pending && words.leftOut(pending.leftOut)).toBe(
			'The routine “All day” will be left out: it has 100 steps, and Limber keeps routines to 40 steps.'
		);
		const done = await dataTools.restore();
		expect(spoken(done)).toEqual({
			ok: true,
			text: `Restored: 1 session added and 1 check-in added. ${ALL_DAY}`
		});
		expect((await sessions.all()).map((s) => s.id)).toEqual([session(1).id]);
		expect((await journal.all()).map((j) => j.date)).toEqual(['2024-05-02']);
		expect((await routines.list()).map((r) => r.id)).toEqual(['mine']);
	});

	it('leaves out a check-in dated after tomorrow, saying so, and keeps the rest', async () => {
		const nextWeek = localDay(Date.now() + 7 * 86_400_000);
		await dataTools.readBackup(
			backup({ journal: [entry('2024-05-02'), entry(nextWeek)], routines: [routine('r2')] })
		);
		const done = await dataTools.restore();
		expect(spoken(done)).toEqual({
			ok: true,
			text: 'Restored: 1 check-in added and 1 own routine added. 1 check-in was left out: it is dated after tomorrow.'
		});
		expect((await journal.all()).map((j) => j.date)).toEqual(['2024-05-02']);
	});

	it('says nothing could be restored when everything in the file is left out, and keeps nothing', async () => {
		const said = await dataTools.readBackup(backup({ routines: [allDay] }));
		expect(spoken(said)).toEqual({
			ok: false,
			text: `Nothing in this backup could be restored. ${ALL_DAY} Nothing was changed.`
		});
		expect(dataTools.pending).toBeNull();
		expect((await routines.list()).map((r) => r.id)).toEqual(['mine']);
		expect(await storedSettings()).toEqual({ 'pref.voice': false });
	});

	it('leaves out settings Limber cannot use, and says so before and after', async () => {
		const said = await dataTools.readBackup(
			backup({
				settings: { constructor: 'x', prototype: 1, 'pref.voice': 'loud', 'pref.chime': false }
			})
		);
		expect(said.ok).toBe(true);
		expect(dataTools.pending?.leftOut).toEqual({ named: [], future: {}, settings: 3 });
		const done = await dataTools.restore();
		expect(spoken(done)).toEqual({
			ok: true,
			text: "Restored: 1 setting added. 3 settings Limber can't use were left out."
		});
		expect(await storedSettings()).toEqual({ 'pref.voice': false, 'pref.chime': false });
	});
});

// Restoring in Settings: what the gate refuses changes nothing, and settings left out are said.
import { beforeEach, describe, expect, it } from 'vitest';
import { routines } from '$lib/storage';
import { setSetting } from '$lib/storage/settings';
import { freshStorage, routine, storedSettings } from '$lib/storage/testing';
import { dataTools } from './data.svelte';

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
	it('refuses a routine beyond the editor limits, saying which and why, and keeps nothing', async () => {
		const step = routine('x').steps[0]!;
		const long = routine('long', {
			title: 'All day',
			steps: Array.from({ length: 100 }, () => step)
		});
		const said = await dataTools.readBackup(backup({ routines: [long] }));
		expect(said).toEqual({
			ok: false,
			text: "This backup can't be restored. The routine “All day” has 100 steps; Limber keeps routines to 40 steps. Nothing was changed."
		});
		expect(dataTools.pending).toBeNull();
		expect((await routines.list()).map((r) => r.id)).toEqual(['mine']);
	});

	it('leaves out settings Limber cannot use, and says so before and after', async () => {
		const said = await dataTools.readBackup(
			backup({
				settings: { constructor: 'x', prototype: 1, 'pref.voice': 'loud', 'pref.chime': false }
			})
		);
		expect(said.ok).toBe(true);
		expect(dataTools.pending?.settingsLeftOut).toBe(3);
		const done = await dataTools.restore();
		expect(done).toEqual({
			ok: true,
			text: "Restored: 1 setting added. 3 settings Limber can't use were left out."
		});
		expect(await storedSettings()).toEqual({ 'pref.voice': false, 'pref.chime': false });
	});
});

// Preferences: a change shows at once and is saved, or says why not; a load that was reading
// when a switch changed never puts the old value back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idbBackend } from '$lib/storage/backend';
import { setSetting } from '$lib/storage/settings';
import { freshStorage } from '$lib/storage/testing';
import { settings } from './settings.svelte';

beforeEach(async () => {
	await freshStorage();
	await settings.load();
});
afterEach(() => vi.restoreAllMocks());

describe('settings', () => {
	it('saves a change and says so', async () => {
		expect(await settings.set('chime', false)).toEqual({ ok: true, value: undefined });
		expect(settings.prefs.chime).toBe(false);
		expect(await idbBackend.get('settings', 'pref.chime')).toBe(false);
	});

	it('a load under way when a switch changes keeps the change', async () => {
		await setSetting('pref.vibration', false);
		const loading = settings.load();
		const changed = settings.set('chime', false);
		await Promise.all([loading, changed]);
		expect(settings.prefs.chime).toBe(false);
		// What the load read for the others still arrives.
		expect(settings.prefs.vibration).toBe(false);
		await settings.load();
		expect(settings.prefs.chime).toBe(false);
	});

	it('a refused write puts the value before it back, and says why', async () => {
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('refused', 'DataError');
		});
		const result = await settings.set('askPain', false);
		expect(result).toEqual({
			ok: false,
			error: "Limber couldn't save this setting. Please try again."
		});
		expect(settings.prefs.askPain).toBe(true);
	});

	it('a write held in memory keeps the value for this visit, is not saved, and is once the disk works', async () => {
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const held = await settings.set('voice', false);
		expect(held.ok).toBe(false);
		if (!held.ok) expect(held.error).toMatch(/out of storage space, so this setting isn't saved/);
		expect(settings.prefs.voice).toBe(false);

		vi.restoreAllMocks();
		expect((await settings.set('voice', false)).ok).toBe(true);
		expect(await idbBackend.get('settings', 'pref.voice')).toBe(false);
	});
});

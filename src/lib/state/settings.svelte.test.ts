// The preferences: the defaults until loaded, what is saved once loaded (a damaged value as its
// default), read once however often started; a change shown at once with a result that says
// whether it reached storage; and kept current when another tab changes one, or a restore or an
// erase in this tab replaces them all, but not read back after this tab's own change.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES } from '$lib/core/preferences';
import { withBackend } from '$lib/storage/backend';
import { CHANNEL_NAME, notifyChange } from '$lib/storage/broadcast';
import * as stored from '$lib/storage/settings';
import { freshStorage, storedSettings } from '$lib/storage/testing';
import { Settings } from './settings.svelte';

let settings: Settings;

beforeEach(async () => {
	await freshStorage();
	settings = new Settings();
});
afterEach(() => vi.restoreAllMocks());

/** Writes a setting the way another tab (or a restore) does, without telling this tab. */
const writeBehind = (key: string, value: string | number | boolean) =>
	withBackend((b) => b.putSetting(key, value));

describe('Settings', () => {
	it('shows the defaults until loaded, then what is saved, a damaged value as its default', async () => {
		await stored.setSetting('pref.voice', false);
		await stored.setSetting('pref.rate', 'fast');
		expect(settings.prefs).toEqual(DEFAULT_PREFERENCES);
		await settings.start();
		expect(settings.prefs).toEqual({ ...DEFAULT_PREFERENCES, voice: false });
	});

	it('loads once however often it is started', async () => {
		const reads = vi.spyOn(stored, 'getSetting');
		const first = settings.start();
		expect(settings.start()).toBe(first);
		await first;
		expect(reads).toHaveBeenCalledTimes(Object.keys(DEFAULT_PREFERENCES).length);
	});

	it('shows a change at once and says once it is stored', async () => {
		await settings.start();
		const saving = settings.set('chime', false);
		expect(settings.prefs.chime).toBe(false);
		expect(await saving).toEqual({ ok: true, value: undefined });
		expect(await storedSettings()).toEqual({ 'pref.chime': false });
	});

	it('says when a change was kept only in memory (not saved), and keeps it shown', async () => {
		await settings.start();
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('refused', 'UnknownError');
		});
		expect(await settings.set('vibration', false)).toMatchObject({ ok: false });
		expect(settings.prefs.vibration).toBe(false);
	});

	it('follows a change made in another tab', async () => {
		await settings.start();
		await writeBehind('pref.askPain', false);
		const tab = new BroadcastChannel(CHANNEL_NAME);
		tab.postMessage({ store: 'settings', op: 'put', key: 'pref.askPain' });
		tab.close();
		await vi.waitFor(() => expect(settings.prefs.askPain).toBe(false));
	});

	it('reads everything again after a restore or an erase in this tab', async () => {
		await settings.start();
		await writeBehind('pref.reminder', true);
		notifyChange({ store: 'settings', op: 'import' });
		await vi.waitFor(() => expect(settings.prefs.reminder).toBe(true));
		await withBackend((b) => b.delete('settings', 'pref.reminder'));
		notifyChange({ store: 'settings', op: 'clear' });
		await vi.waitFor(() => expect(settings.prefs.reminder).toBe(false));
	});

	it('does not read back its own change', async () => {
		await settings.start();
		const reads = vi.spyOn(stored, 'getSetting');
		await settings.set('rate', 1.2);
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(reads).not.toHaveBeenCalled();
		expect(settings.prefs.rate).toBe(1.2);
	});
});

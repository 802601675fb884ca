// The daily reminder in Settings: "Saved" only once the preference is stored, the reason and the
// stored value back on screen when it is not, and the calendar file through the download wrapper.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageError } from '$lib/storage/errors';
import { freshStorage, storedSettings } from '$lib/storage/testing';
import { dailyReminder, REMINDER_FILE } from './reminder.svelte';
import { settings } from './settings.svelte';

beforeEach(async () => {
	await freshStorage();
	await settings.load();
});
afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('dailyReminder', () => {
	it('is off at 09:00 until turned on, and says saved once it is stored', async () => {
		expect(dailyReminder.on).toBe(false);
		expect(dailyReminder.time).toBe('09:00');
		const said = await dailyReminder.turn(true);
		expect(said.ok && said.value).toMatch(/^Saved: the reminder is on, at .*9.*00/);
		expect(dailyReminder.on).toBe(true);
		expect(await storedSettings()).toMatchObject({ 'pref.reminder': true });
	});

	it('says how to remove the calendar event when turned off', async () => {
		await dailyReminder.turn(true);
		const said = await dailyReminder.turn(false);
		expect(said.ok && said.value).toMatch(/^Saved: the reminder is off\. .*choose Delete/);
		expect(await storedSettings()).toMatchObject({ 'pref.reminder': false });
	});

	it('saves a time of day and refuses what is not one', async () => {
		expect(await dailyReminder.setTime('')).toEqual({
			ok: false,
			error: 'Choose a time of day, for example 09:00.'
		});
		const said = await dailyReminder.setTime('07:45');
		expect(said.ok).toBe(true);
		expect(dailyReminder.time).toBe('07:45');
		expect(await storedSettings()).toMatchObject({ 'pref.reminderTime': '07:45' });
	});

	it('when the write fails: not saved, says why, and shows what is stored again', async () => {
		vi.spyOn(settings, 'set').mockResolvedValue({
			ok: false,
			error: new StorageError('quota', 'This device is out of space.')
		});
		expect(await dailyReminder.turn(true)).toEqual({
			ok: false,
			error: 'Not saved: This device is out of space.'
		});
		expect(dailyReminder.on).toBe(false);
		expect((await dailyReminder.setTime('06:30')).ok).toBe(false);
		expect(dailyReminder.time).toBe('09:00');
		vi.restoreAllMocks();
		expect(await storedSettings()).not.toHaveProperty('pref.reminder');
	});

	it('says a write kept only in memory is for this visit only, not saved', async () => {
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('refused', 'UnknownError');
		});
		const said = await dailyReminder.turn(false);
		expect(said.ok && said.value).toMatch(/^Kept for this visit only: .* choose Delete/);
	});

	it('downloads the calendar file for the saved time through the download wrapper', async () => {
		await dailyReminder.setTime('21:15');
		// No document: the wrapper cannot download, and the reason is a sentence.
		expect(dailyReminder.download()).toEqual({
			ok: false,
			error: 'This browser could not save the calendar file.'
		});

		const blobs: Blob[] = [];
		const link = { click: vi.fn(), remove: vi.fn() } as Record<string, unknown>;
		vi.stubGlobal('document', {
			createElement: () => link,
			body: { append: vi.fn() }
		});
		vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
			blobs.push(blob as Blob);
			return 'blob:limber';
		});
		vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
		const said = dailyReminder.download();
		expect(said.ok && said.value).toMatch(/^Calendar file saved: an alarm at .* every day, from/);
		expect(link.download).toBe(REMINDER_FILE);
		expect(link.click).toHaveBeenCalledOnce();
		const text = await blobs[0]?.text();
		expect(blobs[0]?.type).toBe('text/calendar');
		expect(text).toMatch(/\r\nDTSTART:\d{8}T211500\r\n/);
		expect(text).toContain('\r\nRRULE:FREQ=DAILY\r\n');
		expect(text).toContain('\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT0S\r\n');
	});
});

// The daily reminder in Settings: "Saved" only once the preference is stored, the reason and the
// stored value back on screen when it is not, and the calendar file through the download wrapper.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idbBackend } from '$lib/storage/backend';
import { freshStorage, storedSettings } from '$lib/storage/testing';
import { dailyReminder, REMINDER_FILE } from './reminder.svelte';
import { settings } from './settings.svelte';
import { reminders } from '$lib/messages/reminders';

await Promise.all([reminders.load('en'), reminders.load('es'), reminders.load('de')]);

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
		const said = await dailyReminder.turn(true, 'en');
		expect(said.ok && said.value).toMatch(/^Saved: the reminder is on, at .*9.*00/);
		expect(dailyReminder.on).toBe(true);
		expect(await storedSettings()).toMatchObject({ 'pref.reminder': true });
	});

	it('says how to remove the calendar event when turned off', async () => {
		await dailyReminder.turn(true, 'en');
		const said = await dailyReminder.turn(false, 'en');
		expect(said.ok && said.value).toMatch(/^Saved: the reminder is off\. .*choose Delete/);
		expect(await storedSettings()).toMatchObject({ 'pref.reminder': false });
	});

	it('saves a time of day and refuses what is not one', async () => {
		expect(await dailyReminder.setTime('', 'en')).toEqual({
			ok: false,
			error: 'Choose a time of day, for example 09:00.'
		});
		const said = await dailyReminder.setTime('07:45', 'en');
		expect(said.ok).toBe(true);
		expect(dailyReminder.time).toBe('07:45');
		expect(await storedSettings()).toMatchObject({ 'pref.reminderTime': '07:45' });
	});

	it('when the write is refused: not saved, says why, and shows what is stored again', async () => {
		// A refusal that is not a broken disk (the memory fallback is not used for it).
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('refused', 'DataError');
		});
		expect(await dailyReminder.turn(true, 'en')).toEqual({
			ok: false,
			error: "Limber couldn't save this setting. Please try again."
		});
		expect(dailyReminder.on).toBe(false);
		expect((await dailyReminder.setTime('06:30', 'en')).ok).toBe(false);
		expect(dailyReminder.time).toBe('09:00');
		vi.restoreAllMocks();
		expect(await storedSettings()).not.toHaveProperty('pref.reminder');
	});

	it('a write held in memory is not saved: says why and for how long; saved once the disk works', async () => {
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const said = await dailyReminder.turn(true, 'en');
		expect(said.ok).toBe(false);
		if (!said.ok) {
			expect(said.error).toMatch(/out of storage space.*only until you close the app/);
			expect(said.error).not.toMatch(/Saved/);
		}
		// Held for this visit, as the alert says.
		expect(dailyReminder.on).toBe(true);

		vi.restoreAllMocks();
		const again = await dailyReminder.turn(true, 'en');
		expect(again.ok && again.value).toMatch(/^Saved: the reminder is on/);
		expect(await idbBackend.get('settings', 'pref.reminder')).toBe(true);
	});

	it('downloads the calendar file for the saved time through the download wrapper', async () => {
		await dailyReminder.setTime('21:15', 'en');
		// No document: the wrapper cannot download, and the reason is a sentence.
		expect(dailyReminder.download('en')).toEqual({
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
		const said = dailyReminder.download('en');
		expect(said.ok && said.value).toMatch(/^Calendar file saved: an alarm at .* every day, from/);
		expect(link.download).toBe(REMINDER_FILE);
		expect(link.click).toHaveBeenCalledOnce();
		const text = await blobs[0]?.text();
		expect(blobs[0]?.type).toBe('text/calendar');
		expect(text).toMatch(/\r\nDTSTART:\d{8}T211500\r\n/);
		expect(text).toContain('\r\nRRULE:FREQ=DAILY\r\n');
		expect(text).toContain('\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT0S\r\n');
	});

	it.each([
		[
			'es',
			/^Guardado: el recordatorio está activado/,
			'SUMMARY:Limber: registro del día',
			'Abre Limber y toca Hoy.'
		],
		[
			'de',
			/^Gespeichert: Die Erinnerung ist an/,
			'SUMMARY:Limber: Tageseintrag',
			'tippen Sie auf Heute.'
		]
	] as const)(
		'says it and writes the calendar file in the page’s language (%s)',
		async (lang, saved, summary, notes) => {
			const said = await dailyReminder.turn(true, lang);
			expect(said.ok && said.value).toMatch(saved);
			expect(dailyReminder.download(lang)).toEqual({
				ok: false,
				error: reminders.get(lang).noFile
			});
			const blobs: Blob[] = [];
			vi.stubGlobal('document', {
				createElement: () => ({ click: vi.fn(), remove: vi.fn() }),
				body: { append: vi.fn() }
			});
			vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
				blobs.push(blob as Blob);
				return 'blob:limber';
			});
			vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
			expect(dailyReminder.download(lang).ok).toBe(true);
			const text = (await blobs[0]?.text())?.replace(/\r\n /g, '') ?? '';
			expect(text).toContain(`\r\n${summary}\r\n`);
			expect(text).toContain(notes);
			// The same event in every language: a file made again in another language replaces it.
			expect(text).toContain('\r\nUID:daily-check-in@limber\r\n');
		}
	);
});

// The daily check-in reminder in Settings: on or off and its time (two preferences), and the
// calendar file that makes it ring with Limber closed. Every write's result is reported: a
// sentence to show once it is saved, or why it was not, in the language of the page (`lang`).
// The calendar file is written in that language too, and keeps it: Limber cannot reach into a
// calendar, so after a change of language the event says what it said until the file is added
// again (its UID is the same in every language, so the new file replaces the old event).
import { browser } from '$app/environment';
import { ICS_MIME, dailyReminderIcs } from '$lib/core/ics';
import type { Lang } from '$lib/core/lang';
import {
	firstReminderDay,
	reminderInstant,
	reminderMinutes,
	reminderTime
} from '$lib/core/reminder';
import { fail, ok, type Result } from '$lib/core/result';
import { localDay } from '$lib/core/days';
import { timeOfDay } from '$lib/core/time-of-day';
import { setAppBadge } from '$lib/platform/badge';
import { downloadFile } from '$lib/platform/download';
import { reminders } from '$lib/messages/reminders';
import { dailyReminderWords } from './alarm-words';
import { reminderDue } from './reminder-due.svelte';
import type { Preferences } from '$lib/core/preferences';
import { settings } from './settings.svelte';

export const REMINDER_FILE = 'limber-daily-check-in.ics';

/** "9:00 AM" or "09:00", as this device writes times. */
function clock(time: string): string {
	return timeOfDay(reminderInstant(localDay(Date.now()), time));
}

/**
 * Writes one preference: the sentence to show once it is saved, or why it is not (a refusal
 * puts the stored value back on screen; see Settings.set).
 */
async function write<K extends 'reminder' | 'reminderTime'>(
	key: K,
	value: Preferences[K],
	saved: string
): Promise<Result<string>> {
	const result = await settings.set(key, value);
	if (!result.ok) return fail(result.error);
	return ok(saved);
}

class DailyReminder {
	get on(): boolean {
		return settings.prefs.reminder;
	}

	/** The time of day, "HH:MM" (the default when the stored one is damaged). */
	get time(): string {
		return reminderTime(settings.prefs.reminderTime);
	}

	/**
	 * Loads the saved preferences; resolves once they are shown. Starts the due watch too, so a
	 * change here marks or clears the app badge at once, not only on the next visit to Today.
	 */
	start(): Promise<void> {
		reminderDue.start();
		return settings.start();
	}

	/**
	 * Turns the reminder on or off; the sentence in `lang` to show once saved (off: with how to
	 * take the event out of the calendar, which Limber cannot do), or why it was not.
	 */
	async turn(on: boolean, lang: Lang): Promise<Result<string>> {
		const m = reminders.get(lang).daily;
		if (!on) {
			// A badge set earlier stays on the icon after Limber closes; nothing is due now.
			void setAppBadge(false);
			return write('reminder', false, m.off(m.event));
		}
		return write('reminder', true, m.on(clock(this.time)));
	}

	/** Saves a new time of day ("HH:MM", as the time field gives it). */
	async setTime(time: string, lang: Lang): Promise<Result<string>> {
		const m = reminders.get(lang).daily;
		if (reminderMinutes(time) === null) return fail(m.notATime);
		return write('reminderTime', time, m.timeSaved(clock(time)));
	}

	/**
	 * Downloads the calendar file for the saved time, written in `lang`; what it holds, or why
	 * there is none.
	 */
	download(lang: Lang): Result<string> {
		const m = reminders.get(lang);
		const now = Date.now();
		const time = this.time;
		const text = dailyReminderIcs({
			words: dailyReminderWords(lang),
			time,
			now,
			url: browser ? `${location.origin}/` : undefined
		});
		if (!downloadFile(REMINDER_FILE, ICS_MIME, text)) return fail(m.noFile);
		const fromToday = firstReminderDay(time, now) === localDay(now);
		return ok((fromToday ? m.daily.fileFromToday : m.daily.fileFromTomorrow)(clock(time)));
	}
}

export const dailyReminder = new DailyReminder();

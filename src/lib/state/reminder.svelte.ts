// The daily check-in reminder in Settings: on or off and its time (two preferences), and the
// calendar file that makes it ring with Limber closed. Every write's result is reported: a
// sentence to show once it is saved, or why it was not.
import { browser } from '$app/environment';
import { DAILY_CHECK_IN, ICS_MIME, dailyReminderIcs } from '$lib/core/ics';
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
import { reminderDue } from './reminder-due.svelte';
import type { Preferences } from '$lib/core/preferences';
import { settings } from './settings.svelte';

export const REMINDER_FILE = 'limber-daily-check-in.ics';

/** How to remove the calendar's event: Limber cannot reach into a calendar itself. */
export const REMOVE_FROM_CALENDAR = `Limber cannot change your calendar. To stop the alarm, open “${DAILY_CHECK_IN.title}” in your calendar, choose Delete, then “All events” (or “This and following”).`;

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
	saved: string,
	/** Said once it is saved. */
	also = ''
): Promise<Result<string>> {
	const result = await settings.set(key, value);
	if (!result.ok) return fail(result.error);
	return ok(also ? `${saved} ${also}` : saved);
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

	/** Turns the reminder on or off; the sentence to show once saved, or why it was not. */
	async turn(on: boolean): Promise<Result<string>> {
		if (!on) {
			// A badge set earlier stays on the icon after Limber closes; nothing is due now.
			void setAppBadge(false);
			return write('reminder', false, 'Saved: the reminder is off.', REMOVE_FROM_CALENDAR);
		}
		return write(
			'reminder',
			true,
			`Saved: the reminder is on, at ${clock(this.time)}. Add it to your calendar so that it rings with Limber closed.`
		);
	}

	/** Saves a new time of day ("HH:MM", as the time field gives it). */
	async setTime(time: string): Promise<Result<string>> {
		if (reminderMinutes(time) === null) return fail('Choose a time of day, for example 09:00.');
		return write(
			'reminderTime',
			time,
			`Saved: ${clock(time)}. If your calendar already has the reminder, add it again to move it there too.`
		);
	}

	/** Downloads the calendar file for the saved time; what it holds, or why there is none. */
	download(): Result<string> {
		const now = Date.now();
		const time = this.time;
		const text = dailyReminderIcs({
			time,
			now,
			url: browser ? `${location.origin}/` : undefined
		});
		if (!downloadFile(REMINDER_FILE, ICS_MIME, text))
			return fail('This browser could not save the calendar file.');
		const first = firstReminderDay(time, now) === localDay(now) ? 'today' : 'tomorrow';
		return ok(
			`Calendar file saved: an alarm at ${clock(time)} every day, from ${first}. Open it to add it to your calendar.`
		);
	}
}

export const dailyReminder = new DailyReminder();

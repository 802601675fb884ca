// The daily check-in reminder: a local time of day ("HH:MM", as <input type="time"> gives it),
// when it first rings, and whether today's check-in is due. Local wall-clock time throughout,
// so 09:00 stays 09:00 across a daylight-saving change.
import { addDays, localDay, parts } from './days';

export const DEFAULT_REMINDER_TIME = '09:00';

/** Minutes after local midnight of an "HH:MM" time; null for anything else. */
export function reminderMinutes(time: string): number | null {
	const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
	return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The stored time when it is one, else the default: a damaged setting never breaks a screen. */
export function reminderTime(stored: string): string {
	return reminderMinutes(stored) === null ? DEFAULT_REMINDER_TIME : stored;
}

/**
 * The instant `time` falls on `day` on this device's clock. A time skipped by the clocks
 * going forward (02:30 on that night) falls when the clocks show it next, an hour later.
 */
export function reminderInstant(day: string, time: string): number {
	const [y, m, d] = parts(day);
	const minutes = reminderMinutes(reminderTime(time)) ?? 0;
	return new Date(y, m - 1, d, Math.floor(minutes / 60), minutes % 60).getTime();
}

/** Whether the check-in is due now: the reminder is on, its time has passed today, none saved. */
export function checkInDue(
	reminder: { on: boolean; time: string },
	now: number,
	checkedInToday: boolean
): boolean {
	if (!reminder.on || checkedInToday) return false;
	return now >= reminderInstant(localDay(now), reminder.time);
}

/** When the reminder next rings: its time today while that is ahead, else tomorrow's. */
export function nextDueAt(time: string, now: number): number {
	const today = reminderInstant(localDay(now), time);
	return today > now ? today : reminderInstant(addDays(localDay(now), 1), time);
}

/** The local day the reminder first rings: today if its time is still ahead, else tomorrow. */
export function firstReminderDay(time: string, now: number): string {
	return localDay(nextDueAt(time, now));
}

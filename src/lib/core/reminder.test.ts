// The daily check-in reminder's times: parsing, the first day, when it is due, and both
// daylight-saving changes.
import { afterAll, describe, expect, it } from 'vitest';
import {
	DEFAULT_REMINDER_TIME,
	checkInDue,
	firstReminderDay,
	nextDueAt,
	reminderInstant,
	reminderMinutes,
	reminderTime
} from './reminder';

// New York springs forward on 2026-03-08 (02:00 → 03:00, a 23-hour day) and falls back on
// 2026-11-01 (02:00 → 01:00, a 25-hour day). Set before any instant below is worked out.
const savedTz = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
	process.env.TZ = savedTz;
});

const HOUR = 3_600_000;
/** Epoch ms of `hour:minute` local time on `day`. */
const at = (day: string, hour: number, minute = 0) => {
	const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
	return new Date(y, m - 1, d, hour, minute).getTime();
};

describe('reminderMinutes and reminderTime', () => {
	it('reads HH:MM as <input type="time"> gives it', () => {
		expect(reminderMinutes('00:00')).toBe(0);
		expect(reminderMinutes('09:05')).toBe(545);
		expect(reminderMinutes('23:59')).toBe(1439);
	});

	it('refuses anything else, and falls back to the default time', () => {
		for (const bad of ['24:00', '9:00', '09:60', '09:00:00', '', 'nine', ' 09:00']) {
			expect(reminderMinutes(bad)).toBeNull();
			expect(reminderTime(bad)).toBe(DEFAULT_REMINDER_TIME);
		}
		expect(reminderTime('21:30')).toBe('21:30');
	});
});

describe('firstReminderDay and nextDueAt', () => {
	it('is today while the time is ahead, tomorrow once it has come', () => {
		expect(firstReminderDay('09:00', at('2026-06-10', 8, 59))).toBe('2026-06-10');
		expect(firstReminderDay('09:00', at('2026-06-10', 9, 0))).toBe('2026-06-11');
		expect(firstReminderDay('09:00', at('2026-06-10', 22))).toBe('2026-06-11');
		expect(nextDueAt('09:00', at('2026-06-10', 8))).toBe(at('2026-06-10', 9));
		expect(nextDueAt('09:00', at('2026-06-10', 9))).toBe(at('2026-06-11', 9));
	});

	it('crosses the end of a month and a year', () => {
		expect(firstReminderDay('07:30', at('2026-12-31', 20))).toBe('2027-01-01');
		expect(nextDueAt('07:30', at('2026-12-31', 20))).toBe(at('2027-01-01', 7, 30));
	});

	it('keeps the wall-clock time across the clocks going forward (23 hours later)', () => {
		const next = nextDueAt('09:00', at('2026-03-07', 9, 30));
		expect(next).toBe(at('2026-03-08', 9));
		expect(next - at('2026-03-07', 9)).toBe(23 * HOUR);
		expect(new Date(next).getHours()).toBe(9);
	});

	it('keeps the wall-clock time across the clocks going back (25 hours later)', () => {
		const next = nextDueAt('09:00', at('2026-10-31', 10));
		expect(next - at('2026-10-31', 9)).toBe(25 * HOUR);
		expect(new Date(next).getHours()).toBe(9);
	});

	it('moves a time the clocks skip to when they show it next', () => {
		// 02:30 does not happen on 2026-03-08 in New York; the reminder rings at 03:30.
		const skipped = reminderInstant('2026-03-08', '02:30');
		expect(new Date(skipped).getHours()).toBe(3);
		expect(firstReminderDay('02:30', at('2026-03-08', 1))).toBe('2026-03-08');
		expect(nextDueAt('02:30', at('2026-03-08', 4))).toBe(at('2026-03-09', 2, 30));
	});
});

describe('checkInDue', () => {
	const on = { on: true, time: '09:00' };

	it('is due once the time has passed today and nothing is saved', () => {
		expect(checkInDue(on, at('2026-06-10', 8, 59), false)).toBe(false);
		expect(checkInDue(on, at('2026-06-10', 9), false)).toBe(true);
		expect(checkInDue(on, at('2026-06-10', 23, 59), false)).toBe(true);
		// A new day starts afresh until the time comes again.
		expect(checkInDue(on, at('2026-06-11', 0, 1), false)).toBe(false);
	});

	it('is never due with the check-in saved or the reminder off', () => {
		expect(checkInDue(on, at('2026-06-10', 12), true)).toBe(false);
		expect(checkInDue({ on: false, time: '09:00' }, at('2026-06-10', 12), false)).toBe(false);
	});

	it('follows the wall clock on both daylight-saving days', () => {
		expect(checkInDue(on, at('2026-03-08', 8, 59), false)).toBe(false);
		expect(checkInDue(on, at('2026-03-08', 9), false)).toBe(true);
		expect(checkInDue(on, at('2026-11-01', 8, 59), false)).toBe(false);
		expect(checkInDue(on, at('2026-11-01', 9), false)).toBe(true);
		// 01:30 happens twice on 2026-11-01; the first time counts.
		const early = { on: true, time: '01:30' };
		expect(checkInDue(early, at('2026-11-01', 1, 30), false)).toBe(true);
	});

	it('uses the default time for a damaged setting', () => {
		expect(checkInDue({ on: true, time: 'garbage' }, at('2026-06-10', 9), false)).toBe(true);
		expect(checkInDue({ on: true, time: 'garbage' }, at('2026-06-10', 8), false)).toBe(false);
	});
});

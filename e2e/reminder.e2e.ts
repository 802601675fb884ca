// The daily check-in reminder: set in Settings, its calendar file (a daily rule and an alarm, read
// from the download), the words on turning it off, and Today's "Due" with the app badge.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerCheckIn, openWithPinnedClock } from './helpers';

// A zone with daylight saving, so the file's floating time is checked against a real one.
test.use({ timezoneId: 'America/New_York' });

/** 2026-03-02 08:00 in New York (EST, UTC−5). */
const MORNING = new Date('2026-03-02T08:00:00-05:00').getTime();
const MIN = 60_000;

/** The calendar file's content lines, unfolded. */
const linesOf = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

async function turnOn(page: Page): Promise<void> {
	const section = page.getByRole('region', { name: 'Daily check-in reminder' });
	const toggle = section.getByRole('checkbox', { name: 'Remind me each day' });
	// The section takes input once the stored reminder is shown; one tap then saves.
	await expect(section).not.toHaveAttribute('inert');
	await toggle.check();
	await expect(section.getByRole('status')).toContainText('Saved: the reminder is on');
}

test('the reminder downloads from Settings as a daily event with an alarm', async ({ page }) => {
	await openWithPinnedClock(page, '/settings', MORNING);
	const section = page.getByRole('region', { name: 'Daily check-in reminder' });
	await expect(section.getByLabel('Time of day')).toBeHidden();
	await turnOn(page);
	const status = section.getByRole('status');

	const time = section.getByLabel('Time of day');
	await expect(time).toHaveValue('09:00');
	await time.fill('07:30');
	await expect(status).toContainText('Saved: 7:30');

	const [file] = await Promise.all([
		page.waitForEvent('download'),
		section.getByRole('button', { name: 'Add to calendar' }).click()
	]);
	expect(file.suggestedFilename()).toBe('limber-daily-check-in.ics');
	const lines = linesOf(readFileSync((await file.path())!, 'utf8'));
	expect(lines).toContain('RRULE:FREQ=DAILY');
	// 07:30 has passed at 08:00, so it starts tomorrow, at 07:30 on the clock (no zone, no Z).
	expect(lines).toContain('DTSTART:20260303T073000');
	expect(lines).toContain('SUMMARY:Limber check-in');
	const alarm = lines.indexOf('BEGIN:VALARM');
	expect(alarm).toBeGreaterThan(0);
	expect(lines.slice(alarm, alarm + 5)).toEqual([
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		'TRIGGER:PT0S',
		'DESCRIPTION:Limber check-in: a few taps on how your back is today',
		'END:VALARM'
	]);
	await expect(status).toContainText('Calendar file saved: an alarm at 7:30');
	await expect(status).toContainText('from tomorrow');
	await expect(section).toContainText('Some calendar apps drop the alarm of an imported event');

	// Kept over a reload, then off with the words on removing the event.
	await page.reload();
	await expect(section.getByLabel('Time of day')).toHaveValue('07:30');
	await section.getByRole('checkbox', { name: 'Remind me each day' }).uncheck();
	await expect(status).toContainText('Saved: the reminder is off.');
	await expect(status).toContainText('choose Delete, then “All events”');
	await expect(section.getByLabel('Time of day')).toBeHidden();
});

test('Today marks the check-in Due once the time has passed, with the badge, until it is saved', async ({
	page,
	context
}) => {
	await context.grantPermissions(['notifications']);
	await page.addInitScript(() => {
		const calls: string[] = [];
		Object.assign(window, { badgeCalls: calls });
		Object.assign(navigator, {
			setAppBadge: async () => void calls.push('set'),
			clearAppBadge: async () => void calls.push('clear')
		});
	});
	const badge = () =>
		page.evaluate(() => (window as unknown as { badgeCalls: string[] }).badgeCalls.at(-1));

	await openWithPinnedClock(page, '/settings', MORNING);
	await turnOn(page);

	await page.getByRole('navigation').getByRole('link', { name: 'Today', exact: true }).click();
	// A second of the stopped clock for the router.
	await page.clock.runFor(1000);
	const heading = page.getByRole('heading', { name: /^Daily check-in/ });
	const due = heading.getByText('Due', { exact: true });
	await expect(heading).toBeVisible();
	// 08:01: not yet.
	await expect(due).toBeHidden();
	// The watch looks again each minute; by 09:01 the check-in is due.
	await page.clock.runFor(60 * MIN);
	await expect(due).toBeVisible();
	await expect(heading).toHaveAccessibleName('Daily check-in Due');
	await expect.poll(badge).toBe('set');

	// A reload while due shows it at once.
	await page.reload();
	await expect(due).toBeVisible();

	const checkIn = page.getByRole('region', { name: /Daily check-in/ });
	await answerCheckIn(checkIn, { pain: 4 });
	await checkIn.getByRole('button', { name: 'Save check-in' }).click();
	await expect(checkIn.getByRole('status').first()).toContainText('Check-in saved');
	await expect(due).toBeHidden();
	await expect.poll(badge).toBe('clear');
});

test('no Due and no watch on a first visit', async ({ page }) => {
	await openWithPinnedClock(page, '/', MORNING + 4 * 60 * MIN);
	const heading = page.getByRole('heading', { name: /^Daily check-in/ });
	await expect(heading).toBeVisible();
	await expect(heading).toHaveAccessibleName('Daily check-in');
	await expect(heading.getByText('Due', { exact: true })).toBeHidden();
	// Nothing is saved, so nothing created a database.
	expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
});

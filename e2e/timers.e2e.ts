// Timers a person can set down and trust: exact phases, history, alerts with the phone down,
// calendar alarms, a builder for their own timers, and a calmer list during a flare.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseIcsAlarms } from '../src/lib/core/testing';
import { stored, waitForOfflineReady } from './helpers';
import { beginSession } from './session';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const MIN = 60_000;

/** The app has hydrated once a component has read something only the browser knows. */
async function waitForApp(page: Page): Promise<void> {
	await expect(page.getByRole('status').filter({ hasText: /Notifications are/ })).toBeVisible();
}

async function startIceAt(page: Page, startAt: number): Promise<void> {
	await page.clock.install({ time: T0 });
	await page.goto('/timers/ice-20');
	await waitForApp(page);
	// Time stands still from here, so every figure below is exact.
	await page.clock.pauseAt(startAt);
	await page.getByRole('button', { name: 'Start Ice, 20 minutes' }).click();
	await beginSession(page);
	await expect(page).toHaveURL(/\/play$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ice');
	await expect(page.getByRole('timer')).toHaveText('20:00');
}

test('Ice 20 from its deep link: pack off after 20 minutes, history after one round, and a reminder to go again', async ({
	page
}) => {
	const startAt = T0 + MIN;
	await startIceAt(page, startAt);
	const heading = page.getByRole('heading', { level: 1 });
	const timer = page.getByRole('timer');

	await page.clock.fastForward(20 * MIN);
	await expect(heading).toHaveText('Pack off');
	// The pack has just come off: the full 20 minutes are left.
	await expect(timer).toHaveText('20:00');
	await page.clock.fastForward(1000);
	await expect(timer).toHaveText('19:59');

	await page.clock.fastForward(20 * MIN - 1000);
	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
	await expect.poll(() => stored(page, 'sessions')).toHaveLength(1);
	const [record] = await stored(page, 'sessions');
	expect(record).toMatchObject({
		kind: 'timer',
		sourceId: 'ice-20',
		// Kept by its id, not its title: named in the page's language when shown.
		title: '',
		activity: 'ice',
		startedAt: startAt,
		endedAt: startAt + 40 * MIN,
		activeMs: 40 * MIN,
		plannedMs: 40 * MIN,
		completedSegments: 2,
		totalSegments: 2,
		completed: true
	});

	// Cold is one session: the summary offers an alarm to go again in two hours, not now.
	const again = page.getByRole('region', { name: 'Ice again in two hours?' });
	await expect(again).toContainText('If the spasm comes back');
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		again.getByRole('button', { name: 'Remind me in 2 hours' }).click()
	]);
	expect(file.suggestedFilename()).toBe('limber-ice-20-minutes-reminder.ics');
	const [alarm] = parseIcsAlarms(readFileSync((await file.path())!, 'utf8'));
	expect(alarm).toMatchObject({ start: startAt + 40 * MIN + 120 * MIN, alarms: 1 });
	expect(alarm?.summary).toMatch(/Ice again/);
	await expect(again.getByRole('status')).toContainText('Calendar file saved with an alarm at');
});

test('a rest timer ends with no reminder to go again', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await page.goto('/timers/rest-10');
	await waitForApp(page);
	await page.clock.pauseAt(T0 + MIN);
	await page.getByRole('button', { name: 'Start Rest, 10 minutes' }).click();
	await beginSession(page);
	await page.clock.fastForward(10 * MIN + 1000);
	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
	await expect(page.getByRole('button', { name: /Remind me/ })).toHaveCount(0);
});

test('Ice 20 is one round, with its cautions read before starting', async ({ page }) => {
	await page.goto('/timers/ice-20');
	await waitForApp(page);
	await expect(page.getByRole('group', { name: 'Rounds' })).toHaveCount(0);
	await expect(page.getByText('40 min in all')).toBeVisible();
	const safety = page.getByRole('region', { name: 'Before you start' });
	await expect(safety).toContainText('Wrap the pack in a cloth.');
	await expect(safety).toContainText('check that it looks normal');
	await expect(safety).toContainText(
		'skin with poor feeling (numbness, diabetes, poor circulation)'
	);

	await page.getByRole('button', { name: 'Start Ice, 20 minutes' }).click();
	await beginSession(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ice');
	await expect(page.getByText('Up next: Pack off')).toBeVisible();
});

test('heat shows its own safety reminders; rest plays on a calm screen', async ({ page }) => {
	await page.goto('/timers/heat-20');
	await waitForApp(page);
	await expect(page.getByRole('region', { name: 'Before you start' })).toContainText(
		'Keep a cloth between the heat and your skin, and never fall asleep on a heating pad.'
	);
	await expect(page.getByRole('region', { name: 'Before you start' })).toContainText(
		'skin with poor feeling'
	);
	await expect(page.getByRole('group', { name: 'Rounds' })).toHaveCount(0);

	await page.goto('/timers/rest-10');
	await waitForApp(page);
	await page.getByRole('button', { name: 'Start Rest, 10 minutes' }).click();
	await beginSession(page);
	await expect(page.getByRole('timer')).toBeVisible();
	await expect(page.getByText('Let your back go.')).toBeVisible();
	await expect(page.getByRole('progressbar', { name: 'Overall progress' })).toHaveCount(0);
	await expect(page.getByText(/left in all/)).toHaveCount(0);
	await expect(page.getByText(/This is the last step/)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('a hidden page gets its notification at the phase change', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['notifications'], { origin: baseURL });
	await page.clock.install({ time: T0 });
	await page.goto('/timers/ice-20');
	await waitForOfflineReady(page);
	await expect(
		page.getByRole('status').filter({ hasText: 'Notifications are on for Limber.' })
	).toBeVisible();
	await page.clock.pauseAt(T0 + MIN);
	await page.getByRole('button', { name: 'Start Ice, 20 minutes' }).click();
	await beginSession(page);
	await expect(page.getByRole('timer')).toHaveText('20:00');

	const shown = () =>
		page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			const list = (await registration?.getNotifications()) ?? [];
			return list.map((n) => ({
				title: n.title,
				body: n.body,
				tag: n.tag,
				url: (n.data as { url?: string } | null)?.url
			}));
		});
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await page.clock.fastForward(10 * MIN);
	expect(await shown()).toEqual([]);

	await page.clock.fastForward(10 * MIN + 3000);
	await expect.poll(shown).toEqual([
		{
			title: 'Ice, 20 minutes',
			body: 'Ice ended 3 seconds ago — now letting the skin warm up.',
			tag: 'limber-session',
			url: '/play'
		}
	]);
});

test('calendar alarms hold one alarm per remaining phase end', async ({ page }) => {
	const startAt = T0 + MIN;
	await startIceAt(page, startAt);
	await expect(page.getByText(/no browser can promise to wake it/)).toBeVisible();

	const download = async () => {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Add alarms to calendar' }).click()
		]);
		expect(file.suggestedFilename()).toBe('limber-ice-20-minutes-alarms.ics');
		return parseIcsAlarms(readFileSync((await file.path())!, 'utf8'));
	};

	await page.clock.fastForward(5 * MIN);
	const all = await download();
	await expect(page.getByRole('status').filter({ hasText: 'with 2 alarms' })).toBeVisible();
	expect(all.map((e) => e.start)).toEqual([1, 2].map((k) => startAt + k * 20 * MIN));
	expect(all.every((e) => e.alarms === 1)).toBe(true);
	expect(all[0]?.summary).toBe('Ice ends — take the pack off');
	expect(all[1]?.summary).toBe('Pack off ends — session complete');

	// Pack off: the ice that has ended no longer rings.
	await page.clock.fastForward(20 * MIN);
	const later = await download();
	expect(later.map((e) => e.start)).toEqual([startAt + 40 * MIN]);
	expect(later.every((e) => e.alarms === 1)).toBe(true);

	// A paused timer has no end times to promise.
	await page.getByRole('button', { name: 'Pause' }).click();
	await page.getByRole('button', { name: 'Add alarms to calendar' }).click();
	await expect(page.getByRole('alert')).toContainText('Resume it, then add the alarms');
});

/** Fills the builder's phase `n` (1-based). */
function phase(page: Page, n: number) {
	return page.getByRole('group', { name: new RegExp(`^Phase ${n}:`) });
}

test('the builder creates, saves and starts a timer of one’s own', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await page.goto('/timers');
	await page.getByRole('link', { name: 'Create a timer' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Create a timer' })).toBeVisible();

	await page.getByLabel('Name').fill('Evening ice');
	await phase(page, 1).getByLabel('What').selectOption({ label: 'Ice' });
	await phase(page, 1).getByLabel('How long').fill('12');
	await expect(phase(page, 1)).toContainText('= 12 min');
	await page.getByRole('button', { name: 'Add a phase' }).click();
	await expect(phase(page, 2)).toContainText('Pack off');
	await phase(page, 2).getByLabel('Pick a length for phase 2').selectOption({ label: '5 min' });
	await expect(phase(page, 2).getByLabel('How long')).toHaveValue('5:00');
	await page.getByRole('button', { name: 'Add a phase' }).click();
	await phase(page, 3).getByLabel('What').selectOption({ label: 'Rest' });
	await phase(page, 3).getByLabel('How long').fill('1:30');
	// Rest first, then the ice and its warm-up.
	await page.getByRole('button', { name: 'Move phase 3 up' }).click();
	await page.getByRole('button', { name: 'Move phase 2 up' }).click();
	await expect(phase(page, 1)).toContainText('Rest');
	await expect(phase(page, 2)).toContainText('Ice');
	await page.getByRole('button', { name: 'Remove phase 1' }).click();
	await expect(phase(page, 1)).toContainText('Ice');
	await expect(phase(page, 3)).toHaveCount(0);
	await page
		.getByRole('group', { name: 'Rounds' })
		.getByRole('button', { name: 'One round more' })
		.click();
	await expect(page.getByText('34 min in all')).toBeVisible();
	await page.getByRole('button', { name: 'Save timer' }).click();

	await expect(page).toHaveURL(/\/timers\/custom\?id=/);
	await expect(page.getByRole('heading', { level: 1, name: 'Evening ice' })).toBeVisible();
	await expect(page.getByText('34 min in all')).toBeVisible();

	await page.goto('/timers');
	const own = page.getByRole('region', { name: 'Your timers' });
	await own.getByRole('link', { name: 'Evening ice' }).click();
	await page.clock.pauseAt(T0 + 5 * MIN);
	await page.getByRole('button', { name: 'Start Evening ice' }).click();
	await beginSession(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ice — round 1 of 2');
	await expect(page.getByRole('timer')).toHaveText('12:00');
	await page.clock.fastForward(12 * MIN);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pack off — round 1 of 2');
	await expect(page.getByRole('timer')).toHaveText('5:00');
});

test('a phase longer than advised is explained, kept and saved; a bad one is refused', async ({
	page
}) => {
	await page.goto('/timers/edit');
	await expect(page.getByRole('heading', { level: 1, name: 'Create a timer' })).toBeVisible();
	await page.getByLabel('Name').fill('Long cold');
	await phase(page, 1).getByLabel('What').selectOption({ label: 'Ice' });
	await phase(page, 1).getByLabel('How long').fill('45');
	await expect(phase(page, 1)).toContainText(
		'Cold is usually advised for up to 20 minutes at a time.'
	);
	await expect(phase(page, 1).getByLabel('How long')).toHaveValue('45');

	await page.getByRole('button', { name: 'Add a phase' }).click();
	await phase(page, 2).getByLabel('How long').fill('3:00:00');
	await page.getByLabel('Name').fill('');
	await page.getByRole('button', { name: 'Save timer' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Name: Give this timer a name');
	await expect(alert).toContainText('Phase 2 (Pack off): That is longer than 2 hours.');
	await expect(page).toHaveURL(/\/timers\/edit$/);

	await page.getByLabel('Name').fill('Long cold');
	await page.getByRole('button', { name: 'Remove phase 2' }).click();
	await page.getByRole('button', { name: 'Save timer' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Long cold' })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Phases' })).toContainText(/Ice\s*45 min/);
});

test('own timers are edited, duplicated, and deleted with undo', async ({ page }) => {
	await page.goto('/timers/heat-20');
	await waitForApp(page);
	await page.getByRole('link', { name: 'Make your own from this' }).click();
	await expect(page.getByLabel('Name')).toHaveValue('Heat, 20 minutes (copy)');
	await expect(phase(page, 1).getByLabel('How long')).toHaveValue('20:00');
	await page.getByLabel('Name').fill('Warm evening');
	await page.getByRole('button', { name: 'Save timer' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Warm evening' })).toBeVisible();

	await page.getByRole('link', { name: 'Edit' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Edit Warm evening' })).toBeVisible();
	await phase(page, 1).getByLabel('How long').fill('15');
	await page.getByRole('button', { name: 'Save timer' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Warm evening' })).toBeVisible();
	await expect(page.getByText('15 min in all')).toBeVisible();

	await page.getByRole('button', { name: 'Duplicate' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Warm evening (copy)' })).toBeVisible();
	await page.getByRole('button', { name: 'Delete' }).click();
	await expect(page).toHaveURL(/\/timers$/);
	const own = page.getByRole('region', { name: 'Your timers' });
	await expect(
		page.getByRole('status').filter({ hasText: 'Deleted “Warm evening (copy)”.' })
	).toBeVisible();
	await expect(own.getByRole('link')).toHaveText(['Warm evening', 'Create a timer']);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(own.getByRole('link', { name: 'Warm evening (copy)' })).toBeVisible();
	await page.reload();
	await expect(own.getByRole('link', { name: 'Warm evening (copy)' })).toBeVisible();
	await expect(own.getByRole('link', { name: 'Warm evening', exact: true })).toBeVisible();

	await page.goto('/timers/custom?id=no-such-timer');
	await expect(page.getByRole('alert')).toContainText('There is no timer saved with this link');
});

test('in flare mode the simple timers come first and the rest wait behind Show all', async ({
	page
}) => {
	await page.addInitScript(() =>
		localStorage.setItem('limber:display', JSON.stringify({ theme: 'system', flare: true }))
	);
	await page.goto('/timers');
	const presets = page.getByRole('region', { name: 'Simple timers' });
	await expect(presets.getByRole('heading', { level: 3 })).toHaveText([
		'Rest, 10 minutes',
		'Rest, 20 minutes',
		'Ice, 20 minutes',
		'Heat, 15 minutes',
		'Heat, 20 minutes'
	]);
	await expect(page.getByRole('link', { name: 'Gentle walk, 10 minutes' })).toHaveCount(0);
	await page.getByRole('button', { name: /Show all timers/ }).click();
	await expect(page.getByRole('link', { name: 'Gentle walk, 10 minutes' })).toBeVisible();
});

test('notifications are asked for only from a tap, with the reason first', async ({ page }) => {
	await page.goto('/timers/rest-10');
	await expect(
		page.getByRole('heading', {
			name: 'Get a notification when a phase ends, even with Limber in the background'
		})
	).toBeVisible();
	const state = page.getByRole('status').filter({ hasText: /Notifications are/ });
	await expect(state).toHaveText(
		'Notifications are off. Limber only asks when you tap the button.'
	);
	// Headless Chromium declines every prompt, as a person tapping "Block" would.
	await page.getByRole('button', { name: 'Allow notifications' }).click();
	await expect(state).toContainText('Notifications are blocked for Limber.');
	await expect(page.getByRole('button', { name: 'Allow notifications' })).toHaveCount(0);
});

test('the device check says what this browser can do, linked from Timers', async ({ page }) => {
	await page.goto('/timers');
	await page.getByRole('link', { name: 'Will my phone alert me?' }).click();
	await expect(page).toHaveURL(/\/settings#device-check$/);
	const check = page.getByRole('region', { name: 'Will my phone alert me?' });
	await expect(check.getByRole('listitem')).toHaveCount(7);
	for (const label of [
		'Installed app',
		'Notifications',
		'Screen stays on',
		'Chimes',
		'Spoken cues',
		'Vibration',
		'Saved data'
	])
		await expect(check).toContainText(`${label}:`);
	// Desktop Chromium has nothing to vibrate, and says so.
	await expect(check).toContainText('No vibration on a computer');
	await expect(check).toBeInViewport();
});

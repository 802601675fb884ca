// Today: one tap to relief, quick starts, continuing a session, flare mode and the first-run note.
import { expect, test, type Page } from '@playwright/test';
import { beginSession, stopSession } from './session';
import { storedRecord } from './helpers';

const NOTE = /not a diagnosis or medical advice/;
const START = new Date('2026-03-02T09:00:00').getTime();

/** Opens `path` with the page's clock stopped, so every second passes only when the test says. */
async function openWithClock(page: Page, path: string): Promise<void> {
	await page.clock.install({ time: START });
	await page.goto(path);
	await page.clock.pauseAt(START + 60_000);
}

/** Marks the first-run note as seen, as a returning user would have. */
async function returningUser(page: Page, extra: Record<string, unknown> = {}): Promise<void> {
	await page.addInitScript(
		(stored) => {
			if (!localStorage.getItem('limber:display'))
				localStorage.setItem('limber:display', JSON.stringify(stored));
		},
		{ introSeen: true, ...extra }
	);
}

test('Today starts the spasm-relief routine: one tap, then the pain question', async ({ page }) => {
	await openWithClock(page, '/');
	await page.getByRole('button', { name: /start spasm relief/i }).click();
	await beginSession(page);
	await expect(page).toHaveURL(/\/play$/);
	const timer = page.getByRole('timer');
	await expect(timer).toBeVisible();
	await expect(timer).toHaveText('0:05');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/child's pose/i);
	await page.clock.fastForward(2_000);
	await expect(timer).toHaveText('0:03');
});

test('Today starts the 20-minute ice timer: one tap, then its safety notes', async ({ page }) => {
	await openWithClock(page, '/');
	await page.getByRole('button', { name: 'Start Ice 20' }).click();
	await beginSession(page);
	await expect(page).toHaveURL(/\/play$/);
	await expect(page.getByRole('timer')).toHaveText('20:00');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ice/i);
	await page.clock.fastForward(60_000);
	await expect(page.getByRole('timer')).toHaveText('19:00');
});

test('heat and rest start from Today too', async ({ page }) => {
	await returningUser(page);
	await openWithClock(page, '/');
	for (const [name, time] of [
		['Start Heat 20', '20:00'],
		['Start Rest 10', '10:00']
	] as const) {
		await page.goto('/');
		await page.getByRole('button', { name }).click();
		await beginSession(page);
		await expect(page.getByRole('timer')).toHaveText(time);
		await stopSession(page);
		await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible();
	}
});

test('a running session becomes the one big "Continue" on Today', async ({ page }) => {
	await returningUser(page);
	await openWithClock(page, '/');
	await page.getByRole('button', { name: /start spasm relief/i }).click();
	await beginSession(page);
	await expect(page.getByRole('timer')).toBeVisible();
	await page.clock.fastForward(10_000);

	// The player has the whole screen; its way out goes to Today, the session still running.
	await page.getByRole('link', { name: /Leave the player/ }).click();
	// The router waits on a timer; let the stopped clock move just enough for it.
	await page.clock.runFor(100);
	const card = page.getByRole('region', { name: /spasm relief is running/i });
	await expect(card).toBeVisible();
	await expect(card).toContainText(/now: child's pose/i);
	// The start-a-routine action steps back while something is running.
	await expect(page.getByRole('button', { name: /start spasm relief/i })).toBeHidden();

	await card.getByRole('link', { name: /continue spasm relief/i }).click();
	// A second of the stopped clock: enough for the router on a loaded machine, well inside the step.
	await page.clock.runFor(1000);
	await expect(page).toHaveURL(/\/play$/);
	await expect(page.getByRole('timer')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/child's pose/i);
});

test('a session interrupted by a reload continues from Today in one tap', async ({ page }) => {
	await returningUser(page);
	await openWithClock(page, '/');
	await page.getByRole('button', { name: 'Start Ice 20' }).click();
	await beginSession(page);
	await expect(page.getByRole('timer')).toHaveText('20:00');

	await page.goto('/');
	await page.clock.fastForward(5 * 60_000);
	const card = page.getByRole('region', { name: /still going/i });
	await expect(card).toBeVisible();
	await card.getByRole('button', { name: /continue/i }).click();
	await expect(page).toHaveURL(/\/play$/);
	// Still running where the wall clock says, not back at the start, and not asking again.
	await expect(page.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);
	await expect(page.getByRole('region', { name: /still going/i })).toBeHidden();
});

test('flare mode offers only the lying-down routine, bigger, and stays on', async ({ page }) => {
	await returningUser(page);
	await page.goto('/');
	const relief = page.getByRole('button', { name: /start spasm relief/i });
	const flareDay = page.getByRole('button', { name: /start flare day/i });
	await expect(relief).toBeVisible();
	await expect(flareDay).toBeHidden();
	const fontSize = () =>
		page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
	const normal = await fontSize();

	const toggle = page.getByRole('switch', { name: 'Flare mode' });
	await expect(toggle).toHaveAttribute('aria-checked', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-checked', 'true');
	// Spasm relief starts kneeling, so on a flare day the primary action is "Flare day".
	await expect(relief).toBeHidden();
	await expect(flareDay).toBeVisible();
	await expect.poll(fontSize).toBeGreaterThan(normal);
	// The simple timers stay.
	await expect(page.getByRole('button', { name: 'Start Ice 20' })).toBeVisible();

	await page.reload();
	await expect(page.getByRole('switch', { name: 'Flare mode' })).toHaveAttribute(
		'aria-checked',
		'true'
	);
	await expect(relief).toBeHidden();
	await expect(flareDay).toBeVisible();

	await flareDay.click();
	await beginSession(page);
	await expect(page).toHaveURL(/\/play$/);
	await expect(page.getByRole('timer')).toBeVisible();
	// Voice first: the written how-to is folded away until asked for.
	const howTo = page.getByText('How to do it');
	await expect(howTo).toBeVisible();
	await expect(page.getByText(/^Breathe:/)).toBeHidden();
	await howTo.click();
	await expect(page.getByText(/^Breathe:/)).toBeVisible();
	await stopSession(page);
	// Stopped and saved before leaving, as the summary says.
	await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible();

	await page.goto('/');
	await page.getByRole('switch', { name: 'Flare mode' }).click();
	await expect(relief).toBeVisible();
	await expect(flareDay).toBeHidden();
});

test('switching flare mode on turns spoken cues on', async ({ page }) => {
	await returningUser(page);
	await page.goto('/');
	// Reads the saved preference (nothing while the app has no database yet).
	const voice = () => storedRecord(page, 'settings', 'pref.voice');
	// Spoken guidance turned off in Settings, the way a person would.
	await page.goto('/settings');
	const spoken = page.getByRole('checkbox', { name: /Spoken guidance/ });
	await expect(spoken).toBeChecked();
	// Until the page has started, a click only toggles the box; try until the choice is saved.
	await expect(async () => {
		await spoken.uncheck();
		expect(await voice()).toBe(false);
	}).toPass();
	await page.goto('/');
	await page.reload();
	expect(await voice()).toBe(false);
	await page.getByRole('switch', { name: 'Flare mode' }).click();
	await expect.poll(voice).toBe(true);
});

test('the first-run note is one plain line under the page, read in full before the first session', async ({
	page
}) => {
	await page.goto('/');
	const note = page.getByText(NOTE);
	await expect(note).toBeVisible();
	await expect(note).toContainText(/sharp pain or numbness/);
	// Nothing to dismiss, and never above the one thing to do.
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Got it' })).toHaveCount(0);
	const start = page.getByRole('button', { name: /start first hours/i });
	await expect(start).toBeInViewport();
	expect((await note.boundingBox())!.y).toBeGreaterThan((await start.boundingBox())!.y);

	// The first session's pre-start shows it in full; starting marks it read, on every page.
	await page.goto('/routines/spasm-relief');
	await page.getByRole('button', { name: /^Start/ }).click();
	await expect(page.getByText(NOTE)).toBeVisible();
	await page.getByRole('button', { name: /Start without rating/ }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	await page.goto('/timers');
	await expect(page.getByRole('heading', { level: 1, name: 'Timers' })).toBeVisible();
	await expect(page.getByText(NOTE)).toBeHidden();
	await page.reload();
	await expect(page.getByText(NOTE)).toBeHidden();
});

test('display preferences apply before the app script runs', async ({ page }) => {
	await returningUser(page, { flare: true, theme: 'dark' });
	// With the app's scripts blocked, only the inline start-up script (allowed by the page's CSP)
	// can have applied the stored preferences.
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/content security policy/i.test(message.text())) violations.push(message.text());
	});
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.goto('/');
	const root = page.locator('html');
	await expect(root).toHaveAttribute('data-flare', 'true');
	await expect(root).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByText(NOTE)).toBeHidden();
	await expect(page.getByRole('button', { name: /start flare day/i })).toBeVisible();
	await expect(page.getByRole('button', { name: /start spasm relief/i })).toBeHidden();
	expect(violations).toEqual([]);
});

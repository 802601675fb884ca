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

/** Kneeling or lying on the front: nothing Today offers in the first days has one of these. */
const KNEELING_OR_FRONT = [
	"Child's pose",
	'Cat-cow',
	'Bird dog',
	'Kneeling front-of-hip stretch',
	'Sphinx',
	'Front rest with a pillow',
	'Down to the floor in stages',
	'Up from the floor in stages'
];

test('"Back just seized?" asks where you are; On the floor starts on the floor, one tap', async ({
	page
}) => {
	await openWithClock(page, '/');
	const hero = page.getByRole('region', { name: 'Back just seized?' });
	await expect(hero).toContainText('Where are you now?');
	await expect(hero.getByRole('list').getByRole('button')).toHaveText([
		/On the floor \d+ min$/,
		/On a bed or sofa \d+ min$/,
		/Standing or sitting \d+ min$/
	]);
	await hero.getByRole('button', { name: /^On the floor/ }).click();
	await beginSession(page);
	await expect(page).toHaveURL(/\/play$/);
	const timer = page.getByRole('timer');
	await expect(timer).toHaveText('0:05');
	// The first step is on the floor, where the person is: no getting down, no kneeling.
	const title = page.getByRole('heading', { level: 1 });
	await expect(title).toHaveText(/settle where you are on the floor/i);
	await page.clock.fastForward(6_000);
	await expect(title).toHaveText('Settle where you are on the floor');
	await expect(page.getByText('Move', { exact: true })).toBeVisible();
	await expect(page.getByRole('img', { name: /on their side on the floor/ })).toBeVisible();

	// A rest reads as a rest; the routine ends lying down, and the way up is offered after.
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(title).toHaveText('Rest with legs on a chair');
	await expect(page.getByText('Rest', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(title).toHaveText('Belly breathing');
	await expect(page.getByText('Breathe', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	const getUp = page.getByRole('region', { name: 'Get up when you are ready' });
	await expect(getUp).toBeVisible();
	await getUp.getByRole('button', { name: 'Get up from the floor' }).click();
	await beginSession(page);
	await expect(title).toHaveText(/up from the floor in stages/i);
});

test('nothing Today offers in the first days kneels or lies on the front', async ({ page }) => {
	await returningUser(page);
	await page.goto('/');
	const hero = page.getByRole('region', { name: 'Back just seized?' });
	await expect(
		hero.getByRole('button', { name: 'Start gentle stretches, lying down', exact: true })
	).toBeVisible();
	// The places, the gentle stretches under them, and everything flare mode lists.
	const offered = ['first-hours-floor', 'first-hours', 'first-hours-standing', 'flare-day'].map(
		(id) => `/routines/${id}`
	);
	await page.getByRole('switch', { name: 'Flare mode' }).click();
	await expect(hero.getByRole('button', { name: /^On the floor/ })).toBeVisible();
	await page.goto('/routines');
	const builtIn = page.getByRole('region', { name: 'Built-in routines' });
	await expect(builtIn.getByRole('link').first()).toBeVisible();
	for (const href of await builtIn
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
		if (!offered.includes(href)) offered.push(href);
	}
	expect(offered.length).toBeGreaterThan(4);
	for (const href of offered) {
		await page.goto(href);
		const steps = page.locator('ol.steps').getByRole('heading', { level: 3 });
		await expect(steps.first()).toBeVisible();
		for (const name of await steps.allTextContents()) {
			expect(KNEELING_OR_FRONT, `${href}: ${name}`).not.toContain(name.trim());
		}
	}
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
	await page.getByRole('button', { name: /^On the floor/ }).click();
	await beginSession(page);
	await expect(page.getByRole('timer')).toBeVisible();
	await page.clock.fastForward(10_000);

	// The player has the whole screen; its way out goes to Today, the session still running.
	await page.getByRole('link', { name: /Leave the player/ }).click();
	// The router waits on a timer; let the stopped clock move just enough for it.
	await page.clock.runFor(100);
	const card = page.getByRole('region', { name: /first hours, on the floor is running/i });
	await expect(card).toBeVisible();
	await expect(card).toContainText(/now: settle where you are on the floor/i);
	// The start-a-routine action steps back while something is running.
	await expect(page.getByRole('button', { name: /^On the floor/ })).toBeHidden();

	await card.getByRole('link', { name: /continue first hours, on the floor/i }).click();
	// A second of the stopped clock: enough for the router on a loaded machine, well inside the step.
	await page.clock.runFor(1000);
	await expect(page).toHaveURL(/\/play$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Settle where you are on the floor'
	);
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

test('flare mode offers the first hours and the lying-down routine, bigger, and stays on', async ({
	page
}) => {
	await returningUser(page);
	await page.goto('/');
	// Under the places, the gentle stretches are a small button; in flare mode, the big action.
	const relief = page.getByRole('button', {
		name: 'Start gentle stretches, lying down',
		exact: true
	});
	const flareDay = page.getByRole('button', { name: /^Start gentle stretches, lying down \d/ });
	const floor = page.getByRole('button', { name: /^On the floor/ });
	await expect(floor).toBeVisible();
	await expect(relief).toBeVisible();
	await expect(flareDay).toBeHidden();
	const fontSize = () =>
		page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
	const normal = await fontSize();

	const toggle = page.getByRole('switch', { name: 'Flare mode' });
	await expect(toggle).toHaveAttribute('aria-checked', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-checked', 'true');
	// The first hours stay: their moves into bed wait for Next, and nothing kneels.
	await expect(floor).toBeVisible();
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
	// The section takes input once the stored choices are shown; one tap then saves.
	await expect(page.getByRole('region', { name: 'Guidance and cues' })).not.toHaveAttribute(
		'inert'
	);
	await spoken.uncheck();
	await expect.poll(voice).toBe(false);
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
	const start = page.getByRole('button', { name: /^On the floor/ });
	await expect(start).toBeInViewport();
	expect((await note.boundingBox())!.y).toBeGreaterThan((await start.boundingBox())!.y);

	// The first session's pre-start shows it in full; starting marks it read, on every page.
	await page.goto('/routines/spasm-relief');
	await page.getByRole('button', { name: /^Start/ }).click();
	await expect(page.getByText(NOTE)).toBeVisible();
	// With it, who should check with a doctor or physiotherapist before stretching.
	const checkFirst = page.getByRole('group', { name: 'Check before you start.' });
	await expect(checkFirst).toContainText('pregnant');
	await expect(checkFirst).toContainText('under 16');
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
	await expect(
		page.getByRole('button', { name: /^Start gentle stretches, lying down \d/ })
	).toBeVisible();
	await expect(
		page.getByRole('button', { name: 'Start gentle stretches, lying down', exact: true })
	).toBeHidden();
	expect(violations).toEqual([]);
});

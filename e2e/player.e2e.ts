// The guided player: exact time after the tab sleeps, resuming after a reload, the controls,
// and finished sessions handed to history.
import { expect, test, type Page } from '@playwright/test';
import { openWithPinnedClock, setHidden, stored } from './helpers';
import { beginSession } from './session';

const timer = (page: Page) => page.getByRole('timer');
const stepTitle = (page: Page) => page.getByRole('heading', { level: 1 });

test('after 25 minutes hidden, Ice 20 shows the pack-off phase with the right time left', async ({
	page
}) => {
	const t0 = new Date('2026-03-02T09:00:00Z').getTime();
	await openWithPinnedClock(page, '/timers/ice-20', t0);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await expect(page).toHaveURL(/\/play$/);
	await expect(stepTitle(page)).toHaveText(/^Ice/);
	await expect(timer(page)).toHaveText('20:00');

	await setHidden(page, true);
	await page.clock.fastForward('25:00');
	await setHidden(page, false);

	await expect(stepTitle(page)).toHaveText(/^Pack off/);
	await expect(timer(page)).toHaveText('15:00');
	await expect(
		page.getByRole('status').filter({ hasText: /Ice ended 5 minutes ago/ })
	).toBeVisible();
});

test('a reload mid-session offers to continue exactly where the session stands', async ({
	page
}) => {
	const t0 = new Date('2026-03-02T09:00:00Z').getTime();
	await openWithPinnedClock(page, '/routines/spasm-relief', t0);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await expect(stepTitle(page)).toHaveText(/Get ready/);
	// 5 s lead-in, the way down (it waits for Next), then 45 s of child's pose: 25 s into the
	// pose, 20 s are left.
	await page.clock.runFor(6_000);
	await expect(stepTitle(page)).toHaveText('Down to the floor in stages');
	await page.getByRole('button', { name: 'Next' }).click();
	await page.clock.runFor(25_000);
	await expect(stepTitle(page)).toHaveText("Child's pose");

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Your session is still going' })).toBeVisible();
	await page.getByRole('button', { name: 'Continue where it is now' }).click();
	await expect(stepTitle(page)).toHaveText("Child's pose");
	await expect(timer(page)).toHaveText('0:20');
	await expect(page.getByRole('img', { name: /kneeling with hips sunk back/ })).toBeVisible();
});

test('pause, next, previous and stop behave, and a stopped session is kept', async ({ page }) => {
	const t0 = new Date('2026-03-02T09:00:00Z').getTime();
	await openWithPinnedClock(page, '/routines/spasm-relief', t0);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await expect(stepTitle(page)).toHaveText(/Get ready/);

	await page.getByRole('button', { name: 'Next' }).click();
	await expect(stepTitle(page)).toHaveText('Down to the floor in stages');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(stepTitle(page)).toHaveText("Child's pose");
	await expect(timer(page)).toHaveText('0:45');

	await page.getByRole('button', { name: 'Pause' }).click();
	await page.clock.runFor(10_000);
	await expect(timer(page)).toHaveText('0:45');
	await expect(page.getByText('Paused', { exact: true }).first()).toBeVisible();

	await page.getByRole('button', { name: 'Resume' }).click();
	await page.clock.runFor(5_000);
	await expect(timer(page)).toHaveText('0:40');

	// More than 3 s into a step, Previous starts it again.
	await page.getByRole('button', { name: 'Previous' }).click();
	await expect(timer(page)).toHaveText('0:45');

	// Keyboard: → moves on, Space pauses, Esc asks to stop (Esc again keeps going).
	await page.keyboard.press('ArrowRight');
	await expect(stepTitle(page)).toHaveText('Rest');
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Keep going' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
	await page.keyboard.press('Escape');
	await page
		.getByRole('group', { name: /Stop this session/ })
		.getByRole('button', { name: 'Stop' })
		.click();

	await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible();
	const [record] = await stored<{ title: string; completed: boolean; activeMs: number }>(
		page,
		'sessions'
	);
	// A built-in's record keeps its id, not its title (named in the page's language when shown).
	expect(record).toMatchObject({ sourceId: 'spasm-relief', title: '', completed: false });
});

test('a finished session is handed to history', async ({ page }) => {
	const t0 = new Date('2026-03-02T09:00:00Z').getTime();
	await openWithPinnedClock(page, '/timers/rest-10', t0);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await expect(timer(page)).toHaveText('10:00');
	await page.clock.runFor('10:01');
	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
	const records = await stored<{ title: string; completed: boolean; activeMs: number }>(
		page,
		'sessions'
	);
	expect(records).toHaveLength(1);
	expect(records[0]).toMatchObject({ sourceId: 'rest-10', title: '', completed: true });
	expect(records[0]!.activeMs).toBe(600_000);
});

test('a second tab shows the session without playing its cues', async ({ page, context }) => {
	await page.goto('/timers/heat-20');
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await expect(timer(page)).toBeVisible();

	const second = await context.newPage();
	await second.goto('/play');
	await second.getByRole('button', { name: 'Continue where it is now' }).click();
	await expect(second.getByRole('timer')).toBeVisible();
	await expect(
		second.getByRole('status').filter({ hasText: 'also open in another tab' })
	).toBeVisible();
});

test('an untimed step waits for Next however long it takes', async ({ page }) => {
	const t0 = new Date('2026-03-02T21:00:00Z').getTime();
	await openWithPinnedClock(page, '/routines/bedtime-wind-down', t0);
	// The way down, the rest on the back and the way up each wait for Next.
	await expect(page.getByText('As long as you like, then tap Next')).toHaveCount(3);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await expect(stepTitle(page)).toHaveText(/Get ready/);

	// Skip ahead to the last step: the way back up from the floor.
	const next = page.getByRole('button', { name: 'Next' });
	while (!(await page.getByText('This is the last step.').isVisible())) await next.click();
	await expect(page.getByText('When ready', { exact: true })).toBeVisible();
	await expect(timer(page)).toHaveCount(0);

	await page.clock.runFor('15:00');
	await expect(page.getByText('When ready', { exact: true })).toBeVisible();
	await next.click();
	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
});

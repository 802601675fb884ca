// The session screen for a person on the floor, and a record that is always true: everything
// needed on the first screen at phone sizes, Stop that asks and can be undone, the flow around
// the timer, and what happens when storage refuses writes, a reload follows Stop, or two tabs
// end one session.
import { expect, test, type Page } from '@playwright/test';
import { openWithPinnedClock, stored } from './helpers';
import { beginSession, stopSession, type StoredSession } from './session';

const T0 = new Date('2026-03-02T09:00:00Z').getTime();
const timer = (page: Page) => page.getByRole('timer');
const stepTitle = (page: Page) => page.getByRole('heading', { level: 1 });
const STILL_GOING = 'Your session is still going';

/** Starts Rest 10 in `page` (rated `pain`) and shows the same session in `second`. */
async function sameSessionInTwoTabs(page: Page, second: Page, pain: number): Promise<void> {
	await page.goto('/timers/rest-10');
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page, { pain });
	await second.goto('/play');
	await second.getByRole('button', { name: 'Continue where it is now' }).click();
	await expect(second.getByRole('timer')).toBeVisible();
}

/** Whether the element's box lies wholly inside the viewport. */
async function inView(page: Page, name: string, locator = page.getByRole('button', { name })) {
	const box = await locator.boundingBox();
	const size = page.viewportSize();
	expect(box, `${name} is on the page`).not.toBeNull();
	if (!box || !size) return;
	expect(box.y, `${name} top`).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(size.height + 0.5);
	expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(size.width + 0.5);
}

async function controlsInView(page: Page) {
	await inView(page, 'countdown', timer(page));
	for (const name of ['Previous', 'Pause', 'Next', 'Stop']) {
		await inView(page, name, page.getByRole('button', { name, exact: true }));
	}
	await inView(page, 'red-flag check', page.getByRole('link', { name: 'When to get help' }));
}

/** Sets flare mode before the page loads, as a person who turned it on earlier would have. */
async function withFlare(page: Page) {
	await page.addInitScript(() =>
		localStorage.setItem('limber:display', JSON.stringify({ theme: 'system', flare: true }))
	);
}

/**
 * Makes every IndexedDB put in the page throw, as a full disk would; returns the way back. It
 * waits for the running session to be saved first: refused, that first save would move the
 * whole visit to memory, which is another story (a disk full from the start).
 */
async function refuseWrites(page: Page) {
	await expect.poll(async () => (await stored(page, 'active')).length).toBe(1);
	await page.evaluate(() => {
		const w = window as unknown as { __put?: typeof IDBObjectStore.prototype.put };
		w.__put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The disk is full', 'QuotaExceededError');
		};
	});
	return () =>
		page.evaluate(() => {
			const w = window as unknown as { __put: typeof IDBObjectStore.prototype.put };
			IDBObjectStore.prototype.put = w.__put;
		});
}

const VIEWPORTS = [
	{ width: 360, height: 640 },
	{ width: 390, height: 844 },
	{ width: 640, height: 360 },
	{ width: 740, height: 360 }
];

for (const viewport of VIEWPORTS) {
	for (const flare of [false, true]) {
		test(`${viewport.width}×${viewport.height}${flare ? ', flare mode' : ', first-run note not dismissed'}: countdown and controls on the first screen`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			if (flare) await withFlare(page);
			// A routine whose first step is timed: a step that waits for Next has no countdown.
			await openWithPinnedClock(page, '/routines/in-bed', T0);
			await page.getByRole('button', { name: /^Start/ }).click();
			// The note is shown once, before the first session, not on top of it.
			if (!flare) await expect(page.getByText(/not a diagnosis or medical advice/)).toBeVisible();
			await beginSession(page, { pain: 5 });
			await expect(page.getByText(/not a diagnosis or medical advice/)).toHaveCount(0);
			await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
			await controlsInView(page);
			// A hold, with its picture.
			await page.clock.runFor(6_000);
			await expect(stepTitle(page)).toHaveText('Belly breathing');
			await controlsInView(page);
			// Stop's question keeps its answers on the screen too.
			await page.getByRole('button', { name: 'Stop' }).click();
			await inView(page, 'Keep going');
			await expect(page.getByRole('button', { name: 'Keep going' })).toBeFocused();
		});
	}
}

test('Stop asks first; Keep going carries on; Undo after Stop resumes exactly', async ({
	page
}) => {
	await openWithPinnedClock(page, '/routines/spasm-relief', T0);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	// Past the way down (it waits for Next), 10 s into child's pose.
	await page.clock.runFor(6_000);
	await page.getByRole('button', { name: 'Next' }).click();
	await page.clock.runFor(10_000);
	await expect(timer(page)).toHaveText('0:35');

	await page.getByRole('button', { name: 'Stop' }).click();
	await page.getByRole('button', { name: 'Keep going' }).click();
	await expect(timer(page)).toBeVisible();

	await stopSession(page);
	await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved in your history.' })
	).toBeVisible();
	expect(await stored<StoredSession>(page, 'sessions')).toHaveLength(1);

	await page.clock.runFor(4_000);
	await page.getByRole('button', { name: 'Undo: keep going' }).click();
	await expect(stepTitle(page)).toHaveText("Child's pose");
	await expect(timer(page)).toHaveText('0:35');
	expect(await stored<StoredSession>(page, 'sessions')).toHaveLength(0);
	expect(await stored(page, 'active')).toHaveLength(1);
	await page.clock.runFor(5_000);
	await expect(timer(page)).toHaveText('0:30');
});

test('Undo is offered for a few seconds only', async ({ page }) => {
	await openWithPinnedClock(page, '/timers/rest-10', T0);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await stopSession(page);
	await expect(page.getByRole('button', { name: 'Undo: keep going' })).toBeVisible();
	await page.clock.runFor(11_000);
	await expect(page.getByRole('button', { name: 'Undo: keep going' })).toHaveCount(0);
});

test('writes refused at Stop: no "saved", an alert with Try again and Download; nothing lost or resurrected', async ({
	page
}) => {
	await page.goto('/routines/spasm-relief');
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page, { pain: 6 });
	const allowWrites = await refuseWrites(page);
	await stopSession(page);

	const alert = page.getByRole('alert');
	await expect(alert).toContainText('could not save this session');
	await expect(page.getByText('Saved in your history.')).toHaveCount(0);
	await expect(page.getByText(/It is saved/)).toHaveCount(0);
	await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();

	const downloading = page.waitForEvent('download');
	await alert.getByRole('button', { name: 'Download this session' }).click();
	const file = await downloading;
	const path = await file.path();
	const { readFile } = await import('node:fs/promises');
	const backup = JSON.parse(await readFile(path, 'utf8'));
	expect(backup).toMatchObject({ app: 'limber', format: 1, journal: [], routines: [] });
	expect(backup.sessions).toHaveLength(1);
	expect(backup.sessions[0]).toMatchObject({ title: 'Spasm relief', painBefore: 6 });

	// Still refused: Try again says so again.
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('alert')).toContainText('could not save this session');

	// Writes recover; the page reloads: the session is in history, and not "still going". Kept by
	// its id, not its title, which History gives in the page's language.
	await allowWrites();
	await page.reload();
	await expect
		.poll(async () =>
			(await stored<StoredSession & { sourceId: string }>(page, 'sessions')).map((r) => [
				r.sourceId,
				r.title,
				r.painBefore
			])
		)
		.toEqual([['spasm-relief', '', 6]]);
	expect(await stored(page, 'active')).toHaveLength(0);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: STILL_GOING })).toHaveCount(0);
	await page.goto('/history');
	await expect(page.getByText('Spasm relief').first()).toBeVisible();
});

test('writes refused at Stop, then Try again once they recover: saved', async ({ page }) => {
	await page.goto('/timers/rest-10');
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	const allowWrites = await refuseWrites(page);
	await stopSession(page);
	await expect(page.getByRole('alert')).toBeVisible();
	await allowWrites();
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved in your history.' })
	).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(await stored<StoredSession>(page, 'sessions')).toHaveLength(1);
	expect(await stored(page, 'active')).toHaveLength(0);
});

test('Stop followed at once by a reload, 20 times: one record each, never "still going"', async ({
	page
}) => {
	test.setTimeout(240_000);
	for (let run = 1; run <= 20; run++) {
		await page.goto('/timers/rest-10');
		await page.getByRole('button', { name: /^Start/ }).click();
		await beginSession(page);
		await page.getByRole('button', { name: 'Stop' }).click();
		const reloaded = page.waitForEvent('load');
		await page.evaluate(() => {
			const group = document.querySelector('[aria-labelledby="stop-question"]');
			const stop = [...(group?.querySelectorAll('button') ?? [])].find(
				(b) => b.textContent?.trim() === 'Stop'
			);
			stop?.click();
			location.reload();
		});
		await reloaded;
		await expect.poll(async () => (await stored<StoredSession>(page, 'sessions')).length).toBe(run);
		await expect.poll(async () => (await stored(page, 'active')).length).toBe(0);
		await expect(page.getByRole('heading', { name: STILL_GOING })).toHaveCount(0);
	}
});

test('two tabs ending one session, 20 times: one record, the rating always kept', async ({
	page,
	context
}) => {
	test.setTimeout(240_000);
	const second = await context.newPage();
	for (let run = 1; run <= 20; run++) {
		await sameSessionInTwoTabs(page, second, 7);
		for (const tab of [page, second]) await tab.getByRole('button', { name: 'Stop' }).click();
		// Both confirm in the same instant.
		await Promise.all(
			[page, second].map((tab) =>
				tab.evaluate(() => {
					const group = document.querySelector('[aria-labelledby="stop-question"]');
					const stop = [...(group?.querySelectorAll('button') ?? [])].find(
						(b) => b.textContent?.trim() === 'Stop'
					);
					stop?.click();
				})
			)
		);
		await expect.poll(async () => (await stored<StoredSession>(page, 'sessions')).length).toBe(run);
		const records = await stored<StoredSession>(page, 'sessions');
		expect(records.every((r) => r.painBefore === 7)).toBe(true);
		expect(await stored(page, 'active')).toHaveLength(0);
	}
});

test('a Stop in a tab that only shows the session is written by the tab running it', async ({
	page,
	context
}) => {
	const second = await context.newPage();
	await sameSessionInTwoTabs(page, second, 7);

	// Stopped in the second tab: the first, which runs the session, ends it and writes it.
	await stopSession(second);
	await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible();
	await expect(
		second.getByRole('status').filter({ hasText: 'Saved in your history.' })
	).toBeVisible();
	// The rating given in the second tab reaches the one record.
	await second
		.getByRole('radiogroup', { name: 'How is your pain now?' })
		.getByRole('radio', { name: /^3 out of 10/ })
		.click();
	await expect
		.poll(async () => (await stored<StoredSession>(page, 'sessions')).map((r) => r.painAfter))
		.toEqual([3]);
	const [record] = await stored<StoredSession>(page, 'sessions');
	expect(record).toMatchObject({ painBefore: 7, painAfter: 3, completed: false });
	expect(await stored(page, 'active')).toHaveLength(0);
});

test('when the tab running the session has closed, the other tab writes the record itself', async ({
	page,
	context
}) => {
	const second = await context.newPage();
	await sameSessionInTwoTabs(page, second, 5);
	await page.close();

	await stopSession(second);
	await expect(
		second.getByRole('status').filter({ hasText: 'Saved in your history.' })
	).toBeVisible();
	const records = await stored<StoredSession>(second, 'sessions');
	expect(records).toHaveLength(1);
	expect(records[0]).toMatchObject({ painBefore: 5, completed: false });
	expect(await stored(second, 'active')).toHaveLength(0);
});

test('away from the player, every page shows the session with a way back', async ({ page }) => {
	await openWithPinnedClock(page, '/routines/spasm-relief', T0);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await page.getByRole('link', { name: /Leave the player/ }).click();
	// The router waits on a timer; let the stopped clock move just enough for it.
	await page.clock.runFor(100);
	await expect(page).toHaveURL(/\/$/);
	const back = page.getByRole('link', { name: /Spasm relief running Return/ });
	await expect(back).toBeVisible();
	await page.getByRole('link', { name: 'History' }).click();
	await page.clock.runFor(100);
	await expect(page).toHaveURL(/\/history$/);
	await expect(back).toBeVisible();
	await back.click();
	await page.clock.runFor(100);
	await expect(page).toHaveURL(/\/play$/);
	await expect(timer(page)).toBeVisible();
});

test('the pain question comes before the clock, and the next pose is pictured while getting ready', async ({
	page
}) => {
	await openWithPinnedClock(page, '/routines/spasm-relief', T0);
	const steps = await page
		.getByText(/\d+ steps/)
		.first()
		.textContent();
	await page.getByRole('button', { name: /^Start/ }).click();
	await expect(page.getByText('Before you start: how is your pain right now?')).toBeVisible();
	await expect(timer(page)).toHaveCount(0);
	// Waiting here does not run the session.
	await page.clock.runFor(30_000);
	await beginSession(page, { pain: 4 });
	await expect(timer(page)).toHaveText('0:05');
	await expect(stepTitle(page)).toHaveText(/Get ready/);
	await expect(page.getByRole('img', { name: /^Next: .*kneel/ })).toBeVisible();
	const total = /(\d+) steps/.exec(steps ?? '')?.[1];
	await expect(page.getByText(`Next: step 1 of ${total}`)).toBeVisible();
	await page.clock.runFor(6_000);
	await expect(page.getByText(`Step 1 of ${total}`, { exact: true })).toBeVisible();
});

test('Ice 20 from Today shows its safety notes and starts only on "ready"; its summary is about skin', async ({
	page
}) => {
	await openWithPinnedClock(page, '/', T0);
	await page.getByRole('button', { name: 'Start Ice 20' }).click();
	await expect(page.getByText(/Wrap the pack in a cloth/)).toBeVisible();
	await page.getByRole('radio', { name: /^6 out of 10/ }).click();
	await expect(timer(page)).toHaveCount(0);
	await page.getByRole('button', { name: "I'm ready, start" }).click();
	await expect(timer(page)).toHaveText('20:00');
	await stopSession(page);
	await expect(page.getByText(/Check your skin/)).toBeVisible();
	await expect(page.getByText(/stretch/)).toHaveCount(0);
	expect((await stored<StoredSession>(page, 'sessions'))[0]?.painBefore).toBe(6);
});

test.describe('on a phone', () => {
	test.use({ hasTouch: true, isMobile: true });
	test('no keyboard hints', async ({ page }) => {
		await page.goto('/timers/rest-10');
		await page.getByRole('button', { name: /^Start/ }).click();
		await beginSession(page);
		await expect(page.getByText(/Keys: Space/)).toBeHidden();
	});
});

test('with a keyboard, the hints show', async ({ page }) => {
	await page.goto('/timers/rest-10');
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await expect(page.getByText(/Keys: Space/)).toBeVisible();
});

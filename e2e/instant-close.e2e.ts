// A tap followed at once by the app closing: the harshest form of swiping it away is a reload
// in the same task as the tap. Each change is set aside in that task (the check-in's Save, the
// pain rating that starts a session, Pause, Next, the rating afterwards), so whatever the write
// had reached when the page went, it is there when Limber opens again.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerCheckIn, stored, storedRecord } from './helpers';
import { beginSession, stopSession, type StoredSession } from './session';

test.use({ isMobile: true, hasTouch: true, viewport: { width: 390, height: 844 } });

/** Rounds: each saves a different pain and closes in the same instant. */
const RUNS = 20;

test(`a check-in saved as the app closes is kept (${RUNS} times)`, async ({ page }) => {
	test.setTimeout(30_000 + RUNS * 6_000);
	await page.goto('/');
	const checkIn = page.getByRole('region', { name: 'Daily check-in' });
	for (let run = 1; run <= RUNS; run++) {
		const pain = 1 + (run % 9);
		if (run > 1) await checkIn.getByRole('button', { name: 'Change check-in' }).click();
		await answerCheckIn(checkIn, { pain });
		// The tap and the close in one task: nothing of the page runs after the tap returns.
		await page
			.evaluate(() => {
				const form = document.querySelector<HTMLFormElement>('#check-in form')!;
				form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
				location.reload();
			})
			// The page may be gone before the answer gets back: that is the point.
			.catch(() => {});
		await page.waitForLoadState('load');
		const pain0 = checkIn.getByRole('term').filter({ hasText: /^Pain$/ });
		await expect(pain0.locator('xpath=following-sibling::dd[1]')).toHaveText(
			new RegExp(`^${pain} out of 10`)
		);
		const today = await page.evaluate(() => {
			const d = new Date();
			return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
		});
		expect(await storedRecord(page, 'journal', today)).toMatchObject({ pain });
		// Nothing is left aside once it is written.
		expect(await page.evaluate(() => localStorage.getItem('limber.unsaved-check-in'))).toBeNull();
	}
});

/** Taps `target` and reloads the page in the same task: nothing of the page runs in between. */
async function tapAndClose(page: Page, target: Locator): Promise<void> {
	await target
		.evaluate((element: HTMLElement) => {
			element.click();
			location.reload();
		})
		// The page may be gone before the answer gets back: that is the point.
		.catch(() => {});
	await page.waitForLoadState('load');
}

interface StoredTimeline {
	id: string;
	painBefore?: number;
	events: { type: string; at: number }[];
}

/** Forgets every session, running or recorded, between rounds. */
async function forgetSessions(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('limber');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		await new Promise((resolve, reject) => {
			const tx = db.transaction(['active', 'sessions'], 'readwrite');
			tx.objectStore('active').clear();
			tx.objectStore('sessions').clear();
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
		localStorage.removeItem('limber.unsaved-timelines');
		localStorage.removeItem('limber.unsaved-sessions');
	});
}

/** Opens the routine and starts it; with `rated`, stops on the pain question. */
async function openRoutine(page: Page, rated = false): Promise<void> {
	await page.goto('/routines/spasm-relief');
	await page.getByRole('button', { name: /^Start/ }).click();
	if (!rated) await beginSession(page);
}

/** The one running session stored, once the app has written what was set aside. */
async function running(page: Page): Promise<StoredTimeline> {
	await expect(page.getByRole('heading', { name: 'Your session is still going' })).toBeVisible();
	const [timeline, ...more] = await stored<StoredTimeline>(page, 'active');
	expect(more).toEqual([]);
	// Nothing is left aside once it is written.
	expect(await page.evaluate(() => localStorage.getItem('limber.unsaved-timelines'))).toBeNull();
	return timeline!;
}

test(`the pain rating that starts a session, as the app closes, starts it (${RUNS} times)`, async ({
	page
}) => {
	test.setTimeout(30_000 + RUNS * 6_000);
	for (let run = 1; run <= RUNS; run++) {
		const pain = 1 + (run % 9);
		await openRoutine(page, true);
		const rating = page.getByRole('radio', { name: new RegExp(`^${pain} out of 10`) });
		await tapAndClose(page, rating);
		const timeline = await running(page);
		expect(timeline.painBefore).toBe(pain);
		expect(timeline.events.map((e) => e.type)).toEqual(['start']);
		await forgetSessions(page);
	}
});

for (const tap of ['Pause', 'Next'] as const) {
	test(`${tap} as the app closes is kept (${RUNS} times)`, async ({ page }) => {
		test.setTimeout(30_000 + RUNS * 6_000);
		for (let run = 1; run <= RUNS; run++) {
			await openRoutine(page);
			const controls = page.getByRole('group', { name: 'Session controls' });
			await tapAndClose(page, controls.getByRole('button', { name: tap, exact: true }));
			const timeline = await running(page);
			expect(timeline.events.map((e) => e.type)).toEqual(['start', tap.toLowerCase()]);
			await forgetSessions(page);
		}
	});
}

test(`the rating after a session, as the app closes, is kept (${RUNS} times)`, async ({ page }) => {
	test.setTimeout(30_000 + RUNS * 6_000);
	for (let run = 1; run <= RUNS; run++) {
		const pain = 1 + (run % 9);
		await openRoutine(page);
		await stopSession(page);
		const after = page
			.getByRole('radiogroup', { name: 'How is your pain now?' })
			.getByRole('radio', { name: new RegExp(`^${pain} out of 10`) });
		// As soon as it can be tapped: often while the session is still being saved.
		await tapAndClose(page, after);
		// The summary is not shown again after a reload; the session is in history.
		await expect(page.getByRole('heading', { name: 'No session is running' })).toBeVisible();
		await expect
			.poll(async () => (await stored<StoredSession>(page, 'sessions')).map((s) => s.painAfter))
			.toEqual([pain]);
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('limber.unsaved-sessions')))
			.toBeNull();
		await forgetSessions(page);
	}
});

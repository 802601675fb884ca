// A tap followed at once by the app closing: the harshest form of swiping it away is a reload
// in the same task as the tap. The check-in's Save is set aside in that task, so whatever the
// write had reached when the page went, the check-in is there when Limber opens again.
import { expect, test } from '@playwright/test';
import { answerCheckIn, storedRecord } from './helpers';

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

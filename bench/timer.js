// Timer accuracy: freezes a running countdown (as a locked phone or a sleeping tab does), thaws
// it, and measures how far the number on screen is from the wall clock in every frame after.
import { chromium } from '@playwright/test';

/** @param {{ origin: string; launchOptions: import('@playwright/test').LaunchOptions; cycles?: number }} opts */
export async function timerAccuracy({ origin, launchOptions, cycles = 5 }) {
	const browser = await chromium.launch(launchOptions);
	const page = await browser.newPage();
	await page.goto(`${origin}/timers/rest-20`);
	await page.getByRole('button', { name: /^Start/ }).click();
	// The pain question comes before the clock.
	await page.getByRole('button', { name: 'Start without rating' }).click();
	await page.getByRole('timer').waitFor();
	// When the session started, from its saved timeline. The clock shows before that save has
	// finished, so ask until it is there (a run once hung reading an empty store). Asked from
	// here: waitForFunction takes the promise a page function returns as a truthy answer at once.
	const readStart = () =>
		page.evaluate(
			() =>
				new Promise((resolve, reject) => {
					const open = indexedDB.open('limber');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const all = open.result.transaction('active').objectStore('active').getAll();
						all.onsuccess = () => {
							open.result.close();
							resolve(all.result[0]?.events?.[0]?.at ?? null);
						};
						all.onerror = () => reject(all.error);
					};
				})
		);
	let startedAt = await readStart();
	for (let tries = 0; typeof startedAt !== 'number' && tries < 300; tries++) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		startedAt = await readStart();
	}
	if (typeof startedAt !== 'number') throw new Error('The session was not saved within 30 s.');
	const durationMs = 20 * 60 * 1000;
	const cdp = await page.context().newCDPSession(page);
	const errors = [];
	for (let cycle = 0; cycle < cycles; cycle++) {
		await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
		await new Promise((resolve) => setTimeout(resolve, 1500 + Math.random() * 1000));
		await cdp.send('Page.setWebLifecycleState', { state: 'active' });
		// Sample every frame for two seconds after the thaw.
		const worst = await page.evaluate(
			({ startedAt, durationMs }) =>
				new Promise((resolve) => {
					const el = document.querySelector('[role="timer"]');
					const until = performance.now() + 2000;
					let max = 0;
					const frame = () => {
						const [m, s] = (el?.textContent ?? '0:00').split(':').map(Number);
						const shown = (m ?? 0) * 60 + (s ?? 0);
						const remaining = durationMs - (Date.now() - startedAt);
						// Showing N seconds claims the true time left is in (N-1, N] seconds.
						const low = (shown - 1) * 1000;
						const high = shown * 1000;
						const error =
							remaining > high ? remaining - high : remaining <= low ? low - remaining : 0;
						max = Math.max(max, error);
						if (performance.now() < until) requestAnimationFrame(frame);
						else resolve(max);
					};
					requestAnimationFrame(frame);
				}),
			{ startedAt, durationMs }
		);
		errors.push(worst);
	}
	await browser.close();
	return { cycles, maxErrorMs: Math.max(...errors), perCycleMs: errors };
}

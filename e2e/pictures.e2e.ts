// Exercise pictures: a two-frame movement moves only while its step runs (and never for reduced
// motion), and the picture's panel turns dark with the page's dark theme.
import { expect, test, type Page } from '@playwright/test';
import { openWithPinnedClock } from './helpers';
import { beginSession } from './session';

/** The CSS animations running inside an SVG opened as a page. */
const runningAnimations = (page: Page) =>
	page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);

test('a two-frame picture alternates while its step runs and holds still when paused', async ({
	page
}) => {
	const t0 = new Date('2026-03-02T09:00:00Z').getTime();
	await openWithPinnedClock(page, '/routines/desk-break', t0);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await page.clock.runFor(6_000);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seated pelvic tilt');
	const picture = page.locator('img[src^="/exercises/seated-pelvic-tilt.svg"]');
	await expect(picture).toHaveAttribute('src', '/exercises/seated-pelvic-tilt.svg#play');

	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(picture).toHaveAttribute('src', '/exercises/seated-pelvic-tilt.svg');
	await page.getByRole('button', { name: /^(Resume|Continue)/ }).click();
	await expect(picture).toHaveAttribute('src', '/exercises/seated-pelvic-tilt.svg#play');
});

test('the picture itself moves only when played, and not for reduced motion', async ({ page }) => {
	await page.goto('/exercises/glute-bridge.svg');
	expect(await runningAnimations(page)).toBe(0);
	await page.goto('/exercises/glute-bridge.svg#play');
	await page.reload();
	expect(await runningAnimations(page)).toBe(2);

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.reload();
	expect(await runningAnimations(page)).toBe(0);
});

test('a picture shown on a dark page has a dark panel, whatever the system setting', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.addInitScript(() =>
		localStorage.setItem(
			'limber:display',
			JSON.stringify({ theme: 'dark', flare: false, introSeen: true })
		)
	);
	await page.goto('/exercises/sphinx');
	const picture = page.locator('main img[src="/exercises/sphinx.svg"]');
	await expect(picture).toBeVisible();
	// The image's pixels: near its top edge is panel, and the panel is dark.
	const shot = await picture.screenshot();
	const corner = await page.evaluate(
		async (bytes) => {
			const bitmap = await createImageBitmap(
				new Blob([new Uint8Array(bytes)], { type: 'image/png' })
			);
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(bitmap, 0, 0);
			return [...ctx.getImageData(Math.round(bitmap.width / 2), 4, 1, 1).data.slice(0, 3)];
		},
		[...shot]
	);
	const brightness = (corner[0]! + corner[1]! + corner[2]!) / 3;
	expect(brightness).toBeLessThan(60);
});

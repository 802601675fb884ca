// A tap is never lost to a page that has not started yet: on a slow phone (the CPU throttled
// six times), Today's check-in shows plainly that it is getting ready and takes no tap, and the
// first tap made once it is ready is kept: the one that opens it, and each answer after.
import { expect, test } from '@playwright/test';

test.use({ isMobile: true, hasTouch: true, viewport: { width: 390, height: 844 } });

/** Loads of the page, each with its first taps. */
const RUNS = 20;

test('on a slow phone the check-in is dimmed until ready, and the first tap then takes', async ({
	page
}) => {
	// The prerendered page, before any script runs: the check-in's button is disabled and says it
	// is busy.
	const html = await (await page.request.get('/')).text();
	const button = /<button[^>]*>\s*Check in\s*<\/button>/.exec(html)?.[0] ?? '';
	expect(button).toMatch(/\bdisabled\b/);
	expect(button).toMatch(/aria-busy="true"/);

	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
	test.setTimeout(30_000 + RUNS * 10_000);
	for (let run = 0; run < RUNS; run++) {
		await page.goto('/');
		const checkIn = page.locator('#check-in');
		const open = checkIn.getByRole('button', { name: 'Check in', exact: true });
		await expect(open).toBeEnabled();
		await open.tap();
		// Each answer is tapped the moment it shows, once.
		const pain = checkIn.getByRole('radio', { name: '4 out of 10', exact: true });
		await pain.tap();
		await expect(pain).toBeChecked();
		const spasms = checkIn
			.getByRole('group', { name: 'Spasms today?' })
			.getByRole('radio', { name: 'Yes', exact: true });
		await spasms.tap();
		await expect(spasms).toBeChecked();
	}
});

test('on a slow phone "Where are you now?" takes no tap until ready, and the first tap then starts', async ({
	page,
	browser,
	baseURL
}) => {
	// The prerendered page: each place's button is disabled and says it is busy.
	const html = await (await page.request.get('/')).text();
	const floor = /<button[^>]*>(?:(?!<\/button>)[\s\S])*On the floor/.exec(html)?.[0] ?? '';
	expect(floor).toMatch(/\bdisabled\b/);
	expect(floor).toMatch(/aria-busy="true"/);

	const runs = 5;
	test.setTimeout(30_000 + runs * 15_000);
	for (let run = 0; run < runs; run++) {
		// Each run a first visit: tapping a place starts an episode, after which Today shows its plan.
		const context = await browser.newContext({
			baseURL,
			locale: 'en-US',
			isMobile: true,
			hasTouch: true,
			viewport: { width: 390, height: 844 }
		});
		const phone = await context.newPage();
		const cdp = await context.newCDPSession(phone);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
		await phone.goto('/');
		const place = phone.getByRole('button', { name: /^On the floor/ });
		await expect(place).toBeEnabled();
		// Tapped once, the moment it can be.
		await place.tap();
		await expect(phone).toHaveURL(/\/play$/);
		await expect(phone.getByRole('link', { name: 'Not now' })).toBeVisible();
		await context.close();
	}
});

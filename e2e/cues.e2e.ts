// Cues have one owner, always: the tab holding a session's lock plays its chimes and speech. With
// one session open in two tabs, closing the tab that plays hands the cues to the other; a
// different session in another tab plays its own. Sounds are counted in each page: every
// utterance given to speech, and every note (oscillator) a chime starts.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { heard, recordSounds } from './helpers';
import { beginSession, stopSession } from './session';

const T0 = new Date('2026-03-02T09:00:00Z').getTime();
/** Rounds of the hand-over test; run once with 20 while changing the lock code. */
const RUNS = 3;

interface Sounds {
	spoken: number;
	notes: number;
}

/** How many utterances and chime notes the page has sounded. */
const sounds = async (page: Page): Promise<Sounds> => {
	const { spoken, notes } = await heard(page);
	return { spoken: spoken.length, notes };
};

const elsewhere = (page: Page) =>
	page.getByRole('status').filter({ hasText: 'Also open in another tab' });

/** Taps Next in `page` and checks what that page sounded: a spoken step and a chime, or nothing. */
async function nextSounds(page: Page, heard: boolean): Promise<void> {
	const step = page.getByRole('heading', { level: 1 });
	const was = (await step.textContent()) ?? '';
	const before = await sounds(page);
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(step).not.toHaveText(was);
	if (heard) {
		await expect.poll(async () => (await sounds(page)).spoken).toBe(before.spoken + 1);
		await expect.poll(async () => (await sounds(page)).notes).toBeGreaterThan(before.notes);
	} else {
		expect(await sounds(page)).toEqual(before);
	}
}

/** Starts `path`'s routine in a new page of `context`, without a pain rating. */
async function startIn(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(path);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	return page;
}

test.beforeEach(async ({ context }) => {
	await recordSounds(context);
	// Time stands still: only the taps below make cues.
	await context.clock.install({ time: T0 });
	await context.clock.pauseAt(T0 + 60_000);
});

test(`with one session in two tabs, closing the tab that plays its cues hands them to the other (${RUNS} times)`, async ({
	context
}) => {
	test.setTimeout(60_000 + RUNS * 20_000);
	for (let run = 1; run <= RUNS; run++) {
		const playing = await startIn(context, '/routines/spasm-relief');
		const showing = await context.newPage();
		await showing.goto('/play');
		await showing.getByRole('button', { name: 'Continue where it is now' }).click();
		await expect(elsewhere(showing)).toBeVisible();
		// While the first tab holds the session, this one stays quiet.
		await nextSounds(showing, false);

		await playing.close();
		await expect(elsewhere(showing)).toHaveCount(0);
		await nextSounds(showing, true);

		await stopSession(showing);
		await expect(showing.getByRole('heading', { name: 'Session stopped' })).toBeVisible();
		await showing.close();
	}
});

test('two different sessions in two tabs each play their own cues', async ({ context }) => {
	const first = await startIn(context, '/routines/spasm-relief');
	const second = await startIn(context, '/routines/desk-break');
	for (const page of [first, second]) {
		await expect(page.getByRole('timer')).toBeVisible();
		await expect(elsewhere(page)).toHaveCount(0);
		await nextSounds(page, true);
	}
});

test('a Start tap unlocks audio inside the tap itself, before the player has loaded', async ({
	browser
}) => {
	// A context of its own: the player must not be in the page's cache from an earlier start.
	const context = await browser.newContext({ isMobile: true, hasTouch: true });
	await context.addInitScript(() => {
		// Inside the tap: between the click's first listener (capturing, on the window) and its
		// last (bubbling, on the window); the app's own handlers run in between.
		let inTap = false;
		addEventListener('click', () => (inTap = true), true);
		addEventListener('click', () => (inTap = false));
		const resumes: boolean[] = [];
		(window as unknown as { resumes: boolean[] }).resumes = resumes;
		const resume = AudioContext.prototype.resume;
		AudioContext.prototype.resume = function (this: AudioContext) {
			resumes.push(inTap);
			return resume.call(this);
		};
	});
	const resumes = (page: Page) =>
		page.evaluate(() => (window as unknown as { resumes: boolean[] }).resumes);
	for (const [path, tap] of [
		['/routines/spasm-relief', (page: Page) => page.getByRole('button', { name: /^Start/ })],
		[
			'/',
			(page: Page) =>
				page.getByRole('region', { name: 'Back just seized?' }).getByRole('button').first()
		]
	] as const) {
		const page = await context.newPage();
		await page.goto(path);
		await tap(page).click();
		await expect(page.getByRole('link', { name: 'Not now' })).toBeVisible();
		expect(await resumes(page)).toContain(true);
		expect((await resumes(page))[0]).toBe(true);
		await page.close();
	}
	await context.close();
});

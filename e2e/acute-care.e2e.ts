// The first hours of a spasm: lying down and getting up again with no kneeling, a relaxation
// that speaks its cues, and the new guide topics. Time is driven with page.clock only.
import { expect, test, type Page } from '@playwright/test';
import en from '../src/lib/messages/exercises.en';
import { heard, openWithPinnedClock, recordSounds } from './helpers';
import { beginSession } from './session';

const stepTitle = (page: Page) => page.getByRole('heading', { level: 1 });
const t0 = new Date('2026-03-02T02:00:00Z').getTime();

test('First hours on a bed or sofa plays from start to finish without a kneeling step, and no getting up at the end', async ({
	page
}) => {
	await openWithPinnedClock(page, '/routines/first-hours', t0);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await expect(stepTitle(page)).toHaveText('Get ready: Log roll into bed');

	const seen: string[] = [];
	const note = async (title: string) => {
		await expect(stepTitle(page)).toHaveText(title);
		seen.push(title);
		// The picture's description is what a screen reader hears: no kneeling in any of them.
		const picture = page.locator('main img[alt]').first();
		if ((await picture.count()) > 0)
			expect(await picture.getAttribute('alt')).not.toMatch(/kneel/i);
	};

	await page.clock.runFor(5_000);
	// Lying down waits for the person, however long it takes.
	await note('Log roll into bed');
	await expect(page.getByText('When ready', { exact: true })).toBeVisible();
	await page.clock.runFor('02:00');
	await note('Log roll into bed');
	await page.getByRole('button', { name: 'Next' }).click();

	await note('Rest with legs on a chair');
	await expect(page.getByRole('timer')).toHaveText('5:00');
	await page.clock.runFor('05:00');

	await note('Belly breathing');
	await expect(page.getByRole('timer')).toHaveText('3:00');
	await expect(page.getByText('This is the last step.')).toBeVisible();
	await page.clock.runFor('03:00');

	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
	for (const title of seen) expect(title).not.toMatch(/kneel|floor|child|out of bed/i);
	// Getting up is its own routine, offered for when the person is ready.
	const getUp = page.getByRole('region', { name: 'Get up when you are ready' });
	await expect(getUp.getByRole('button', { name: 'Get up from a bed or sofa' })).toBeVisible();
});

test('Breathe and let go speaks each of its cues, in order', async ({ page }) => {
	// A stand-in for the speech engine that keeps what it was asked to say.
	await recordSounds(page);
	await openWithPinnedClock(page, '/routines/breathe-and-let-go', t0);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await expect(stepTitle(page)).toHaveText(/Get ready/);

	// 5 s to get ready, then 2:00 + 2:30 + 2:30 with no breaks: 7:05 in all.
	await page.clock.runFor('07:06');
	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();

	const { spoken } = await heard(page);
	const guidance = spoken.filter((text) => text !== '10 seconds');
	const steps = (['supine-rest', 'belly-breathing', 'rest-side-pillow'] as const).map(
		(id) => en.exercises[id]
	);
	expect(guidance).toEqual([
		`Get ready: ${steps[0]!.name}.`,
		...steps.flatMap((e) => [e.cue, e.halfwayCue!]),
		'Well done. Session complete.'
	]);
});

test('the new guide topics are reachable from the guide and lead on to what they suggest', async ({
	page
}) => {
	await page.goto('/guide');
	const topics = page.getByRole('list').filter({ hasText: 'What to expect' });
	await expect(topics.getByRole('link')).toHaveCount(16);

	await topics.getByRole('link', { name: /What to expect/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What to expect');
	await expect(page.getByText(/days to a few weeks/).first()).toBeVisible();

	await page.goto('/guide');
	await topics.getByRole('link', { name: /Getting up and down/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Getting up and down');
	await page.getByRole('link', { name: 'Start First hours' }).click();
	await expect(page).toHaveURL(/\/routines\/first-hours$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('First hours, on a bed or sofa');
});

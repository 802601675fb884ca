// The self-care guide offline, reading it in order, and the About page (the red-flag check is
// in care.e2e.ts).
import { expect, test, type Page } from '@playwright/test';
import { guideTopics } from '../src/lib/content/guide';
import en from '../src/lib/messages/guide.en';
import { waitForOfflineReady } from './helpers';

async function returningUser(page: Page): Promise<void> {
	await page.addInitScript(() =>
		localStorage.setItem('limber:display', JSON.stringify({ introSeen: true }))
	);
}

test('every guide topic opens offline after one visit, with its action', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);
	// Said on the change (see shell.e2e.ts: a page loaded offline may report itself online).
	await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
	for (const topic of guideTopics) {
		await page.goto(`/guide/${topic.slug}`);
		const words = en.topics[topic.slug];
		await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
		await expect(page.getByText(words.summary)).toBeVisible();
		if (topic.action) {
			const action = page.getByRole('link', { name: en.actions[topic.action.id] });
			await expect(action).toBeVisible();
			await expect(action).toHaveAttribute('href', topic.action.href);
		}
	}
});

test('the guide reads in order with next and previous', async ({ page }) => {
	await returningUser(page);
	await page.goto('/guide');
	await page.getByRole('link', { name: new RegExp(en.topics[guideTopics[0]!.slug].title) }).click();
	const pager = page.getByRole('navigation', { name: 'Guide topics' });
	for (const [i, topic] of guideTopics.entries()) {
		await expect(
			page.getByRole('heading', { level: 1, name: en.topics[topic.slug].title })
		).toBeVisible();
		await expect(page.getByText(`Guide · ${i + 1} of ${guideTopics.length}`)).toBeVisible();
		const previous = guideTopics[i - 1];
		if (previous)
			await expect(pager.getByRole('link', { name: /previous/i })).toContainText(
				en.topics[previous.slug].title
			);
		else await expect(pager.getByRole('link', { name: /previous/i })).toHaveCount(0);
		const next = pager.getByRole('link', { name: /next/i });
		if (i === guideTopics.length - 1) await expect(next).toHaveCount(0);
		else await next.click();
	}
	await pager.getByRole('link', { name: /previous/i }).click();
	await expect(
		page.getByRole('heading', {
			level: 1,
			name: en.topics[guideTopics[guideTopics.length - 2]!.slug].title
		})
	).toBeVisible();
});

test('a guide action leads to the matching timer', async ({ page }) => {
	await returningUser(page);
	await page.goto('/guide/cold');
	await page.getByRole('link', { name: 'Start the ice timer' }).click();
	await expect(page).toHaveURL(/\/timers\/ice-20$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ice/i);
});

test('the guide offers the first walk of the ladder, and says how long it is', async ({ page }) => {
	await returningUser(page);
	for (const slug of ['movement', 'what-to-expect']) {
		await page.goto(`/guide/${slug}`);
		await page.getByRole('link', { name: 'Start a 3-minute walk' }).click();
		await expect(page).toHaveURL(/\/routines\/short-walk$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gentle walk, 3 minutes');
	}
});

const DISCLAIMER = /not a diagnosis/;

test('the disclaimer is said once: in About, not on every guide page or the check', async ({
	page
}) => {
	// Before the first session it is the one line at the foot of the page, and nothing more.
	await page.goto('/guide');
	await expect(page.getByText(DISCLAIMER)).toHaveCount(1);
	await page.goto('/guide/see-a-doctor');
	await expect(page.getByText(DISCLAIMER)).toHaveCount(1);

	await returningUser(page);
	for (const path of ['/guide', '/guide/see-a-doctor', '/guide/movement', '/red-flags']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
		await expect(page.getByText(DISCLAIMER), path).toHaveCount(0);
	}
	// A topic page still leads to About, where it is said.
	await page.goto('/guide/movement');
	await page.getByRole('link', { name: 'About Limber and your privacy' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'About Limber' })).toBeVisible();
	await expect(page.getByText(DISCLAIMER)).toHaveCount(1);
	// A later session's pre-start does not repeat it.
	await page.goto('/routines/short-walk');
	await page.getByRole('button', { name: /^Start/ }).click();
	await expect(page).toHaveURL(/\/play$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Gentle walk, 3 minutes' })
	).toBeVisible();
	await expect(page.getByText(DISCLAIMER)).toHaveCount(0);
});

test('the new topics lead on: a return to the warning signs, worry and sleep to a calm rest', async ({
	page
}) => {
	await returningUser(page);
	await page.goto('/guide/if-it-comes-back');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('If it comes back');
	await expect(page.getByText(/warning signs still apply/)).toBeVisible();
	await page.getByRole('link', { name: 'Check the warning signs' }).click();
	await expect(page).toHaveURL(/\/red-flags$/);
	await page.goto('/guide/worry-sleep-pacing');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Worry, sleep and pacing');
	await expect(page.getByText(/Scans are rarely needed/)).toBeVisible();
	await page.getByRole('link', { name: 'Start Breathe and let go' }).click();
	await expect(page).toHaveURL(/\/routines\/breathe-and-let-go$/);
});

test('About says what is kept and where, reached from Guide and Settings', async ({ page }) => {
	await returningUser(page);
	for (const from of ['/guide', '/settings']) {
		await page.goto(from);
		await page.getByRole('link', { name: /about limber|what limber stores/i }).click();
		await expect(page).toHaveURL(/\/about$/);
		await expect(page.getByRole('heading', { level: 1, name: 'About Limber' })).toBeVisible();
	}
	await expect(page.getByText('Only on this device, in this browser.')).toBeVisible();
	await expect(
		page.getByText(/sends nothing anywhere and loads nothing from other websites/)
	).toBeVisible();
	await expect(page.getByText(/MIT licence/)).toBeVisible();
	await expect(page.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+/);
	await page.getByRole('link', { name: 'Settings' }).last().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

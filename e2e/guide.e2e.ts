// The self-care guide offline, reading it in order, the red-flag check and the About page.
import { expect, test, type Page } from '@playwright/test';
import { guideTopics, redFlagCheck, redFlags } from '../src/lib/content/guide';
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
	for (const topic of guideTopics) {
		await page.goto(`/guide/${topic.slug}`);
		await expect(page.getByRole('heading', { level: 1, name: topic.title })).toBeVisible();
		await expect(page.getByText(topic.summary)).toBeVisible();
		if (topic.action) {
			const action = page.getByRole('link', { name: topic.action.label });
			await expect(action).toBeVisible();
			await expect(action).toHaveAttribute('href', topic.action.href);
		}
	}
	await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
});

test('the guide reads in order with next and previous', async ({ page }) => {
	await returningUser(page);
	await page.goto('/guide');
	await page.getByRole('link', { name: new RegExp(guideTopics[0]!.title) }).click();
	const pager = page.getByRole('navigation', { name: 'Guide topics' });
	for (const [i, topic] of guideTopics.entries()) {
		await expect(page.getByRole('heading', { level: 1, name: topic.title })).toBeVisible();
		await expect(page.getByText(`Guide · ${i + 1} of ${guideTopics.length}`)).toBeVisible();
		const previous = guideTopics[i - 1];
		if (previous)
			await expect(pager.getByRole('link', { name: /previous/i })).toContainText(previous.title);
		else await expect(pager.getByRole('link', { name: /previous/i })).toHaveCount(0);
		const next = pager.getByRole('link', { name: /next/i });
		if (i === guideTopics.length - 1) await expect(next).toHaveCount(0);
		else await next.click();
	}
	await pager.getByRole('link', { name: /previous/i }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: guideTopics[guideTopics.length - 2]!.title })
	).toBeVisible();
});

test('a guide action leads to the matching timer', async ({ page }) => {
	await returningUser(page);
	await page.goto('/guide/cold');
	await page.getByRole('link', { name: 'Start the ice timer' }).click();
	await expect(page).toHaveURL(/\/timers\/ice-20$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ice/i);
});

test.describe('the red-flag check', () => {
	for (const flag of redFlags) {
		test(`advises care now when: ${flag.question}`, async ({ page }) => {
			await returningUser(page);
			await page.goto('/');
			// Reached from the header on every screen.
			await page.getByRole('link', { name: 'When to see a doctor' }).first().click();
			await expect(
				page.getByRole('heading', { level: 1, name: 'When to see a doctor' })
			).toBeVisible();
			await expect(page.getByRole('alert')).toHaveCount(0);
			await page
				.getByRole('group', { name: flag.question })
				.getByRole('radio', { name: 'Yes' })
				.check();
			const alert = page.getByRole('alert');
			await expect(alert).toBeVisible();
			await expect(alert).toContainText(redFlagCheck.seekCare.title);
			await expect(alert).toContainText(flag.advice);
			for (const other of redFlags.filter((f) => f.id !== flag.id)) {
				await expect(alert).not.toContainText(other.advice);
			}
			// Changing the answer to no takes the advice away again.
			await page
				.getByRole('group', { name: flag.question })
				.getByRole('radio', { name: 'No' })
				.check();
			await expect(page.getByRole('alert')).toHaveCount(0);
		});
	}

	test('lists the advice for every flag raised', async ({ page }) => {
		await returningUser(page);
		await page.goto('/red-flags');
		for (const flag of redFlags) {
			await page
				.getByRole('group', { name: flag.question })
				.getByRole('radio', { name: 'Yes' })
				.check();
		}
		const alert = page.getByRole('alert');
		for (const flag of redFlags) await expect(alert).toContainText(flag.advice);
	});

	test('reassures when there is no flag, and stores nothing', async ({ page }) => {
		await returningUser(page);
		await page.goto('/red-flags');
		const result = page.getByRole('status').filter({ hasText: redFlagCheck.selfCare.title });
		for (const flag of redFlags.slice(0, -1)) {
			await page
				.getByRole('group', { name: flag.question })
				.getByRole('radio', { name: 'No' })
				.check();
			await expect(result).toHaveCount(0);
		}
		await page
			.getByRole('group', { name: redFlags[redFlags.length - 1]!.question })
			.getByRole('radio', { name: 'No' })
			.check();
		await expect(result).toBeVisible();
		await expect(result).toContainText(
			'If your spasms stop within a day, a visit is usually not needed.'
		);
		await expect(result.getByRole('link', { name: /spasm relief/i })).toBeVisible();
		await expect(result.getByRole('link', { name: /ice timer/i })).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);

		await page.reload();
		for (const flag of redFlags) {
			for (const name of ['Yes', 'No']) {
				await expect(
					page.getByRole('group', { name: flag.question }).getByRole('radio', { name })
				).not.toBeChecked();
			}
		}
		await expect(result).toHaveCount(0);
	});
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

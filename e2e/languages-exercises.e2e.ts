// The exercise library and each exercise's page in Spanish and German: the page's language, the
// exercise's own words and picture, the way between the library and an exercise, and both open
// offline after one visit.
import { expect, test, type Page } from '@playwright/test';
import de from '../src/lib/messages/exercises.de';
import es from '../src/lib/messages/exercises.es';
import { waitForOfflineReady } from './helpers';

const languages = [
	{ lang: 'es', locale: 'es-ES', m: es },
	{ lang: 'de', locale: 'de-DE', m: de }
] as const;

/** The picture is there and drawn (an SVG that failed to load has no width). */
async function expectPicture(page: Page, alt: string): Promise<void> {
	const picture = page.getByRole('img', { name: alt });
	await picture.scrollIntoViewIfNeeded();
	await expect(picture).toBeVisible();
	await expect
		.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
		.toBeGreaterThan(0);
}

for (const { lang, locale, m } of languages) {
	test.describe(`in ${locale}`, () => {
		test.use({ locale });

		test('an exercise’s page speaks the language, and leads to the library and back', async ({
			page
		}) => {
			const catCow = m.exercises['cat-cow'];
			await page.goto(`/${lang}/exercises/cat-cow`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1, name: catCow.name })).toBeVisible();
			await expect(page).toHaveTitle(`${catCow.name} · Limber`);
			await expect(page.getByRole('listitem').filter({ hasText: catCow.steps[0]! })).toBeVisible();
			await expectPicture(page, catCow.illustrationAlt);
			await expect(page.getByText(m.positions.kneeling, { exact: false }).first()).toBeVisible();
			await expect(page.getByText(m.stopLabel.other)).toBeVisible();
			await expect(page.getByText(m.stopRules.stretch, { exact: false })).toBeVisible();

			// To the library, to a position, and into another exercise: every link stays in the language.
			await page.getByRole('link', { name: m.page.back }).click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/exercises$`));
			await expect(page.getByRole('heading', { level: 1, name: m.library.title })).toBeVisible();
			const positions = page.getByRole('navigation', { name: m.library.positions });
			await positions.getByRole('link', { name: m.positions['lying-side'] }).click();
			await expect(
				page.getByRole('heading', { level: 2, name: m.positions['lying-side'] })
			).toBeInViewport();
			const rest = m.exercises['rest-side-pillow'];
			await page.getByRole('link', { name: rest.name }).click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/exercises/rest-side-pillow$`));
			await expect(page.getByRole('heading', { level: 1, name: rest.name })).toBeVisible();
			await expect(page.getByRole('listitem').filter({ hasText: rest.steps[0]! })).toBeVisible();
			await expectPicture(page, rest.illustrationAlt);
			// A rest is stopped, not paused: its kind's rule, not a move's.
			await expect(page.getByText(m.stopRules.rest, { exact: false })).toBeVisible();
		});

		test('a move says what to do if it hurts', async ({ page }) => {
			const move = m.exercises['log-roll-out-of-bed'];
			await page.goto(`/${lang}/exercises/log-roll-out-of-bed`);
			await expect(page.getByRole('heading', { level: 1, name: move.name })).toBeVisible();
			await expect(page.getByText(m.stopLabel.move)).toBeVisible();
			await expect(page.getByText(m.stopRules.move, { exact: false })).toBeVisible();
		});
	});
}

test.describe('offline', () => {
	test.use({ locale: 'es-ES' });

	test('after one visit to /es/exercises, the library and an exercise open offline in Spanish', async ({
		page,
		context
	}) => {
		await page.goto('/es/exercises');
		await expect(page.getByRole('heading', { level: 1, name: es.library.title })).toBeVisible();
		await waitForOfflineReady(page);
		await context.setOffline(true);

		const birdDog = es.exercises['bird-dog'];
		await page.goto('/es/exercises/bird-dog?from=offline-test');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { level: 1, name: birdDog.name })).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: birdDog.steps[0]! })).toBeVisible();
		await expectPicture(page, birdDog.illustrationAlt);

		await page.getByRole('link', { name: es.page.back }).click();
		await expect(page.getByRole('heading', { level: 1, name: es.library.title })).toBeVisible();
		await expectPicture(page, es.exercises['knee-to-chest-single'].illustrationAlt);
		await context.setOffline(false);
	});
});

test('the English pages read as before', async ({ page }) => {
	await page.goto('/exercises/cat-cow');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1, name: 'Cat-cow' })).toBeVisible();
	await expect(page.getByText('Kneeling · 8 slow repetitions')).toBeVisible();
	await expect(page.getByText('Stop if:')).toBeVisible();
	await page.getByRole('link', { name: '← Exercise library' }).click();
	await expect(page).toHaveURL(/\/exercises$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
});

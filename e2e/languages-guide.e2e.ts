// The guide in Spanish and German: the index and a topic in each language (html[lang], titles,
// hreflang alternates, reading on), and every topic of the chosen language offline after one
// visit. The English guide is in guide.e2e.ts.
import { expect, test, type Page } from '@playwright/test';
import { guideTopics } from '../src/lib/content/guide';
import de from '../src/lib/messages/guide.de';
import es from '../src/lib/messages/guide.es';
import { waitForOfflineReady } from './helpers';

async function returningUser(page: Page): Promise<void> {
	await page.addInitScript(() =>
		localStorage.setItem('limber:display', JSON.stringify({ introSeen: true }))
	);
}

/** The page names its version in every language, English as the default, by whole address. */
async function expectAlternates(page: Page, path: string): Promise<void> {
	const { origin } = new URL(page.url());
	const alternate = (lang: string) => page.locator(`link[rel="alternate"][hreflang="${lang}"]`);
	await expect(alternate('en')).toHaveAttribute('href', `${origin}${path}`);
	await expect(alternate('es')).toHaveAttribute('href', `${origin}/es${path}`);
	await expect(alternate('de')).toHaveAttribute('href', `${origin}/de${path}`);
	await expect(alternate('x-default')).toHaveAttribute('href', `${origin}${path}`);
}

test.describe('in Spanish', () => {
	test.use({ locale: 'es-ES' });

	test('the guide’s index reads in Spanish and leads to the Spanish topics', async ({ page }) => {
		await returningUser(page);
		await page.goto('/es/guide');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page).toHaveTitle('Guía · Limber');
		await expect(page.getByRole('heading', { level: 1, name: 'Guía' })).toBeVisible();
		await expectAlternates(page, '/guide');
		for (const topic of guideTopics)
			await expect(page.locator(`a[href="/es/guide/${topic.slug}"]`)).toContainText(
				es.topics[topic.slug].title
			);
		await expect(page.getByRole('link', { name: 'Revisar las señales de alarma' })).toHaveAttribute(
			'href',
			'/es/red-flags'
		);

		await page.getByRole('link', { name: 'Cuándo pedir ayuda' }).click();
		await expect(page).toHaveURL(/\/es\/guide\/see-a-doctor$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cuándo pedir ayuda');
		await expect(page.getByText('Guía · 1 de 16')).toBeVisible();
		await expect(page.getByText('Si tienes dudas, pide ayuda.')).toBeVisible();
		const pager = page.getByRole('navigation', { name: 'Temas de la guía' });
		await pager.getByRole('link', { name: /Siguiente/ }).click();
		await expect(page).toHaveURL(/\/es\/guide\/what-is-a-spasm$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'¿Qué es un espasmo en la espalda?'
		);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	});
});

test.describe('in German', () => {
	test.use({ locale: 'de-DE' });

	test('a topic reads in German, with its action and the way back', async ({ page }) => {
		await returningUser(page);
		await page.goto('/de/guide/cold');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page).toHaveTitle('Kälte · Limber-Ratgeber');
		await expect(page.getByRole('heading', { level: 1, name: 'Kälte' })).toBeVisible();
		await expect(page.getByText('Ratgeber · 6 von 16')).toBeVisible();
		await expect(page.getByText('Legen Sie Eis nie direkt auf die Haut.')).toBeVisible();
		await expectAlternates(page, '/guide/cold');
		// The timer is written in German too: the button leads to its German page.
		await expect(page.getByRole('link', { name: 'Kühl-Timer starten' })).toHaveAttribute(
			'href',
			'/de/timers/ice-20'
		);
		await page.getByRole('link', { name: '← Alle Themen im Ratgeber' }).click();
		await expect(page).toHaveURL(/\/de\/guide$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Ratgeber' })).toBeVisible();
		await expect(page).toHaveTitle('Ratgeber · Limber');
	});
});

for (const [lang, m, locale] of [
	['es', es, 'es-ES'],
	['de', de, 'de-DE']
] as const) {
	test.describe(`offline in ${lang}`, () => {
		test.use({ locale });

		test(`every guide topic in ${lang} opens offline after one visit`, async ({
			page,
			context
		}) => {
			await page.goto(`/${lang}/guide`);
			await waitForOfflineReady(page);
			await context.setOffline(true);
			for (const topic of guideTopics) {
				await page.goto(`/${lang}/guide/${topic.slug}`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				const words = m.topics[topic.slug];
				await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
				await expect(page.getByText(words.summary)).toBeVisible();
			}
			await page.goto(`/${lang}/guide`);
			await expect(page.getByRole('heading', { level: 1, name: m.title })).toBeVisible();
			await context.setOffline(false);
		});
	});
}

// Languages across the app: a page opens in the person's language before it paints where it is
// written in it, a chosen language is followed, each language links its own manifest and names
// its other languages, and the service worker keeps the chosen language offline with every
// language's emergency pages.
import { expect, test } from '@playwright/test';
import { waitForOfflineReady } from './helpers';

test.describe('a browser that prefers Spanish', () => {
	test.use({ locale: 'es-MX' });

	test('opens a page written in Spanish in Spanish, and keeps it offline with the other languages’ help', async ({
		page,
		context
	}) => {
		await page.goto('/red-flags');
		await expect(page).toHaveURL(/\/es\/red-flags$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
			'href',
			'/manifest.es.webmanifest'
		);
		await waitForOfflineReady(page);
		const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
		expect(new URL(worker).pathname + new URL(worker).search).toBe('/service-worker.js?lang=es');
		const kept = await page.evaluate(async () => {
			const names = await caches.keys();
			const cache = await caches.open(names.find((n) => n.startsWith('limber-'))!);
			return (await cache.keys()).map((r) => new URL(r.url).pathname);
		});
		expect(kept).toEqual(expect.arrayContaining(['/es/red-flags', '/de/red-flags', '/red-flags']));
		await context.setOffline(true);
		// A page opened in German stays German; the English one goes to Spanish, offline too.
		for (const [path, lang] of [
			['/de/red-flags', 'de'],
			['/red-flags', 'es']
		] as const) {
			await page.goto(`${path}?offline=1`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
		await context.setOffline(false);
	});

	test('stays in English where English was chosen', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('limber.lang', 'en'));
		await page.goto('/red-flags');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page).toHaveURL(/\/red-flags$/);
		await expect(page).not.toHaveURL(/\/es\//);
	});
});

test.describe('a browser that prefers English', () => {
	test.use({ locale: 'en-US' });

	test('stays in English, and a page opened in German stays German until a language is chosen', async ({
		page
	}) => {
		await page.goto('/red-flags');
		await expect(page).toHaveURL(/\/red-flags$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.goto('/de/red-flags');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await page.evaluate(() => localStorage.setItem('limber.lang', 'es'));
		await page.goto('/de/red-flags?from=link#check');
		await expect(page).toHaveURL(/\/es\/red-flags\?from=link#check$/);
	});

	test('each language names the others and links its own manifest, whose start page exists', async ({
		page,
		request
	}) => {
		for (const [path, lang] of [
			['/red-flags', 'en'],
			['/es/red-flags', 'es'],
			['/de/red-flags', 'de']
		] as const) {
			const alternates = (html: string) =>
				[...html.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]*)"/g)].map(
					([, hreflang, href]) => `${hreflang} ${href}`
				);
			// The prerendered page names paths (boot.js follows them before the page starts)…
			expect(alternates(await (await request.get(path)).text())).toEqual([
				'en /red-flags',
				'es /es/red-flags',
				'de /de/red-flags',
				'x-default /red-flags'
			]);
			// …and the started page whole addresses, as search engines ask.
			await page.goto(path);
			const { origin } = new URL(page.url());
			await expect
				.poll(() =>
					page
						.locator('link[rel="alternate"][hreflang]')
						.evaluateAll((links) =>
							links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`)
						)
				)
				.toEqual([
					`en ${origin}/red-flags`,
					`es ${origin}/es/red-flags`,
					`de ${origin}/de/red-flags`,
					`x-default ${origin}/red-flags`
				]);
			const href = await page.locator('link[rel="manifest"]').getAttribute('href');
			const manifest = (await (await request.get(href!)).json()) as { lang: string; id: string };
			expect(manifest.lang).toBe(lang);
			expect(manifest.id).toBe('/');
		}
	});
});

test.describe('the offer to install, on a phone', () => {
	test.use({
		isMobile: true,
		hasTouch: true,
		viewport: { width: 412, height: 823 },
		locale: 'de-DE'
	});

	test('appears in the header without pushing the page down, in German too', async ({ page }) => {
		await page.goto('/de/about');
		const header = page.locator('header');
		const before = await header.boundingBox();
		// The browser offers installing (Chromium's event, as it fires for an installable app).
		await page.evaluate(() => {
			const offer = Object.assign(new Event('beforeinstallprompt'), {
				prompt: () => Promise.resolve(),
				userChoice: Promise.resolve({ outcome: 'dismissed' })
			});
			window.dispatchEvent(offer);
		});
		const install = header.getByRole('button', { name: 'Installieren' });
		await expect(install).toBeVisible();
		expect((await header.boundingBox())?.height).toBe(before?.height);
		expect((await install.boundingBox())?.width).toBeGreaterThanOrEqual(48);
		await expect(header.getByRole('link', { name: 'Hilfe holen' })).toBeInViewport();
	});
});

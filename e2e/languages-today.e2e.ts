// Today in Spanish and German: the page's language, "Back just seized?" in the glossary's words,
// a place that starts its first hours, the check-in saved in the page's language, and the page
// offline after one visit. (The session and the check-in's questions are other areas' words.)
import { expect, test, type Page } from '@playwright/test';
import { checkInWords } from '../src/lib/content/check-in';
import { waitForOfflineReady } from './helpers';

const LANGS = [
	{
		lang: 'es',
		locale: 'es-ES',
		today: 'Hoy',
		seized: '¿Te acaba de dar un espasmo en la espalda?',
		where: '¿Dónde estás ahora?',
		floor: 'En el suelo',
		flare: 'Día malo',
		quick: 'Inicio rápido',
		ice: 'Empezar Hielo 20',
		checkIn: 'Registrar hoy',
		pain: '4 de 10',
		no: 'No',
		save: 'Guardar registro',
		saved: 'Registro guardado. Puedes cambiarlo hasta que acabe el día.',
		summary: /Guardado hoy a las/,
		painValue: '4 de 10'
	},
	{
		lang: 'de',
		locale: 'de-DE',
		today: 'Heute',
		seized: 'Plötzlich Krampf im Rücken?',
		where: 'Wo sind Sie gerade?',
		floor: 'Auf dem Boden',
		flare: 'Schlechter Tag',
		quick: 'Schnellstart',
		ice: 'Kühlen 20 starten',
		checkIn: 'Heute eintragen',
		pain: '4 von 10',
		no: 'Nein',
		save: 'Tageseintrag speichern',
		saved: 'Tageseintrag gespeichert. Sie können ihn bis zum Ende des Tages ändern.',
		summary: /Heute um .* Uhr gespeichert/,
		painValue: '4 von 10'
	}
] as const;

async function openToday(page: Page, lang: string): Promise<void> {
	await page.goto(`/${lang}`);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

for (const words of LANGS) {
	test.describe(`Today in ${words.locale}`, () => {
		test.use({ locale: words.locale });

		test('speaks the page’s language, and a place starts its first hours', async ({ page }) => {
			await openToday(page, words.lang);
			await expect(page.getByRole('heading', { level: 1, name: words.today })).toBeVisible();
			await expect(page.getByRole('switch', { name: words.flare })).toBeVisible();
			const hero = page.getByRole('region', { name: words.seized });
			await expect(hero.getByText(words.where)).toBeVisible();
			await expect(page.getByRole('heading', { name: words.quick })).toBeVisible();
			await expect(page.getByRole('button', { name: words.ice })).toBeVisible();
			// Lengths as the language writes them ("Min." in German).
			if (words.lang === 'de') await expect(hero).toContainText('Min.');
			// The link to Today stays in the page's language.
			await expect(page.getByRole('link', { name: words.today, exact: true })).toHaveAttribute(
				'href',
				`/${words.lang}`
			);
			await hero.getByRole('button', { name: new RegExp(`^${words.floor}`) }).click();
			await expect(page).toHaveURL(/\/play$/);
		});

		test('the check-in opens and saves in the page’s language', async ({ page }) => {
			await openToday(page, words.lang);
			const checkIn = page.locator('#check-in');
			const start = checkIn.getByRole('button', { name: words.checkIn, exact: true });
			await expect(start).toBeEnabled();
			await start.click();
			const form = checkIn.locator('form');
			await expect(form).not.toHaveAttribute('inert');
			await form.getByRole('radio', { name: words.pain, exact: true }).click();
			// The questions are the care words (still English until they are translated): answer
			// each by its place in the form.
			const groups = form.getByRole('group');
			await groups.nth(0).getByRole('radio', { name: words.no, exact: true }).check();
			await groups
				.nth(1)
				.getByRole('checkbox', { name: checkInWords.numbnessNone, exact: true })
				.check();
			await groups.nth(2).getByRole('radio', { name: words.no, exact: true }).check();
			await groups.nth(3).getByRole('radio', { name: words.no, exact: true }).check();
			await form.getByRole('button', { name: words.save }).click();
			await expect(checkIn.getByRole('status')).toHaveText(words.saved);
			await expect(checkIn.getByText(words.summary)).toBeVisible();
			await expect(checkIn.getByText(words.painValue, { exact: true })).toBeVisible();
		});

		test('opens offline after one visit', async ({ page, context }) => {
			await openToday(page, words.lang);
			await waitForOfflineReady(page);
			await context.setOffline(true);
			await page.goto(`/${words.lang}?from=offline-test`);
			await expect(page.locator('html')).toHaveAttribute('lang', words.lang);
			await expect(page.getByRole('heading', { name: words.seized })).toBeVisible();
			await context.setOffline(false);
		});
	});
}

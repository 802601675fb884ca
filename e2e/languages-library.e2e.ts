// The Routines and Timers tabs in Spanish and German: the pages and their words, a timer of
// one's own made in German with its problems said in German, the routine editor's problems in
// German, and a shared routine (a link holds
// ids and numbers only) opened and saved on a Spanish page, online and offline.
import { expect, test, type Page } from '@playwright/test';
import { encodeRoutine } from '../src/lib/core/share';
import { evening, stored, waitForOfflineReady } from './helpers';

/** Uses Limber in `lang`: the service worker keeps that language's pages and words offline. */
async function useLimberIn(page: Page, lang: 'es' | 'de'): Promise<void> {
	await page.addInitScript((lang) => {
		const register = ServiceWorkerContainer.prototype.register;
		ServiceWorkerContainer.prototype.register = function (url, options) {
			const withLang = new URL(String(url), location.origin);
			withLang.searchParams.set('lang', lang);
			return register.call(this, withLang.pathname + withLang.search, options);
		};
	}, lang);
}

test.describe('in Spanish', () => {
	test.use({ locale: 'es-ES' });

	test('the Routines tab reads in Spanish, filters, and links stay in Spanish', async ({
		page
	}) => {
		await page.goto('/es/routines');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page).toHaveTitle(/^Rutinas · Limber$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Rutinas' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Rutinas incluidas' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Tus rutinas' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Nueva rutina' })).toHaveAttribute(
			'href',
			'/es/routines/edit'
		);
		await expect(
			page.getByText('Todavía no tienes rutinas propias.', { exact: false })
		).toBeVisible();

		const filters = page.getByRole('group', { name: 'Filtrar rutinas' });
		await filters.getByLabel('Duración').selectOption({ label: 'Hasta 7 minutos' });
		await expect(page).toHaveURL(/\/es\/routines\?length=short$/);
		await page.getByRole('button', { name: 'Quitar filtros' }).click();
		await expect(page).toHaveURL(/\/es\/routines$/);

		// A built-in routine's page, in Spanish: its length, steps and Start.
		const first = page
			.getByRole('region', { name: 'Rutinas incluidas' })
			.getByRole('listitem')
			.first();
		await expect(first.getByText(/\d+ pasos/)).toBeVisible();
		await first.getByRole('heading', { level: 3 }).getByRole('link').click();
		await expect(page).toHaveURL(/\/es\/routines\/[\w-]+$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { level: 2, name: 'Pasos' })).toBeVisible();
		await expect(page.getByRole('button', { name: /^Empezar: / })).toBeVisible();
		await expect(page.getByRole('link', { name: '← Todas las rutinas' })).toHaveAttribute(
			'href',
			'/es/routines'
		);
	});

	test('a shared routine opens on the Spanish page and is saved in Spanish', async ({ page }) => {
		await page.goto(`/es/routines/shared#r=${encodeRoutine(evening)}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { level: 1, name: 'Rutina compartida' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Evening ease' })).toBeVisible();
		await expect(page.getByText('Vista previa: aún sin guardar')).toBeVisible();
		await page.getByRole('button', { name: 'Guardar en mis rutinas' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Guardada en tus rutinas.' })
		).toBeVisible();
		await expect.poll(() => stored(page, 'routines')).toHaveLength(1);
		await page.getByRole('link', { name: 'Ábrela' }).click();
		await expect(page).toHaveURL(/\/es\/routines\/custom\?id=/);
		await expect(page.getByRole('heading', { level: 1, name: 'Evening ease' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Compartir' })).toBeVisible();
		// The link it gives holds the routine, not words, and opens the Spanish page.
		await expect(page.getByRole('textbox', { name: 'Enlace a esta rutina' })).toHaveValue(
			/\/es\/routines\/shared#r=[\w-]+$/
		);

		// A damaged link says so in Spanish and saves nothing.
		const payload = encodeRoutine(evening);
		await page.goto(`/es/routines/shared#r=${payload.slice(0, -8)}`);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('Este enlace está dañado');
		await expect(alert).toContainText('No se guardó nada.');
	});

	test('after one visit the Spanish Routines and Timers pages open offline', async ({
		page,
		context
	}) => {
		await useLimberIn(page, 'es');
		await page.goto('/es/routines');
		await waitForOfflineReady(page);
		await context.setOffline(true);
		await page.goto('/es/timers?from=offline-test');
		await expect(page.getByRole('heading', { level: 1, name: 'Temporizadores' })).toBeVisible();
		await page.goto(`/es/routines/shared#r=${encodeRoutine(evening)}`);
		await expect(page.getByRole('heading', { level: 2, name: 'Evening ease' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Guardar en mis rutinas' })).toBeVisible();
		await context.setOffline(false);
	});
});

test.describe('in German', () => {
	test.use({ locale: 'de-DE' });

	test('the Timers tab reads in German', async ({ page }) => {
		await page.goto('/de/timers');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page).toHaveTitle(/^Timer · Limber$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Timer' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Fertige Timer' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Ihre Timer' })).toBeVisible();
		await expect(page.getByText(/insgesamt/).first()).toBeVisible();
		await page.getByRole('link', { name: 'Kühlen, 20 Minuten' }).click();
		await expect(page).toHaveURL(/\/de\/timers\/ice-20$/);
		await expect(page.getByRole('list', { name: 'Phasen' }).getByText('Kühlpack ab')).toBeVisible();
	});

	test('a timer of one’s own made in German, its problems said in German', async ({ page }) => {
		await page.goto('/de/timers');
		await page.getByRole('link', { name: 'Timer erstellen' }).click();
		await expect(page).toHaveURL(/\/de\/timers\/edit$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Timer erstellen' })).toBeVisible();
		await expect(page.getByRole('group', { name: 'Phase 1: Ausruhen' })).toBeVisible();

		const phase = page.getByRole('group', { name: /^Phase 1: / });
		await phase.getByLabel('Wie lange').fill('bald');
		// Leaving the field says what is wrong with it at once.
		await phase.getByLabel('Wie lange').blur();
		await expect(
			phase.getByText('Limber konnte „bald“ nicht lesen.', { exact: false })
		).toBeVisible();
		await page.getByRole('button', { name: 'Timer speichern' }).click();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('Bitte prüfen Sie vor dem Speichern diese Punkte:');
		await expect(alert).toContainText(
			'Name: Geben Sie diesem Timer einen Namen, damit Sie ihn später wiederfinden.'
		);
		await expect(alert).toContainText('Phase 1 (Ausruhen): Limber konnte „bald“ nicht lesen.');
		expect(await stored(page, 'programs')).toHaveLength(0);

		await page.getByRole('textbox', { name: 'Name' }).fill('Abends kühlen');
		await phase.getByLabel('Was').selectOption({ label: 'Kühlen' });
		await phase.getByLabel('Wie lange').fill('15');
		await expect(page.getByText('15 Min. insgesamt')).toBeVisible();
		await page.getByRole('button', { name: 'Timer speichern' }).click();
		await expect(page).toHaveURL(/\/de\/timers\/custom\?id=/);
		await expect(page.getByRole('heading', { level: 1, name: 'Abends kühlen' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Abends kühlen starten' })).toBeVisible();
		await expect.poll(() => stored(page, 'programs')).toHaveLength(1);
	});

	test('the routine editor says what to fix in German', async ({ page }) => {
		await page.goto('/de/routines/edit');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('heading', { level: 1, name: 'Neue Routine' })).toBeVisible();
		await page.getByRole('button', { name: 'Routine speichern' }).click();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('Bitte korrigieren Sie vor dem Speichern diese 2 Punkte:');
		await expect(alert).toContainText('Geben Sie der Routine einen Namen.');
		await expect(alert).toContainText('Fügen Sie mindestens eine Übung hinzu.');
		const name = page.getByLabel('Name', { exact: true });
		await expect(name).toHaveAttribute('aria-invalid', 'true');
		await expect(name).toHaveAccessibleDescription(/Geben Sie der Routine einen Namen\./);

		// Naming it leaves one thing to fix, said in the singular.
		await name.fill('Abends dehnen');
		await expect(alert).toContainText('Bitte korrigieren Sie vor dem Speichern diesen Punkt:');
		await expect(alert).not.toContainText('Geben Sie der Routine einen Namen.');
		expect(await stored(page, 'routines')).toHaveLength(0);
	});
});

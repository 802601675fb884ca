// Reminders and alerts in Spanish and German: the daily check-in reminder in Settings (turned on,
// its calendar file written in the page's language, the same event as in English), a timer's
// notification card, the calendar alarms of a running timer in German, the reminder's words
// offline after one visit, and the flare switch's alert when the browser will not keep it.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseIcsAlarms } from '../src/lib/core/testing';
import de from '../src/lib/messages/reminders.de';
import es from '../src/lib/messages/reminders.es';
import settingsDe from '../src/lib/messages/settings.de';
import settingsEn from '../src/lib/messages/settings.en';
import { openWithPinnedClock, waitForOfflineReady } from './helpers';
import { beginSession } from './session';

test.use({ timezoneId: 'Europe/Madrid' });

/** 2026-03-02 08:00 in Madrid. */
const MORNING = new Date('2026-03-02T08:00:00+01:00').getTime();

/** The calendar file's content lines, unfolded. */
const linesOf = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

/** Turns the daily reminder on in Settings, in the page's words. */
async function turnOn(page: Page, m: typeof es): Promise<void> {
	const section = page.getByRole('region', { name: m.daily.title });
	await expect(section).not.toHaveAttribute('inert');
	await section.getByRole('checkbox', { name: m.daily.toggle }).check();
	await expect(section.getByRole('status')).toContainText(m.daily.on('').split(',')[0]!);
}

test.describe('in Spanish', () => {
	test.use({ locale: 'es-ES' });

	test('the daily reminder turns on and its calendar file is in Spanish', async ({ page }) => {
		await openWithPinnedClock(page, '/es/settings', MORNING);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		const section = page.getByRole('region', { name: es.daily.title });
		await expect(section).toContainText(es.daily.intro);
		await turnOn(page, es);
		await expect(section.getByLabel(es.daily.time)).toHaveValue('09:00');
		await expect(section).toContainText(es.daily.noAlarm(es.daily.event));

		const [file] = await Promise.all([
			page.waitForEvent('download'),
			section.getByRole('button', { name: es.daily.add }).click()
		]);
		expect(file.suggestedFilename()).toBe('limber-daily-check-in.ics');
		const lines = linesOf(readFileSync((await file.path())!, 'utf8'));
		expect(lines).toContain('SUMMARY:Limber: registro del día');
		expect(lines).toContain(
			'DESCRIPTION:Limber: registro del día\\, unos toques para contar cómo está hoy tu espalda'
		);
		// The same event as one made in English: a file made again in another language replaces it.
		expect(lines).toContain('UID:daily-check-in@limber');
		expect(lines).toContain('RRULE:FREQ=DAILY');
		expect(lines).toContain('DTSTART:20260302T090000');
		await expect(section.getByRole('status')).toContainText(
			'Archivo de calendario guardado: una alarma cada día a las'
		);
		await expect(section.getByRole('status')).toContainText('desde hoy');

		await section.getByRole('checkbox', { name: es.daily.toggle }).uncheck();
		await expect(section.getByRole('status')).toContainText(
			'Guardado: el recordatorio está desactivado.'
		);
		await expect(section.getByRole('status')).toContainText('“Limber: registro del día”');
	});

	test('a timer’s notification card is in Spanish, its link to the device check too', async ({
		page
	}) => {
		await page.goto('/es/timers/ice-20');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		const card = page.getByRole('region', { name: es.notifications.title });
		await expect(card.getByRole('status')).toHaveText(es.notifications.off);
		await expect(card.getByRole('link', { name: es.notifications.check })).toHaveAttribute(
			'href',
			'/es/settings#device-check'
		);
		await card.getByRole('button', { name: es.notifications.allow }).click();
		// Headless Chromium answers "blocked" when no permission was granted.
		await expect(card.getByRole('status')).toHaveText(es.notifications.denied);
	});

	test('after one visit to Settings, the reminder opens offline in Spanish', async ({
		page,
		context
	}) => {
		await page.goto('/es/settings');
		await expect(page.getByRole('heading', { name: es.daily.title })).toBeVisible();
		await waitForOfflineReady(page);
		await context.setOffline(true);
		await page.goto('/es/settings?from=offline-test');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		const section = page.getByRole('region', { name: es.daily.title });
		await expect(section).toContainText(es.daily.intro);
		await turnOn(page, es);
		await context.setOffline(false);
	});
});

test.describe('in German', () => {
	test.use({ locale: 'de-DE' });

	test('the reminder in Settings and a timer’s calendar alarms are in German', async ({ page }) => {
		await openWithPinnedClock(page, '/de/settings', MORNING);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		const section = page.getByRole('region', { name: de.daily.title });
		await expect(section).toContainText(de.daily.intro);
		await turnOn(page, de);
		await expect(section).toContainText(de.daily.due);

		// A running timer: started on its English page, then continued on the German player.
		await page.evaluate(() => localStorage.setItem('limber.lang', 'en'));
		await page.goto('/timers/ice-20');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.getByRole('button', { name: /^Start/ }).click();
		await beginSession(page);
		await page.evaluate(() => localStorage.removeItem('limber.lang'));
		await page.goto('/de/play');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await page.getByRole('button', { name: 'Dort weitermachen, wo sie gerade ist' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kühlen');
		await expect(page.getByText(de.alarms.why)).toBeVisible();

		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: de.alarms.add }).click()
		]);
		const alarms = parseIcsAlarms(readFileSync((await file.path())!, 'utf8'));
		expect(alarms.map((a) => a.summary)).toEqual([
			'Ende: Kühlen – Kühlpack abnehmen',
			'Ende: Kühlpack ab – Einheit abgeschlossen'
		]);
		expect(alarms.every((a) => a.alarms === 1)).toBe(true);
		await expect(
			page.getByRole('status').filter({ hasText: 'Kalenderdatei mit 2 Weckern gespeichert.' })
		).toBeVisible();
	});
});

/** Opens Today with the browser refusing every localStorage write (full or turned off). */
async function todayRefusingStorage(page: Page, path: string): Promise<void> {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await page.goto(path);
}

test('a flare switch the browser will not keep says so, in English as before', async ({ page }) => {
	await todayRefusingStorage(page, '/');
	await page.getByRole('switch', { name: 'Flare mode' }).click();
	await expect(page.getByRole('alert')).toContainText(settingsEn.themeNotKept);
});

test.describe('a refused flare switch in German', () => {
	test.use({ locale: 'de-DE' });

	test('says why in German, with Try again', async ({ page }) => {
		await todayRefusingStorage(page, '/de');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await page.getByRole('switch', { name: 'Schlechter Tag' }).click();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(settingsDe.themeNotKept);
		await expect(page.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
	});
});

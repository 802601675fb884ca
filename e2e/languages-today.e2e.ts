// Today in Spanish and German: the page's language, "Back just seized?" in the glossary's words,
// a place that starts its first hours, the check-in saved in the page's language (its questions
// in the glossary's care words), an emergency sign saved in the check-in bringing the call button
// for the phone's region into view, and the page offline after one visit. (The session is another
// area's words.)
import { expect, test, type Locator, type Page } from '@playwright/test';
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
		yes: 'Sí',
		spasms: '¿Espasmos hoy?',
		numbness: '¿Adormecimiento u hormigueo hoy? Marca todos los sitios.',
		saddle: 'Entre las piernas, glúteos, ano o cara interna de los muslos',
		none: 'Ninguno',
		bladder:
			'¿Problemas nuevos con la vejiga o el intestino, como escapes de orina o dificultad para orinar?',
		severe:
			'¿El dolor es tan fuerte que te cuesta pensar, hablar o dormir, o te cuesta mucho moverte, levantarte, lavarte o vestirte?',
		emergency: 'Pide ayuda de emergencia ahora',
		call: 'Llamar al 112',
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
		yes: 'Ja',
		spasms: 'Heute Krämpfe im Rücken?',
		numbness: 'Heute Taubheitsgefühl oder Kribbeln? Kreuzen Sie jede Stelle an.',
		saddle: 'Zwischen den Beinen, Gesäß, After oder Innenseite der Oberschenkel',
		none: 'Keine',
		bladder:
			'Neue Probleme mit Blase oder Darm, etwa ungewollter Urinverlust oder Schwierigkeiten beim Wasserlassen?',
		severe:
			'Sind die Schmerzen so stark, dass Sie kaum denken, sprechen oder schlafen können oder sich nur sehr schwer bewegen, aufstehen, waschen oder anziehen können?',
		emergency: 'Notfall: sofort Hilfe holen',
		call: '112 anrufen',
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

/** The whole element is on screen and nothing covers its centre: a tap on it reaches it. */
async function inView(page: Page, target: Locator): Promise<void> {
	await expect(target).toBeInViewport({ ratio: 1 });
	const box = (await target.boundingBox())!;
	const hit = await target.evaluate(
		(el, [x, y]) => {
			const found = document.elementFromPoint(x!, y!);
			return found !== null && (found === el || el.contains(found));
		},
		[box.x + box.width / 2, box.y + box.height / 2]
	);
	expect(hit, 'the call button is uncovered').toBe(true);
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
			// The questions are the care words, in the glossary's wording.
			const group = (name: string) => form.getByRole('group', { name, exact: true });
			await group(words.spasms).getByRole('radio', { name: words.no, exact: true }).check();
			await group(words.numbness).getByRole('checkbox', { name: words.none, exact: true }).check();
			await group(words.bladder).getByRole('radio', { name: words.no, exact: true }).check();
			await group(words.severe).getByRole('radio', { name: words.no, exact: true }).check();
			await form.getByRole('button', { name: words.save }).click();
			await expect(checkIn.getByRole('status')).toHaveText(words.saved);
			await expect(checkIn.getByText(words.summary)).toBeVisible();
			await expect(checkIn.getByText(words.painValue, { exact: true })).toBeVisible();
		});

		test.describe('on a phone', () => {
			test.use({ isMobile: true, hasTouch: true, viewport: { width: 390, height: 844 } });

			test('an emergency sign saved in the check-in brings the call button into view', async ({
				page
			}) => {
				await page.addInitScript(() =>
					localStorage.setItem('limber:display', JSON.stringify({ introSeen: true }))
				);
				await openToday(page, words.lang);
				const checkIn = page.locator('#check-in');
				const start = checkIn.getByRole('button', { name: words.checkIn, exact: true });
				await expect(start).toBeEnabled();
				await start.click();
				const form = checkIn.locator('form');
				await expect(form).not.toHaveAttribute('inert');
				await form.getByRole('radio', { name: words.pain, exact: true }).click();
				const group = (name: string) => form.getByRole('group', { name, exact: true });
				await group(words.spasms).getByRole('radio', { name: words.yes, exact: true }).check();
				// Between the legs: an emergency, whatever else is answered.
				await group(words.numbness)
					.getByRole('checkbox', { name: words.saddle, exact: true })
					.check();
				await group(words.bladder).getByRole('radio', { name: words.no, exact: true }).check();
				await group(words.severe).getByRole('radio', { name: words.no, exact: true }).check();
				await form.getByRole('button', { name: words.save }).click();

				const notice = page.getByRole('region', { name: words.emergency });
				await expect(notice).toBeFocused();
				const call = notice.getByRole('link', { name: words.call, exact: true });
				await expect(call).toHaveAttribute('href', 'tel:112');
				await inView(page, call);
			});
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

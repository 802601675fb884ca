// The warning signs in Spanish and German: the check at /es/red-flags and /de/red-flags speaks
// the page's language in the glossary's words (docs/glossary.md, written out here so the spec
// checks the catalogs against it), an emergency yes puts the call button for the phone's region
// in front of the person at once, and both pages work offline after one English visit.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForOfflineReady } from './helpers';

interface Language {
	path: string;
	lang: string;
	/** The glossary's words for this spec's checks. */
	saddle: string;
	fever: string;
	yes: string;
	no: string;
	title: string;
	emergency: string;
	emergencySteps: string[];
	emergencyShort: string;
	local: string;
	urgent: string;
	call: (number: string) => string;
}

const SPANISH: Language = {
	path: '/es/red-flags',
	lang: 'es',
	saddle:
		'¿Adormecimiento u hormigueo nuevos entre las piernas, en los glúteos, alrededor del ano o en la cara interna de los muslos, la zona que toca el asiento de una bicicleta?',
	fever: '¿Tienes fiebre, o sientes calor y escalofríos?',
	yes: 'Sí',
	no: 'No',
	title: 'Cuándo pedir ayuda',
	emergency: 'Pide ayuda de emergencia ahora',
	emergencySteps: [
		'Llama ahora al número de emergencias o pide a alguien que te lleve a urgencias de un hospital.',
		'No conduzcas tú: las piernas te pueden fallar.',
		'No esperes a ver si se pasa, y deja los estiramientos.',
		'Di que tienes dolor de espalda y cuáles de estas señales notas.'
	],
	emergencyShort: 'No conduzcas tú.',
	local: 'o el número de emergencias de donde estés',
	urgent: 'Consulta a un médico hoy mismo',
	call: (number) => `Llamar al ${number}`
};

const GERMAN: Language = {
	path: '/de/red-flags',
	lang: 'de',
	saddle:
		'Neues Taubheitsgefühl oder Kribbeln zwischen den Beinen, am Gesäß, rund um den After oder an den Innenseiten der Oberschenkel – dort, wo man auf einem Fahrradsattel sitzt?',
	fever: 'Haben Sie Fieber, oder fühlen Sie sich heiß und fröstelig?',
	yes: 'Ja',
	no: 'Nein',
	title: 'Wann Sie Hilfe brauchen',
	emergency: 'Notfall: sofort Hilfe holen',
	emergencySteps: [
		'Wählen Sie jetzt den Notruf oder lassen Sie sich von jemandem in die Notaufnahme bringen.',
		'Fahren Sie nicht selbst: Ihre Beine könnten versagen.',
		'Warten Sie nicht ab, ob es vorbeigeht, und hören Sie mit den Dehnübungen auf.',
		'Sagen Sie dort, dass Sie Rückenschmerzen haben und welche dieser Zeichen Sie bemerken.'
	],
	emergencyShort: 'Fahren Sie nicht selbst.',
	local: 'oder die Notrufnummer vor Ort',
	urgent: 'Heute noch ärztlich abklären lassen',
	call: (number) => `${number} anrufen`
};

const PLACES = [
	{ locale: 'es-ES', language: SPANISH, number: '112' },
	{ locale: 'es-MX', language: SPANISH, number: '911' },
	{ locale: 'de-DE', language: GERMAN, number: '112' }
];

/** The note read, as for a returning person: nothing but the check on the page. */
async function returning(page: Page): Promise<void> {
	await page.addInitScript(() =>
		localStorage.setItem('limber:display', JSON.stringify({ introSeen: true, flare: false }))
	);
}

async function answer(page: Page, l: Language, question: string, yes: boolean): Promise<void> {
	await page
		.getByRole('group', { name: question })
		.getByRole('radio', { name: yes ? l.yes : l.no, exact: true })
		.check();
}

/** The whole button on screen and nothing over its centre: a tap reaches it. */
async function inFront(page: Page, call: Locator): Promise<void> {
	await expect(call).toBeInViewport({ ratio: 1 });
	const box = (await call.boundingBox())!;
	const hit = await call.evaluate(
		(el, [x, y]) => {
			const found = document.elementFromPoint(x!, y!);
			return found !== null && (found === el || el.contains(found));
		},
		[box.x + box.width / 2, box.y + box.height / 2]
	);
	expect(hit, 'the call button is uncovered').toBe(true);
}

for (const { locale, language: l, number } of PLACES) {
	test.describe(`${l.path} on a phone set to ${locale}`, () => {
		test.use({ locale, isMobile: true, hasTouch: true, viewport: { width: 360, height: 640 } });

		test('speaks the page’s language, and an emergency yes puts the call in front', async ({
			page
		}) => {
			await returning(page);
			await page.goto(l.path);
			await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
			await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible();
			await expect(page.getByRole('alert')).toHaveCount(0);

			await answer(page, l, l.saddle, true);
			const bar = page.getByRole('alert');
			await expect(bar).toContainText(l.emergency);
			await expect(bar).toContainText(l.emergencyShort);
			await expect(bar).toBeFocused();
			const call = bar.getByRole('link', { name: l.call(number), exact: true });
			await expect(call).toHaveAttribute('href', `tel:${number}`);
			await inFront(page, call);
			await expect(bar).toContainText(l.local);

			// The full advice, in the glossary's words, the same call first.
			const advice = page.getByRole('region', { name: l.emergency });
			await expect(advice.getByRole('link', { name: l.call(number) })).toHaveAttribute(
				'href',
				`tel:${number}`
			);
			for (const step of l.emergencySteps) await expect(advice).toContainText(step);

			// Taken back, the emergency goes; a fever is a doctor today.
			await answer(page, l, l.saddle, false);
			await expect(page.getByRole('alert')).toHaveCount(0);
			await answer(page, l, l.fever, true);
			await expect(page.getByRole('status').filter({ hasText: l.urgent }).first()).toBeVisible();
		});
	});
}

test.describe('offline, after one English visit', () => {
	test.use({
		locale: 'en-GB',
		isMobile: true,
		hasTouch: true,
		viewport: { width: 360, height: 640 }
	});

	test('the Spanish and German checks open and answer with no network', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await waitForOfflineReady(page);
		await context.setOffline(true);
		for (const l of [SPANISH, GERMAN]) {
			await page.goto(l.path);
			await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
			await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible();
			await answer(page, l, l.saddle, true);
			const bar = page.getByRole('alert');
			await expect(bar).toContainText(l.emergency);
			// en-GB: the number for the United Kingdom, in the page's words.
			await expect(bar.getByRole('link', { name: l.call('999') })).toHaveAttribute(
				'href',
				'tel:999'
			);
		}
		await context.setOffline(false);
	});
});

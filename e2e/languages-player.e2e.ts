// The player in Spanish and German: a session continued at /es/play or /de/play shows its words in
// that language and speaks them in a voice of that language; where no voice speaks it, nothing is
// said (never English) and the chimes carry the cues. Speech is recorded per page with the voices
// each test gives the browser.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { beginSession } from './session';

const T0 = new Date('2026-03-02T09:00:00Z').getTime();

interface FakeVoice {
	voiceURI: string;
	name: string;
	lang: string;
	localService: boolean;
	default: boolean;
}

const voice = (name: string, lang: string, isDefault = false): FakeVoice => ({
	voiceURI: name,
	name,
	lang,
	localService: true,
	default: isDefault
});

interface Heard {
	spoken: { text: string; lang: string }[];
	notes: number;
}

/** Speech with `voices` installed, and every utterance (with its language) and chime note kept. */
async function recordSpeech(context: BrowserContext, voices: FakeVoice[]): Promise<void> {
	await context.addInitScript((voices) => {
		const heard = { spoken: [] as { text: string; lang: string }[], notes: 0 };
		(window as unknown as { heard: typeof heard }).heard = heard;
		// A plain utterance, so the fake voices (plain objects) can be set on it.
		class Utterance {
			lang = '';
			rate = 1;
			voice: { lang: string } | null = null;
			constructor(readonly text: string) {}
		}
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			configurable: true,
			value: Utterance
		});
		const engine = {
			speaking: false,
			pending: false,
			paused: false,
			speak: (u: Utterance) => heard.spoken.push({ text: u.text, lang: u.voice?.lang ?? u.lang }),
			cancel: () => {},
			pause: () => {},
			resume: () => {},
			getVoices: () => voices,
			addEventListener: () => {},
			removeEventListener: () => {},
			onvoiceschanged: null
		};
		Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => engine });
		const createOscillator = AudioContext.prototype.createOscillator;
		AudioContext.prototype.createOscillator = function (this: AudioContext) {
			heard.notes++;
			return createOscillator.call(this);
		};
	}, voices);
}

const heard = (page: Page): Promise<Heard> =>
	page.evaluate(() => {
		const h = (window as unknown as { heard: Heard }).heard;
		return { spoken: [...h.spoken], notes: h.notes };
	});

/**
 * Starts the 20-minute ice timer on its English page: English chosen for the start (a browser
 * that prefers Spanish or German would otherwise open the timer in its language), then no
 * language chosen again, so a Spanish or German page stays in its language.
 */
async function startIceInEnglish(page: Page): Promise<void> {
	await page.goto('/red-flags');
	await page.evaluate(() => localStorage.setItem('limber.lang', 'en'));
	await page.goto('/timers/ice-20');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await page.evaluate(() => localStorage.removeItem('limber.lang'));
}

/** Starts the 20-minute ice timer (in English), then opens the player in `lang` and continues it. */
async function continueIn(page: Page, lang: 'es' | 'de', resume: string): Promise<void> {
	await startIceInEnglish(page);
	await page.goto(`/${lang}/play`);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await page.getByRole('button', { name: resume }).click();
}

test.beforeEach(async ({ context }) => {
	// Time stands still: only the taps below make cues.
	await context.clock.install({ time: T0 });
	await context.clock.pauseAt(T0 + 60_000);
});

test.describe('in Spanish', () => {
	test.use({ locale: 'es-ES' });

	test('the session shows and says its steps in Spanish, in a Spanish voice', async ({
		page,
		context
	}) => {
		await recordSpeech(context, [
			voice('Daniel', 'en-GB', true),
			voice('Mónica', 'es-ES'),
			voice('Anna', 'de-DE')
		]);
		await startIceInEnglish(page);
		await page.goto('/es/play');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		// The session kept time while the player was away: it offers to carry on, in Spanish.
		await expect(page.getByRole('heading', { name: 'Tu sesión sigue en marcha' })).toBeVisible();
		await expect(page.getByText(/Ahora va por Hielo, y quedan 20:00 de este paso\./)).toBeVisible();
		await page.getByRole('button', { name: 'Seguir desde donde va' }).click();
		const controls = page.getByRole('group', { name: 'Controles de la sesión' });
		await expect(controls).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hielo');
		await expect(page.getByText('Pon el hielo. Envuelve la bolsa en un paño.')).toBeVisible();
		await expect(page.getByText('Frío', { exact: true })).toBeVisible();
		await expect(page.getByText('Paso 1 de 2', { exact: true })).toBeVisible();
		await expect(controls.getByRole('button', { name: 'Pausar' })).toBeVisible();

		await controls.getByRole('button', { name: 'Siguiente' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quita la bolsa');
		await expect
			.poll(async () => (await heard(page)).spoken.at(-1))
			.toEqual({
				text: 'Quita la bolsa. Deja que la piel recupere su temperatura y mira que se vea normal.',
				lang: 'es-ES'
			});

		await controls.getByRole('button', { name: 'Detener' }).click();
		await page
			.getByRole('group', { name: /¿Detener esta sesión\?/ })
			.getByRole('button', { name: 'Detener' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sesión detenida');
		await expect(
			page.getByRole('status').filter({ hasText: 'Guardada en tu historial.' })
		).toBeVisible();
		expect((await heard(page)).spoken.every((s) => s.lang.startsWith('es'))).toBe(true);
	});
});

test.describe('in German', () => {
	test.use({ locale: 'de-DE' });

	test('the session shows its steps in German and speaks German', async ({ page, context }) => {
		await recordSpeech(context, [voice('Daniel', 'en-GB', true), voice('Anna', 'de-DE')]);
		await continueIn(page, 'de', 'Dort weitermachen, wo sie gerade ist');
		const controls = page.getByRole('group', { name: 'Steuerung der Einheit' });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kühlen');
		await expect(page.getByText('Kälte', { exact: true })).toBeVisible();
		await controls.getByRole('button', { name: 'Weiter' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kühlpack ab');
		await expect.poll(async () => (await heard(page)).spoken.at(-1)?.lang).toBe('de-DE');
		expect((await heard(page)).spoken.at(-1)?.text).toMatch(/^Kühlpack ab\. Lassen Sie die Haut/);
	});

	test('with no German voice nothing is said, never in English, and the chimes play', async ({
		page,
		context
	}) => {
		await recordSpeech(context, [voice('Daniel', 'en-GB', true), voice('Mónica', 'es-ES')]);
		await continueIn(page, 'de', 'Dort weitermachen, wo sie gerade ist');
		const controls = page.getByRole('group', { name: 'Steuerung der Einheit' });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kühlen');
		const before = await heard(page);
		await controls.getByRole('button', { name: 'Weiter' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kühlpack ab');
		await expect.poll(async () => (await heard(page)).notes).toBeGreaterThan(before.notes);
		expect((await heard(page)).spoken).toEqual(before.spoken);
	});
});

// An episode's Day 2 in Spanish and German, as a person lives it: spasms logged yesterday started
// the episode; this morning Today shows "Day 2" and the plan for the next few days in the page's
// language (the glossary's words), cold first with its Start, and the plan's check-in link opens
// today's questions in the same language; after one visit the card opens offline too. Time comes
// from page.clock (see episode.e2e.ts).
import { expect, test, type Page } from '@playwright/test';
import { seed, waitForOfflineReady } from './helpers';

const MIN = 60_000;
/** Day 1: Monday 2 March 2026, when the spasms were logged. */
const START = new Date('2026-03-02T09:00:00').getTime();
/** Day 2: the next morning. */
const NEXT_MORNING = new Date('2026-03-03T08:30:00').getTime();

const LANGS = [
	{
		lang: 'es',
		locale: 'es-ES',
		day: 'Día 2',
		stage: 'Los próximos días',
		stageText:
			'Sigue moviéndote con suavidad. Pasar mucho tiempo en la cama retrasa la recuperación.',
		now: 'Ahora',
		cold: 'Frío durante 20 minutos',
		start: 'Empezar Hielo 20',
		stretch: 'Estiramientos suaves, boca arriba o de lado',
		checkInLink: 'Ir al registro: Haz hoy el registro del día',
		spasms: '¿Espasmos hoy?',
		english: ['Day 2', 'The next few days', 'Cold for 20 minutes', 'Since']
	},
	{
		lang: 'de',
		locale: 'de-DE',
		day: 'Tag 2',
		stage: 'Die nächsten Tage',
		stageText: 'Bleiben Sie sanft in Bewegung. Lange im Bett zu liegen verzögert die Erholung.',
		now: 'Jetzt',
		cold: 'Kälte für 20 Minuten',
		start: 'Kühlen 20 starten',
		stretch: 'Sanft dehnen im Liegen',
		checkInLink: 'Zum Tageseintrag: Heute einen Tageseintrag machen',
		spasms: 'Heute Krämpfe im Rücken?',
		english: ['Day 2', 'The next few days', 'Cold for 20 minutes', 'Since']
	}
] as const;

/** Yesterday's check-in with spasms, which started the episode. */
const yesterday = {
	date: '2026-03-02',
	pain: 6,
	spasms: true,
	numbness: false,
	bladderBowel: false,
	severe: false,
	water: 0,
	note: '',
	updatedAt: START
};

/** Opens Today in `lang` on Day 2 of an episode that the spasms logged yesterday started. */
async function dayTwo(page: Page, lang: string): Promise<void> {
	await page.addInitScript(() => {
		if (!localStorage.getItem('limber:display'))
			localStorage.setItem('limber:display', JSON.stringify({ introSeen: true }));
	});
	await page.clock.install({ time: NEXT_MORNING });
	// History creates the database; the episode and yesterday's check-in go into it.
	await page.goto(`/${lang}/history`);
	await page.clock.pauseAt(NEXT_MORNING + MIN);
	await seed(page, {
		episodes: [{ id: 'ep-1', startedAt: START, startDay: '2026-03-02', updatedAt: START }],
		journal: [yesterday]
	});
	await page.goto(`/${lang}`);
	await page.clock.runFor(100);
}

for (const words of LANGS) {
	test.describe(`an episode's Day 2 in ${words.locale}`, () => {
		test.use({ locale: words.locale });

		test('Today shows the plan for Day 2 in the page’s language, and its check-in link opens the questions', async ({
			page
		}) => {
			await dayTwo(page, words.lang);
			await expect(page.locator('html')).toHaveAttribute('lang', words.lang);
			const card = page.getByRole('region', { name: new RegExp(`^${words.day}`) });
			await expect(card.getByRole('heading', { level: 2 })).toHaveText(
				new RegExp(`${words.day}\\s*${words.stage}`)
			);
			await expect(card).toContainText(words.stageText);

			// Cold first, with its Start, the one thing to do now.
			const now = card.getByRole('listitem').first();
			await expect(now).toContainText(words.now);
			await expect(now.getByRole('heading', { name: words.cold })).toBeVisible();
			await expect(now.getByRole('button', { name: new RegExp(`^${words.start}`) })).toBeVisible();
			// Stretches lying down only on days 2–3.
			await expect(card).toContainText(words.stretch);
			for (const english of words.english) await expect(card).not.toContainText(english);

			// The plan's check-in item leads to today's questions, in the same language.
			await card.getByRole('link', { name: words.checkInLink }).click();
			await page.clock.runFor(100);
			await expect(page).toHaveURL(/#check-in$/);
			await expect(
				page.locator('#check-in').getByRole('group', { name: words.spasms, exact: true })
			).toBeVisible();
		});

		test('the Day 2 plan opens offline after one visit', async ({ page, context }) => {
			await dayTwo(page, words.lang);
			const card = page.getByRole('region', { name: new RegExp(`^${words.day}`) });
			await expect(card).toContainText(words.cold);
			await waitForOfflineReady(page);
			await context.setOffline(true);
			await page.reload();
			await page.clock.runFor(100);
			await expect(page.locator('html')).toHaveAttribute('lang', words.lang);
			await expect(card.getByRole('heading', { level: 2 })).toHaveText(
				new RegExp(`${words.day}\\s*${words.stage}`)
			);
			await expect(card).toContainText(words.cold);
			await context.setOffline(false);
		});
	});
}

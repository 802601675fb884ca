// Every warning sign, in every place that names the signs, in the same words from one source
// (messages/care); nothing softens a reason to get help; and the check is easy to find.
import { expect, test, type Locator, type Page } from '@playwright/test';
import careWords from '../src/lib/messages/care.en';
import checkInEn from '../src/lib/messages/check-in.en';
import episodeWords from '../src/lib/messages/episode.en';
import { builtInPrograms as programs } from '../src/lib/content/programs';
import { signsAt, SIGNS, type ActiveLevel } from '../src/lib/core/triage';
import { openWithPinnedClock, seed } from './helpers';

const { getHelp: getHelpWords, levels: levelWords, signs: signWords } = careWords;

const T0 = new Date('2026-03-02T09:00:00').getTime();
const TODAY = '2026-03-02';
const labels = (...levels: ActiveLevel[]) =>
	levels.flatMap((l) => signsAt(l).map((s) => signWords[s].label));

test.use({ locale: 'en-GB' });
test.beforeEach(({ page }) =>
	page.addInitScript(() =>
		localStorage.setItem('limber:display', JSON.stringify({ introSeen: true }))
	)
);

/** The items of every list of signs inside `place`, as written. */
async function listed(place: Locator): Promise<string[]> {
	return place.locator('ul.signs > li').allTextContents();
}

const entry = (overrides: Record<string, unknown>) => ({
	date: TODAY,
	pain: 5,
	spasms: true,
	numbness: false,
	bladderBowel: false,
	severe: false,
	water: 2,
	note: '',
	updatedAt: T0,
	...overrides
});

/** Opens Today with today's check-in and an open episode from this morning already saved. */
async function todayWith(page: Page, checkIn: Record<string, unknown>): Promise<void> {
	// History creates the database that the records are seeded into; Today alone does not.
	await openWithPinnedClock(page, '/history', T0);
	await seed(page, {
		journal: [entry(checkIn)],
		episodes: [{ id: 'e1', startedAt: T0 - 60_000, startDay: TODAY, updatedAt: T0 }]
	});
	await page.goto('/');
	await page.clock.runFor(100);
}

test.describe('one list of signs, in every place', () => {
	test('the check asks every sign at its level', async ({ page }) => {
		await page.goto('/red-flags');
		for (const level of ['emergency', 'urgent', 'appointment'] as const) {
			const group = page.getByRole('region', { name: levelWords[level].group });
			for (const sign of signsAt(level))
				await expect(group.getByRole('group', { name: signWords[sign].question })).toHaveCount(1);
		}
		await expect(page.getByRole('radio', { name: 'Yes', exact: true })).toHaveCount(SIGNS.length);
	});

	test('the guide, About and every timer name every sign they list in the same words', async ({
		page
	}) => {
		await page.goto('/guide/see-a-doctor');
		const guide = (await page.getByRole('main').locator('li').allTextContents()).map((t) =>
			t.toLowerCase()
		);
		for (const label of labels('emergency', 'urgent', 'appointment'))
			expect(guide, 'the guide').toContain(label.toLowerCase());

		await page.goto('/about');
		expect(await listed(page.getByRole('main')), 'About').toEqual(
			labels('emergency', 'urgent', 'appointment')
		);

		for (const program of programs) {
			await page.goto(`/timers/${program.id}`);
			const notes = page.getByRole('region', { name: 'Before you start' });
			await expect(notes).toContainText(getHelpWords.atOnce);
			expect(await listed(notes), `the notes of ${program.id}`).toEqual(labels('emergency'));
		}
	});

	test('the check-in asks its signs, and Today’s notice lists the emergency ones to watch for', async ({
		page
	}) => {
		await todayWith(page, { numbness: true, numbnessWhere: ['one-leg'] });
		const checkIn = page.locator('#check-in');
		await checkIn.getByRole('button', { name: 'Change check-in' }).click();
		const q = checkInEn.questions;
		const places = checkIn.getByRole('group', { name: q.numbness });
		for (const label of Object.values(q.places))
			await expect(places.getByRole('checkbox', { name: label, exact: true })).toHaveCount(1);
		// The saddle area first: it is the most urgent.
		await expect(places.getByRole('checkbox').first()).toHaveAccessibleName(q.places.saddle);
		await expect(checkIn.getByRole('group', { name: q.bladderBowel })).toHaveCount(1);
		await expect(checkIn.getByRole('group', { name: q.severe })).toHaveCount(1);

		const notice = page.getByRole('region', { name: levelWords.urgent.title }).first();
		await expect(notice).toContainText(getHelpWords.watch);
		expect(await listed(notice), 'Today’s notice').toEqual(labels('emergency'));
	});
});

test.describe('nothing softens a reason to get help', () => {
	test('an urgent sign on Day 1: no reassurance beside it, no walk in the plan', async ({
		page
	}) => {
		await todayWith(page, { numbness: true, numbnessWhere: ['one-leg'] });
		const plan = page.getByRole('region', { name: /^Day 1/ });
		await expect(plan).toContainText(/First: see a doctor today/i);
		await expect(plan).not.toContainText(episodeWords.stageText['first-hours']);
		await expect(page.getByText(/Most spasms ease/)).toHaveCount(0);
		await expect(plan).not.toContainText(episodeWords.walk.firstTitle(3));
		await expect(page.getByRole('button', { name: /spasm relief|gentle stretches/i })).toHaveCount(
			0
		);
	});

	test('starting a stretch while an emergency sign is logged shows it first, with a way back', async ({
		page
	}) => {
		await todayWith(page, { bladderBowel: true });
		await page.goto('/routines/spasm-relief');
		await page.getByRole('button', { name: /^Start/ }).click();
		await expect(page).toHaveURL(/\/play$/);
		const notice = page.getByRole('region', { name: levelWords.emergency.title });
		await expect(notice).toContainText('You logged new trouble with your bladder or bowels today.');
		await expect(notice.getByRole('link', { name: 'Call 999' })).toBeVisible();
		await expect(page.getByRole('radiogroup')).toHaveCount(0);
		await expect(page.getByRole('button', { name: /^Start/ })).toHaveCount(0);

		// The way back ends the pending start.
		await page.getByRole('link', { name: 'Go back' }).click();
		await page.clock.runFor(100);
		await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

		// Having been checked, the person can still start.
		await page.goto('/routines/spasm-relief');
		await page.getByRole('button', { name: /^Start/ }).click();
		await page.getByRole('button', { name: 'I have been checked, start anyway' }).click();
		await expect(notice).toHaveCount(0);
		await expect(page.getByRole('button', { name: /Start without rating|^Start$/ })).toBeVisible();
	});

	test('a cold timer starts without the notice: only stretches and walks wait for it', async ({
		page
	}) => {
		await todayWith(page, { numbness: true, numbnessWhere: ['one-leg'] });
		await page.goto('/timers/ice-20');
		await page.getByRole('button', { name: /^Start/ }).click();
		await expect(page.getByRole('button', { name: "I'm ready, start" })).toBeVisible();
		await expect(page.getByRole('button', { name: /I have been checked/ })).toHaveCount(0);
	});
});

test.describe('easy to find', () => {
	test('the header says Get help in words on a small phone, at least 48 px tall', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 640 });
		await page.goto('/timers');
		const link = page.getByRole('banner').getByRole('link', { name: 'Get help' });
		await expect(link).toHaveText('Get help');
		expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(48);
		await expect(link).toBeInViewport({ ratio: 1 });
	});

	test('Day 1 of an episode has "Check the warning signs", and the guide lists when to get help first', async ({
		page
	}) => {
		await todayWith(page, { spasms: true });
		const item = page
			.getByRole('region', { name: /^Day 1/ })
			.getByRole('link', { name: episodeWords.items['check-signs'].action });
		await expect(item).toHaveAttribute('href', '/red-flags');
		await item.click();
		await page.clock.runFor(100);
		await expect(page.getByRole('heading', { level: 1, name: 'When to get help' })).toBeVisible();

		await page.goto('/guide');
		await expect(page.getByRole('main').getByRole('link').first()).toContainText(
			'When to get help'
		);
	});
});

// Accessibility: axe-core finds no violation on any prerendered page, in light and dark themes,
// nor in the states a person meets on the way (first-run note, flare mode, advice, the player).
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import careWords from '../src/lib/messages/care.en';
import { SIGNS } from '../src/lib/core/triage';
import { answerCheckIn, prerenderedPages, sweepSample } from './helpers';
import { beginSession } from './session';

const { levels: levelWords, none: noneWords, signs: signWords } = careWords;

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
	violations: {
		id: string;
		impact: string | null;
		help: string;
		nodes: { target: unknown[]; failureSummary?: string }[];
	}[];
}

/** Runs axe on the page as it is now and returns its violations in a readable form. */
async function violations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: axePath });
	const result = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe;
		return axe.run();
	});
	return result.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n` +
			v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')
	);
}

async function ready(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	// Let the app hydrate and settle (storage status, restored sessions) before judging it.
	await page.waitForLoadState('networkidle');
}

// axe is injected as a script; the pages' own CSP would rightly refuse it.
test.use({ bypassCSP: true });

const pages = prerenderedPages();
const swept = sweepSample(pages);

test('the build has the pages this test walks', () => {
	expect(pages).toContain('/');
	expect(pages).toContain('/red-flags');
	expect(pages).toContain('/about');
	expect(pages.filter((p) => p.startsWith('/guide/')).length).toBeGreaterThanOrEqual(9);
});

test('every page describes itself once, for search results and link previews', () => {
	for (const path of pages) {
		const file = path === '/' ? 'build/index.html' : `build${path}.html`;
		const html = readFileSync(file, 'utf8');
		expect(html.match(/<meta name="description"/g), path).toHaveLength(1);
	}
});

for (const path of swept) {
	test(`no axe violations on ${path}, light and dark`, async ({ page }) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			await ready(page);
			expect(await violations(page), `${path} (${colorScheme})`).toEqual([]);
		}
	});
}

test.describe('states along the way', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(colorScheme, () => {
			test.use({ colorScheme });

			test('Today in flare mode', async ({ page }) => {
				await page.goto('/');
				await ready(page);
				await page.getByRole('switch', { name: 'Flare mode' }).click();
				await expect(
					page.getByRole('button', { name: /^Start gentle stretches, lying down \d/ })
				).toBeVisible();
				expect(await violations(page)).toEqual([]);
			});

			test('the red-flag check at each level, and with none of these now', async ({ page }) => {
				await page.goto('/red-flags');
				await ready(page);
				const group = (i: number) =>
					page.getByRole('group', { name: signWords[SIGNS[i]!].question });
				await group(0).getByRole('radio', { name: 'Yes' }).check();
				await expect(page.getByRole('alert')).toBeVisible();
				expect(await violations(page), 'emergency').toEqual([]);
				// The bar's "What to do" brings the full advice into view.
				await page.getByRole('alert').getByRole('button', { name: 'What to do' }).click();
				await expect(page.getByRole('region', { name: levelWords.emergency.title })).toBeFocused();
				expect(await violations(page), 'emergency advice').toEqual([]);
				for (const [i] of SIGNS.entries())
					await group(i).getByRole('radio', { name: 'No' }).check();
				await expect(page.getByRole('status').filter({ hasText: noneWords.title })).toBeVisible();
				expect(await violations(page), 'none of these').toEqual([]);
				await group(SIGNS.indexOf('fever')).getByRole('radio', { name: 'Yes' }).check();
				await expect(page.getByRole('region', { name: levelWords.urgent.title })).toBeVisible();
				await expect(page.getByRole('status').filter({ hasText: 'What to do' })).toBeFocused();
				expect(await violations(page), 'urgent').toEqual([]);
				await group(SIGNS.indexOf('fever')).getByRole('radio', { name: 'No' }).check();
				await group(SIGNS.indexOf('worried')).getByRole('radio', { name: 'Yes' }).check();
				await expect(
					page.getByRole('region', { name: levelWords.appointment.title })
				).toBeVisible();
				expect(await violations(page), 'appointment').toEqual([]);
			});

			test('a stretch held back by a warning sign, before the clock', async ({ page }) => {
				await page.goto('/');
				await ready(page);
				const checkIn = page.locator('#check-in');
				await answerCheckIn(checkIn, { pain: 7, spasms: 'Yes', numbness: 'Down one leg' });
				await checkIn.getByRole('button', { name: 'Save check-in' }).click();
				await expect(page.getByRole('region', { name: levelWords.urgent.title })).toBeFocused();
				await page.goto('/routines/spasm-relief');
				await page.getByRole('button', { name: /^Start/ }).click();
				await expect(
					page.getByRole('button', { name: 'I have been checked, start anyway' })
				).toBeVisible();
				expect(await violations(page)).toEqual([]);
			});

			test('Today with an emergency notice after a check-in', async ({ page }) => {
				await page.goto('/');
				await ready(page);
				const checkIn = page.locator('#check-in');
				await answerCheckIn(checkIn, { pain: 7, spasms: 'Yes', bladder: 'Yes' });
				await checkIn.getByRole('button', { name: 'Save check-in' }).click();
				await expect(page.getByRole('region', { name: levelWords.emergency.title })).toBeFocused();
				expect(await violations(page)).toEqual([]);
			});

			test('Today with an episode, History with it, and its report', async ({ page }) => {
				await page.goto('/');
				await ready(page);
				const checkIn = page.locator('#check-in');
				await answerCheckIn(checkIn, { pain: 6, spasms: 'Yes' });
				await checkIn.getByRole('button', { name: 'Save check-in' }).click();
				await expect(page.getByRole('region', { name: /^Day 1/ })).toBeVisible();
				expect(await violations(page), 'today, episode').toEqual([]);
				await page.goto('/history');
				await expect(page.getByRole('region', { name: 'Episodes' })).toContainText('still open');
				expect(await violations(page), 'history, episode').toEqual([]);
				await page.goto('/history/report');
				await expect(page.getByRole('table').first()).toBeVisible();
				expect(await violations(page), 'report').toEqual([]);
			});

			test('Today after the back has settled: keeping it away, and the note of what helped', async ({
				page
			}) => {
				await page.goto('/');
				await ready(page);
				const checkIn = page.locator('#check-in');
				await answerCheckIn(checkIn, { pain: 4, spasms: 'Yes' });
				await checkIn.getByRole('button', { name: 'Save check-in' }).click();
				const episode = page.getByRole('region', { name: /^Day 1/ });
				await episode.getByRole('button', { name: 'My back has settled' }).click();
				await episode.getByRole('button', { name: 'Yes, end it' }).click();
				const card = page.getByRole('region', { name: 'Keeping it away' });
				await expect(card).toBeVisible();
				expect(await violations(page), 'keeping it away').toEqual([]);
				await card.getByRole('button', { name: 'Write what helped' }).click();
				await expect(card.getByRole('textbox', { name: 'What helped' })).toBeFocused();
				expect(await violations(page), 'the note').toEqual([]);
			});

			test('the player running a routine, and Today while it runs', async ({ page }) => {
				await page.clock.install();
				await page.goto('/');
				await ready(page);
				await page.getByRole('button', { name: /^On the floor/ }).click();
				await expect(page.getByRole('link', { name: 'Not now' })).toBeVisible();
				expect(await violations(page), 'before the clock').toEqual([]);
				await beginSession(page);
				await expect(page.getByRole('timer')).toBeVisible();
				expect(await violations(page), 'player').toEqual([]);
				await page.getByRole('button', { name: 'Stop' }).click();
				expect(await violations(page), 'stop question').toEqual([]);
				await page.getByRole('button', { name: 'Keep going' }).click();
				await page.getByRole('link', { name: /Leave the player/ }).click();
				await expect(page.getByRole('region', { name: /is running/i })).toBeVisible();
				await expect(page.getByRole('link', { name: /running Return/ })).toBeVisible();
				expect(await violations(page), 'today, running').toEqual([]);
				await page.reload();
				await expect(page.getByRole('region', { name: /still going/i })).toBeVisible();
				expect(await violations(page), 'today, interrupted').toEqual([]);
			});
		});
	}
});

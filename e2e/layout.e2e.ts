// The layout sweep: every prerendered page, with a few days of data, on phones of five sizes,
// light and dark: nothing wider than the screen, every target at least 48 px (links inside
// running text excepted), no text under 14 px.
import { expect, test } from '@playwright/test';
import { prerenderedPages, seed, sweepSample } from './helpers';
import { layoutProblems } from './layout-check.js';

/** Nothing is left out: the calendar's days and the charts' words are checked like the rest. */
const KNOWN: string[] = [];

const VIEWPORTS = [
	{ width: 320, height: 568 },
	{ width: 360, height: 640 },
	{ width: 390, height: 844 },
	{ width: 740, height: 360 },
	{ width: 640, height: 360 }
];
const DAY = 86_400_000;

for (const colorScheme of ['light', 'dark'] as const) {
	for (const viewport of VIEWPORTS) {
		test(`${viewport.width}×${viewport.height}, ${colorScheme}: every page fits, with 48 px targets and 14 px text`, async ({
			browser
		}) => {
			test.setTimeout(300_000);
			const context = await browser.newContext({
				viewport,
				isMobile: true,
				hasTouch: true,
				colorScheme,
				serviceWorkers: 'block'
			});
			const page = await context.newPage();
			await page.addInitScript(() =>
				localStorage.setItem('limber:display', JSON.stringify({ introSeen: true }))
			);
			await page.goto('/history');
			const now = await page.evaluate(() => Date.now());
			const day = (n: number) => new Date(now - n * DAY).toISOString().slice(0, 10);
			await seed(page, {
				episodes: [{ id: 'e', startedAt: now - 3 * DAY, startDay: day(3), updatedAt: now }],
				journal: [0, 1, 2, 3].map((n) => ({
					date: day(n),
					pain: 6 - n,
					spasms: n > 1,
					numbness: false,
					bladderBowel: false,
					severe: false,
					water: 3,
					note: n === 2 ? 'Stiff after the drive home' : '',
					updatedAt: now - n * DAY
				})),
				sessions: [0, 1, 2].map((n) => ({
					id: `s${n}`,
					kind: 'timer',
					sourceId: 'ice-20',
					title: 'Ice 20',
					activity: 'ice',
					startedAt: now - n * DAY - 3_600_000,
					endedAt: now - n * DAY - 1_200_000,
					activeMs: 2_400_000,
					plannedMs: 2_400_000,
					completedSegments: 2,
					totalSegments: 2,
					completed: true,
					painBefore: 6,
					painAfter: 4
				}))
			});
			const found: string[] = [];
			for (const path of sweepSample(prerenderedPages())) {
				await page.goto(path, { waitUntil: 'networkidle' });
				for (const problem of await page.evaluate(layoutProblems, KNOWN))
					found.push(`${path}: ${problem}`);
			}
			expect([...new Set(found)]).toEqual([]);
			await context.close();
		});
	}
}

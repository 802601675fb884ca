// When a warning sign is answered, the help is in front of the person at once: on phones of every
// size, portrait and landscape, light and dark, in flare mode too. "In view" is checked as a
// finger would find it: the whole call button inside the viewport, and the button itself (not a
// bar or a tab over it) under each of its corners and its centre.
import { expect, test, type Locator, type Page } from '@playwright/test';
import careWords from '../src/lib/messages/care.en';
import { signsAt, type SignId } from '../src/lib/core/triage';
import { answerCheckIn, openWithPinnedClock } from './helpers';

const { levels: levelWords, signs: signWords } = careWords;

const PHONES = [
	{ width: 360, height: 640 },
	{ width: 390, height: 844 },
	{ width: 740, height: 360 },
	{ width: 640, height: 360 }
];
const T0 = new Date('2025-05-12T08:30:00+02:00').getTime();

test.use({ isMobile: true, hasTouch: true, locale: 'en-GB' });

/** Sets what a returning person set earlier: the note read, and flare mode if asked. */
async function display(page: Page, flare: boolean): Promise<void> {
	await page.addInitScript(
		(flare) => localStorage.setItem('limber:display', JSON.stringify({ introSeen: true, flare })),
		flare
	);
}

/** The whole element is on screen and nothing covers it: a tap on it reaches it. */
async function reachable(page: Page, what: string, target: Locator): Promise<void> {
	await expect(target, `${what} on screen`).toBeInViewport({ ratio: 1, timeout: 1_000 });
	const box = (await target.boundingBox())!;
	const size = page.viewportSize()!;
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		size.width
	);
	// Inside the rounded corners (hit-testing follows border-radius).
	const inset = 6;
	const points = [
		[box.x + box.width / 2, box.y + box.height / 2],
		[box.x + inset, box.y + inset],
		[box.x + box.width - inset, box.y + inset],
		[box.x + inset, box.y + box.height - inset],
		[box.x + box.width - inset, box.y + box.height - inset]
	];
	const hits = await target.evaluate(
		(el, points) =>
			points.map(([x, y]) => {
				const hit = document.elementFromPoint(x!, y!);
				return hit !== null && (hit === el || el.contains(hit));
			}),
		points
	);
	expect(hits, `${what} uncovered at its centre and corners`).toEqual(hits.map(() => true));
}

async function answer(page: Page, sign: SignId, choice: 'Yes' | 'No'): Promise<void> {
	await page
		.getByRole('group', { name: signWords[sign].question })
		.getByRole('radio', { name: choice, exact: true })
		.check();
}

for (const phone of PHONES) {
	for (const [scheme, flare] of [
		['light', false],
		['dark', false],
		['light', true]
	] as const) {
		test.describe(`${phone.width}×${phone.height}, ${scheme}${flare ? ', flare mode' : ''}`, () => {
			test.use({ viewport: phone, colorScheme: scheme });

			test('each emergency yes in the check puts the call button in front of the person', async ({
				page
			}) => {
				await display(page, flare);
				await page.goto('/red-flags');
				await expect(page.getByRole('alert')).toHaveCount(0);
				for (const sign of signsAt('emergency')) {
					await answer(page, sign, 'Yes');
					const bar = page.getByRole('alert');
					await expect(bar).toContainText(levelWords.emergency.title);
					await expect(bar).toBeFocused();
					const call = bar.getByRole('link', { name: 'Call 999' });
					await expect(call).toHaveAttribute('href', 'tel:999');
					await reachable(page, `Call 999 after "${sign}"`, call);
					await expect(bar).toContainText('Do not drive yourself');
					await answer(page, sign, 'No');
					await expect(page.getByRole('alert')).toHaveCount(0);
				}
			});

			test('an urgent yes puts its answer in view, and the full advice one tap away', async ({
				page
			}) => {
				await display(page, flare);
				await page.goto('/red-flags');
				for (const sign of signsAt('urgent')) {
					await answer(page, sign, 'Yes');
					const bar = page.getByRole('status').filter({ hasText: levelWords.urgent.title });
					await expect(bar).toBeFocused();
					await reachable(
						page,
						`the answer to "${sign}"`,
						bar.getByRole('button', { name: 'What to do' })
					);
					await answer(page, sign, 'No');
					await expect(bar).toHaveCount(0);
				}
				// The last question stays answerable above the bar, and its advice comes into view.
				await answer(page, 'fever', 'Yes');
				await answer(page, 'worried', 'Yes');
				await page.getByRole('button', { name: 'What to do' }).click();
				const card = page.getByRole('region', { name: levelWords.urgent.title });
				await expect(card).toBeFocused();
				await reachable(
					page,
					'the advice title',
					card.getByRole('heading', { name: levelWords.urgent.title })
				);
			});

			test('an emergency sign saved in the check-in brings the call button into view', async ({
				page
			}) => {
				await display(page, flare);
				await openWithPinnedClock(page, '/#check-in', T0);
				const checkIn = page.locator('#check-in');
				await answerCheckIn(checkIn, {
					pain: 6,
					spasms: 'Yes',
					numbness: ['Between the legs, bottom or inner thighs', 'Down one leg']
				});
				await checkIn.getByRole('button', { name: 'Save check-in' }).click();
				const notice = page.getByRole('region', { name: levelWords.emergency.title });
				await expect(notice).toBeFocused();
				await reachable(
					page,
					'Call 999 after the check-in',
					notice.getByRole('link', { name: 'Call 999' })
				);

				// Changed to one leg only: the urgent advice comes into view in its place.
				await checkIn.getByRole('button', { name: 'Change check-in' }).click();
				await answerCheckIn(checkIn, { pain: 6, spasms: 'Yes', numbness: 'Down one leg' });
				await checkIn.getByRole('button', { name: 'Update check-in' }).click();
				const urgent = page.getByRole('region', { name: levelWords.urgent.title });
				await expect(urgent).toBeFocused();
				await reachable(
					page,
					'the urgent advice after the check-in',
					urgent.getByRole('heading', { name: levelWords.urgent.title })
				);
			});
		});
	}
}

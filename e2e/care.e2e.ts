// When to get help: each level reached from the red-flag check and from the daily check-in, the
// emergency number for the device's region, and "none of these now" never saying all is well.
// The journal tests pin the clock (see helpers.ts `openWithPinnedClock`).
import { expect, test, type Page } from '@playwright/test';
import careWords from '../src/lib/messages/care.en';
import { SIGN_LEVEL, SIGNS, type SignId } from '../src/lib/core/triage';
import { answerCheckIn, openWithPinnedClock } from './helpers';

const { levels: levelWords, none: noneWords, signs: signWords } = careWords;

const byLevel = (level: string) => SIGNS.filter((s) => SIGN_LEVEL[s] === level);
const berlin = (isoLocal: string) => new Date(`${isoLocal}+02:00`).getTime();

async function returningUser(page: Page): Promise<void> {
	await page.addInitScript(() =>
		localStorage.setItem('limber:display', JSON.stringify({ introSeen: true }))
	);
}

async function answer(page: Page, sign: SignId, choice: 'Yes' | 'No'): Promise<void> {
	await page
		.getByRole('group', { name: signWords[sign].question })
		.getByRole('radio', { name: choice, exact: true })
		.check();
}

test.describe('the check', () => {
	test.use({ locale: 'en-GB' });
	test.beforeEach(({ page }) => returningUser(page));

	test('an emergency sign is answered at once, with a big call button first', async ({ page }) => {
		await page.goto('/');
		// One tap from every screen.
		await page.getByRole('banner').getByRole('link', { name: 'Get help' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'When to get help' })).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);

		for (const sign of byLevel('emergency')) {
			await answer(page, sign, 'Yes');
			// Announced at once, in a bar that stays in view, the call button in it.
			const alert = page.getByRole('alert');
			await expect(alert).toBeVisible();
			await expect(alert).toContainText(levelWords.emergency.title);
			await expect(alert).toContainText('Do not drive yourself');
			await expect(alert.getByRole('link', { name: 'Call 999' })).toHaveAttribute(
				'href',
				'tel:999'
			);
			await expect(alert).toContainText('or your local emergency number');
			// The full advice under the questions: why, the call button first, what to do.
			const advice = page.getByRole('region', { name: levelWords.emergency.title });
			await expect(advice).toContainText(signWords[sign].reason);
			await expect(advice.getByRole('link').first()).toHaveText('Call 999');
			const call = advice.getByRole('link', { name: 'Call 999' });
			await expect(call).toHaveAttribute('href', 'tel:999');
			// Hard to miss: wide and at least 64 px tall.
			const box = (await call.boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(64);
			expect(box.width).toBeGreaterThanOrEqual(200);
			await answer(page, sign, 'No');
			await expect(page.getByRole('alert')).toHaveCount(0);
		}
	});

	test('an urgent sign says see a doctor today, and asks for the emergency questions too', async ({
		page
	}) => {
		await page.goto('/red-flags');
		await answer(page, 'one-leg', 'Yes');
		const result = page.getByRole('region', { name: levelWords.urgent.title });
		await expect(result).toBeVisible();
		await expect(result).toContainText(signWords['one-leg'].reason);
		await expect(result).toContainText('Stop stretching until you have been seen');
		await expect(result).toContainText('answer the questions above');
		for (const sign of byLevel('emergency')) await answer(page, sign, 'No');
		await expect(result).not.toContainText('answer the questions above');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.getByRole('link', { name: /^Call/ })).toHaveCount(0);
	});

	test('an appointment sign says book one in the next few days', async ({ page }) => {
		await page.goto('/red-flags');
		for (const sign of [...byLevel('emergency'), ...byLevel('urgent')])
			await answer(page, sign, 'No');
		await answer(page, 'lasting-spasms', 'Yes');
		const result = page.getByRole('region', { name: levelWords.appointment.title });
		await expect(result).toContainText(signWords['lasting-spasms'].reason);
		await expect(result).toContainText('in the next few days');
		await expect(result).not.toContainText('answer the questions above');
	});

	test('none of these now lists the emergency signs to watch for, and stores nothing', async ({
		page
	}) => {
		await page.goto('/red-flags');
		const result = page.getByRole('status').filter({ hasText: noneWords.title });
		for (const sign of SIGNS.slice(0, -1)) await answer(page, sign, 'No');
		await expect(result).toHaveCount(0);
		await expect(page.getByRole('status').filter({ hasText: 'One question left.' })).toBeVisible();
		await answer(page, SIGNS[SIGNS.length - 1]!, 'No');
		await expect(result).toBeVisible();
		await expect(page.getByText(/no warning signs/i)).toHaveCount(0);
		await expect(result).toContainText(noneWords.watch);
		for (const sign of byLevel('emergency'))
			await expect(result).toContainText(signWords[sign].label);
		await expect(result.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
		await expect(result).toContainText(
			'If your spasms stop within a day, a visit is usually not needed.'
		);

		await page.reload();
		for (const sign of SIGNS) {
			for (const name of ['Yes', 'No']) {
				await expect(
					page.getByRole('group', { name: signWords[sign].question }).getByRole('radio', { name })
				).not.toBeChecked();
			}
		}
		await expect(result).toHaveCount(0);
	});
});

for (const [locale, number] of [
	['en-US', '911'],
	['en-AU', '000'],
	['en-NZ', '111'],
	// 112 elsewhere (a German or Spanish browser opens the check in its language: see
	// languages-care.e2e.ts, which asks the same of de-DE, es-ES and es-MX).
	['en-IE', '112']
] as const) {
	test.describe(`in ${locale}`, () => {
		test.use({ locale });
		test(`the call button dials ${number}`, async ({ page }) => {
			await returningUser(page);
			await page.goto('/red-flags');
			await answer(page, 'bladder-bowel', 'Yes');
			await expect(
				page.getByRole('alert').getByRole('link', { name: `Call ${number}` })
			).toHaveAttribute('href', `tel:${number}`);
		});
	});
}

test.describe('from the daily check-in', () => {
	test.use({ locale: 'en-GB' });
	test.beforeEach(({ page }) => returningUser(page));

	test('starts its yes/no questions unanswered and will not save until they are', async ({
		page
	}) => {
		await openWithPinnedClock(page, '/#check-in', berlin('2025-05-12T08:30:00'));
		const checkIn = page.locator('#check-in');
		for (const name of [
			'Spasms today?',
			'Numbness or tingling today?',
			'New bladder or bowel trouble'
		])
			await expect(
				checkIn.getByRole('group', { name }).getByRole('radio', { checked: true })
			).toHaveCount(0);
		await checkIn.getByRole('radio', { name: '5 out of 10', exact: true }).click();
		await checkIn.getByRole('button', { name: 'Save check-in' }).click();
		await expect(checkIn.getByRole('alert')).toContainText('Answer each question above');
		await expect(checkIn.getByRole('status')).not.toContainText('saved');
	});

	test('an emergency sign comes into view with the call button, and stretches are not offered', async ({
		page
	}) => {
		await openWithPinnedClock(page, '/#check-in', berlin('2025-05-12T08:30:00'));
		const checkIn = page.locator('#check-in');
		await expect(page.getByRole('button', { name: /start gentle stretches/i })).toBeVisible();
		await answerCheckIn(checkIn, {
			pain: 6,
			spasms: 'Yes',
			numbness: 'Between the legs, bottom or inner thighs'
		});
		await checkIn.getByRole('button', { name: 'Save check-in' }).click();
		const notice = page.getByRole('region', { name: levelWords.emergency.title });
		await expect(notice).toBeFocused();
		await expect(notice).toBeInViewport();
		await expect(notice).toContainText(
			'You logged numbness or tingling between your legs or around your bottom today.'
		);
		await expect(notice.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
		await expect(checkIn.getByRole('status')).toContainText('see above');
		// Neither Today's stretch card nor the episode plan (the check-in opened one) offers them.
		await expect(page.getByRole('button', { name: /spasm relief|gentle stretches/i })).toHaveCount(
			0
		);

		// Still there after a reload, above everything but the title.
		await page.reload();
		await expect(notice).toBeVisible();
		const top = (await page.getByRole('heading', { level: 1 }).boundingBox())!.y;
		expect((await notice.boundingBox())!.y).toBeGreaterThan(top);
		expect((await notice.boundingBox())!.y).toBeLessThan(
			(await page.locator('#episode-title').boundingBox())!.y
		);

		// Correcting the check-in takes it away and brings the stretches back.
		await checkIn.getByRole('button', { name: 'Change check-in' }).click();
		await checkIn
			.getByRole('group', { name: 'Numbness or tingling today?' })
			.getByLabel('No')
			.check();
		await checkIn.getByRole('button', { name: 'Update check-in' }).click();
		await expect(notice).toHaveCount(0);
		await expect(
			page.getByRole('button', { name: /spasm relief|gentle stretches/i }).first()
		).toBeVisible();
	});

	test('bladder trouble is an emergency; numbness down one leg is urgent', async ({ page }) => {
		await openWithPinnedClock(page, '/#check-in', berlin('2025-05-12T08:30:00'));
		const checkIn = page.locator('#check-in');
		await answerCheckIn(checkIn, { pain: 4, bladder: 'Yes' });
		await checkIn.getByRole('button', { name: 'Save check-in' }).click();
		await expect(page.getByRole('region', { name: levelWords.emergency.title })).toContainText(
			'You logged new trouble with your bladder or bowels today.'
		);
		await checkIn.getByRole('button', { name: 'Change check-in' }).click();
		await answerCheckIn(checkIn, { pain: 4, numbness: 'Down one leg' });
		await checkIn.getByRole('button', { name: 'Update check-in' }).click();
		const urgent = page.getByRole('region', { name: levelWords.urgent.title });
		await expect(urgent).toBeFocused();
		await expect(urgent).toContainText('You logged numbness or tingling down one leg today.');
		await expect(urgent.getByRole('link', { name: /^Call/ })).toHaveCount(0);
		await expect(page.getByRole('button', { name: /start gentle stretches/i })).toHaveCount(0);
	});

	test('severe pain is asked in words: rising, it is urgent; a high number alone is not', async ({
		page
	}) => {
		await openWithPinnedClock(page, '/#check-in', berlin('2025-05-12T08:30:00'));
		const checkIn = page.locator('#check-in');
		await answerCheckIn(checkIn, { pain: 8, spasms: 'Yes' });
		await checkIn.getByRole('button', { name: 'Save check-in' }).click();
		await expect(checkIn.getByRole('status')).toContainText('You can change it');

		// The next day: 8 again, not severe in words. Common in a spasm: no notice.
		await page.clock.fastForward('24:00:00');
		await expect(checkIn.getByRole('button', { name: 'Check in', exact: true })).toBeVisible();
		await answerCheckIn(checkIn, { pain: 8, spasms: 'Yes' });
		await checkIn.getByRole('button', { name: 'Save check-in' }).click();
		await expect(checkIn.getByRole('status')).toContainText('You can change it');
		await expect(page.getByRole('region', { name: levelWords.urgent.title })).toHaveCount(0);

		// Then 9, and so bad it is hard to think, sleep or move: a doctor today.
		await page.clock.fastForward('24:00:00');
		await expect(checkIn.getByRole('button', { name: 'Check in', exact: true })).toBeVisible();
		await answerCheckIn(checkIn, { pain: 9, spasms: 'Yes', severe: 'Yes' });
		await checkIn.getByRole('button', { name: 'Save check-in' }).click();
		const urgent = page.getByRole('region', { name: levelWords.urgent.title });
		await expect(urgent).toBeFocused();
		await expect(urgent).toContainText('it has gone up (8, then 9 out of 10)');
		// The history shows the same reason from the same rules.
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'History' })
			.click();
		await expect(page.getByRole('region', { name: levelWords.urgent.title })).toContainText(
			'it has gone up'
		);
	});
});

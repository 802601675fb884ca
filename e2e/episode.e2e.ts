// A spasm episode from the first minute: Day 1 and the first hours, Day 2 the next morning, a
// finished Ice 20 ticking its item (and one skipped through not), the heat suggestion after cold
// did not help twice, the stage that follows the journal from day four, and the report for a
// doctor. Time comes from page.clock: install, goto, then pause before taps.
import { expect, test, type Page } from '@playwright/test';
import { answerCheckIn, seed, stored } from './helpers';
import { beginSession, stopSession } from './session';

const START = new Date('2026-03-02T09:00:00').getTime();
const MIN = 60_000;

async function returningUser(page: Page): Promise<void> {
	await page.addInitScript(() => {
		if (!localStorage.getItem('limber:display'))
			localStorage.setItem('limber:display', JSON.stringify({ introSeen: true }));
	});
}

async function openToday(page: Page, at = START): Promise<void> {
	await returningUser(page);
	await page.clock.install({ time: at });
	await page.goto('/');
	await page.clock.pauseAt(at + MIN);
}

const card = (page: Page) => page.getByRole('region', { name: /^Day \d+/ });

/** The daily check-in, saved with spasms. */
async function checkInWithSpasms(page: Page, pain = 6, note?: string): Promise<void> {
	const form = page.getByRole('region', { name: 'Daily check-in' });
	await answerCheckIn(form, { pain, spasms: 'Yes' });
	if (note !== undefined) await form.getByRole('textbox', { name: /Note/ }).fill(note);
	await form.getByRole('button', { name: /Save check-in/ }).click();
	await expect(form.getByRole('status')).toContainText('Check-in saved');
}

function coldSession(n: number, startedAt: number): Record<string, unknown> {
	return {
		id: `cold-${n}`,
		kind: 'timer',
		sourceId: 'ice-20',
		title: 'Ice, 20 minutes',
		activity: 'ice',
		startedAt,
		endedAt: startedAt + 40 * MIN,
		activeMs: 40 * MIN,
		plannedMs: 40 * MIN,
		completedSegments: 2,
		totalSegments: 2,
		completed: true,
		painBefore: 6,
		painAfter: 6
	};
}

test('"Back just seized?" starts the first hours and an episode: Day 1 and its plan', async ({
	page
}) => {
	await openToday(page);
	await expect(card(page)).toHaveCount(0);
	const hero = page.getByRole('region', { name: 'Back just seized?' });
	await expect(
		hero.getByRole('button', { name: 'Start gentle stretches, lying down', exact: true })
	).toBeVisible();
	await hero.getByRole('button', { name: /^On a bed or sofa/ }).click();
	await expect(page).toHaveURL(/\/play$/);
	await beginSession(page);
	// A resting position first, not a kneeling stretch.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Get ready|log roll/i);

	await stopSession(page);
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await page.clock.runFor(100);
	const episode = card(page);
	await expect(episode.getByRole('heading', { level: 2 })).toHaveText(/Day 1\s*The first hours/);
	const items = episode.getByRole('listitem');
	await expect(items.first()).toContainText('Get into an easy resting position');
	await expect(episode).toContainText('Cold for 20 minutes');
	await expect(episode).toContainText('A calm breathing session');
	await expect(episode).toContainText('Walk for 3 minutes');
	await expect(episode.getByRole('button', { name: /^Start a 3-minute walk/ })).toBeVisible();
	await expect(episode).toContainText('Check the warning signs');
	await expect(episode).toContainText('Pain relief, if you use it');
	// The hero steps back while the plan is there; stretches lying down stay one tap away (no
	// kneeling on Day 1).
	await expect(hero).toHaveCount(0);
	await expect(episode.getByRole('button', { name: 'Gentle stretches, lying down' })).toBeVisible();
	await expect(episode.getByRole('button', { name: /Spasm relief/ })).toHaveCount(0);
});

test('a check-in with spasms starts an episode, and the next day is Day 2', async ({ page }) => {
	await openToday(page);
	await checkInWithSpasms(page);
	await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(/Day 1/);

	// The next morning, a little under 24 hours later.
	await page.clock.setSystemTime(new Date('2026-03-03T07:30:00'));
	await page.reload();
	await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(
		/Day 2\s*The next few days/
	);
	// Cold first; heat comes in only once cold has not helped.
	await expect(card(page)).toContainText('Cold for 20 minutes');
	await expect(card(page)).not.toContainText('Heat for 20 minutes');
	await expect(card(page)).toContainText('Since Mar 2');
});

test('after a check-in, Today shows what was saved against yesterday, and it stays editable', async ({
	page
}) => {
	await openToday(page);
	await checkInWithSpasms(page, 7);
	const checkIn = page.getByRole('region', { name: 'Daily check-in' });
	// The form gives way to what was recorded; focus stays in the check-in.
	await expect(checkIn.getByRole('button', { name: 'Save check-in' })).toHaveCount(0);
	await expect(checkIn.getByRole('heading', { name: 'Daily check-in' })).toBeFocused();
	await expect(checkIn).toContainText('There is no check-in from yesterday to compare with.');

	// The next day starts with the form again; saving shows the change since yesterday.
	await page.clock.setSystemTime(new Date('2026-03-03T10:00:00'));
	await page.reload();
	await checkInWithSpasms(page, 4, 'Easier after the walk');
	// Each answer is a term and its definition.
	const answer = (term: string) =>
		checkIn
			.getByRole('term')
			.filter({ hasText: new RegExp(`^${term}$`) })
			.locator('xpath=following-sibling::dd[1]');
	await expect(answer('Pain')).toHaveText(/^4 out of 10\s*· down 3 from yesterday’s 7$/);
	await expect(answer('Spasms')).toHaveText(/^Yes\s*· same as yesterday$/);
	// The rest are folded under them, a tap away.
	await expect(answer('Note')).toBeHidden();
	await checkIn.getByText('Other answers').click();
	await expect(answer('Note')).toHaveText('Easier after the walk');
	await expect(checkIn).not.toContainText('no check-in from yesterday');

	// Changing it opens the form with today's answers; "Keep it as it was" changes nothing.
	await checkIn.getByRole('button', { name: 'Change check-in' }).click();
	const four = checkIn.getByRole('radio', { name: '4 out of 10', exact: true });
	await expect(four).toHaveAttribute('aria-checked', 'true');
	await expect(four).toBeFocused();
	await checkIn.getByRole('radio', { name: '5 out of 10', exact: true }).click();
	await checkIn.getByRole('button', { name: 'Keep it as it was' }).click();
	await expect(answer('Pain')).toHaveText(/^4 out of 10/);

	await checkIn.getByRole('button', { name: 'Change check-in' }).click();
	await checkIn.getByRole('radio', { name: '5 out of 10', exact: true }).click();
	await checkIn.getByRole('button', { name: 'Update check-in' }).click();
	await expect(checkIn.getByRole('status')).toContainText('Check-in saved');
	await expect(answer('Pain')).toHaveText(/^5 out of 10\s*· down 2 from yesterday’s 7$/);
	await page.reload();
	await expect(answer('Pain')).toHaveText(/^5 out of 10/);
});

test('a finished Ice 20 ticks its plan item', async ({ page }) => {
	await openToday(page);
	await checkInWithSpasms(page);
	const cold = card(page).getByRole('listitem').filter({ hasText: 'Cold for 20 minutes' });
	await expect(cold).not.toContainText('Done today');
	await cold.getByRole('button', { name: /Start Ice 20/ }).click();
	await expect(page).toHaveURL(/\/play$/);
	await beginSession(page);
	await expect(page.getByRole('timer')).toHaveText('20:00');
	await page.clock.fastForward(40 * MIN + 1000);
	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await page.clock.runFor(100);
	const ticked = card(page).getByRole('listitem').filter({ hasText: 'Cold for 20 minutes' });
	await expect(ticked).toContainText('Done today');
	await expect(ticked).toContainText('(done today)');
});

test('an Ice 20 skipped through with Next in seconds does not tick its plan item', async ({
	page
}) => {
	await openToday(page);
	await checkInWithSpasms(page);
	const cold = () => card(page).getByRole('listitem').filter({ hasText: 'Cold for 20 minutes' });
	await cold()
		.getByRole('button', { name: /Start Ice 20/ })
		.click();
	await expect(page).toHaveURL(/\/play$/);
	await beginSession(page);
	await expect(page.getByRole('timer')).toHaveText('20:00');
	const next = page.getByRole('button', { name: 'Next', exact: true });
	const done = page.getByRole('heading', { name: 'Well done' });
	for (let i = 0; i < 5 && !(await done.isVisible()); i++) {
		await next.click();
		await page.clock.runFor(1000);
	}
	await expect(done).toBeVisible();
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await page.clock.runFor(100);
	// Recorded as completed, as the player records it, yet not done: less than half of it ran.
	await expect
		.poll(async () => (await stored<{ completed: boolean }>(page, 'sessions')).length)
		.toBe(1);
	expect((await stored<{ completed: boolean }>(page, 'sessions'))[0]?.completed).toBe(true);
	await expect(cold()).toBeVisible();
	await expect(cold()).not.toContainText('Done today');
});

test('two cold sessions that did not ease the pain bring the heat suggestion', async ({ page }) => {
	await openToday(page);
	await checkInWithSpasms(page);
	await expect(card(page).getByRole('listitem').first()).toContainText(
		'Get into an easy resting position'
	);
	await seed(page, {
		sessions: [coldSession(1, START + 2 * MIN), coldSession(2, START + 50 * MIN)]
	});
	await page.clock.setSystemTime(START + 2 * 60 * MIN);
	await page.reload();
	const first = card(page).getByRole('listitem').first();
	await expect(first).toContainText('Heat for 20 minutes');
	await expect(first).toContainText('Cold did not ease the pain on two sessions');
	await expect(first.getByRole('button', { name: /Start Heat 20/ })).toBeVisible();
});

test('the report for a doctor shows the episode’s check-ins and offers printing', async ({
	page
}) => {
	await openToday(page);
	await checkInWithSpasms(page, 7);
	await seed(page, { sessions: [coldSession(1, START + 2 * MIN)] });
	// The next day, a lower rating with a note.
	await page.clock.setSystemTime(new Date('2026-03-03T10:00:00'));
	await page.reload();
	await checkInWithSpasms(page, 4, 'Easier after the walk');

	await page.goto('/history');
	await page.getByRole('link', { name: /^Report for your doctor for / }).click();
	// The clock is paused: let the router's timers run.
	await page.clock.runFor(500);
	await expect(page).toHaveURL(/\/history\/report/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report for your doctor');
	const days = page.getByRole('table').filter({ hasText: 'Numbness or tingling' });
	await expect(days.getByRole('row')).toHaveCount(3);
	await expect(days.getByRole('row').nth(1)).toContainText(/1\s*Mar 2\s*7\/10\s*Yes\s*No/);
	await expect(days.getByRole('row').nth(2)).toContainText('Easier after the walk');
	const tried = page.getByRole('table').filter({ hasText: 'Pain before' });
	await expect(tried.getByRole('row').nth(1)).toContainText(/Ice, 20 minutes\s*40 min\s*6\s*6/);

	// Print calls the browser's print, which also saves a PDF.
	await page.evaluate(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => {
			(window as unknown as { printed: number }).printed++;
		};
	});
	await page.getByRole('button', { name: 'Print or save as PDF' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

	// Printed, the page keeps the report and drops the app around it.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
	await expect(days).toBeVisible();
});

/** A check-in as the app saves it, for seeding. */
function checkIn(date: string, pain: number, spasms: boolean): Record<string, unknown> {
	return {
		date,
		pain,
		spasms,
		numbness: false,
		bladderBowel: false,
		severe: false,
		water: 0,
		note: '',
		updatedAt: new Date(`${date}T10:00:00`).getTime()
	};
}

/** Check-ins from Monday 2 March 2026 (day 1) on, with spasms on the first `spasmDays` days. */
const journal = (pains: number[], spasmDays: number) =>
	pains.map((pain, i) => checkIn(`2026-03-0${i + 2}`, pain, i < spasmDays));

/** Opens History at 10:00 on `day` (creating the database), seeds the episode tapped on day 1
 * and the journal, then opens Today. */
async function episodeOnDay(page: Page, day: number, entries: Record<string, unknown>[]) {
	await returningUser(page);
	const at = new Date(`2026-03-0${day + 1}T10:00:00`).getTime();
	await page.clock.install({ time: at });
	await page.goto('/history');
	await page.clock.pauseAt(at + MIN);
	await seed(page, {
		episodes: [{ id: 'ep-1', startedAt: START, startDay: '2026-03-02', updatedAt: START }],
		journal: entries
	});
	await page.goto('/');
	await page.clock.runFor(100);
}

const notice = (page: Page) => page.getByRole('region', { name: 'Book a doctor’s appointment' });

test('a journal that eases (pain 7, 6, 6, 5, 4; spasms on days 1–2) says so on days 4 and 5, with no push to have it looked at', async ({
	page
}) => {
	await episodeOnDay(page, 4, journal([7, 6, 6, 5], 2));
	const episode = card(page);
	await expect(episode.getByRole('heading', { level: 2 })).toHaveText(/Day 4\s*Easing/);
	await expect(episode).toContainText(
		'Easing: pain 7 → 5 since Monday; no spasms logged since yesterday.'
	);
	await expect(episode).not.toContainText(/not easing|more than three days|looked at/i);
	await expect(episode).not.toContainText(/book a doctor’s appointment/i);
	await expect(notice(page)).toHaveCount(0);

	// Day 5, with its check-in.
	await seed(page, { journal: journal([7, 6, 6, 5, 4], 2) });
	await page.clock.setSystemTime(new Date('2026-03-06T10:00:00'));
	await page.reload();
	await page.clock.runFor(100);
	await expect(episode.getByRole('heading', { level: 2 })).toHaveText(/Day 5\s*Easing/);
	await expect(episode).toContainText(
		'Easing: pain 7 → 4 since Monday; no spasms logged since Wednesday.'
	);
	await expect(episode).not.toContainText(/not easing|more than three days|looked at/i);
	await expect(notice(page)).toHaveCount(0);
});

test('a journal where the spasms go on shows the appointment on day 4, counted from the tap', async ({
	page
}) => {
	await episodeOnDay(page, 4, journal([7, 7, 6, 6], 4));
	const episode = card(page);
	await expect(episode.getByRole('heading', { level: 2 })).toHaveText(/Day 4\s*Not easing yet/);
	// The notice right above the card says why, once: the plan carries on as it was.
	await expect(episode).not.toContainText(/book a doctor’s appointment/i);
	await expect(episode.getByRole('button', { name: /^Start/ }).first()).toBeVisible();
	// The notice counts the same days as the card.
	await expect(notice(page)).toBeVisible();
	await expect(notice(page)).toContainText(
		'It is day 4, and your latest check-in still logs spasms.'
	);
});

test('Day 2 opens with one thing to do now, its Start on the first screen of a phone, the rest one line each', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await episodeOnDay(page, 2, []);
	const plan = card(page).getByRole('list', { name: 'The plan for today' });
	const now = plan.getByRole('listitem').first();
	await expect(now).toContainText('Now');
	await expect(now).toContainText('Cold for 20 minutes');
	// The one filled Start is whole on the first screen, not covered by the tab bar.
	const start = now.getByRole('button', { name: /^Start Ice 20/ });
	const box = await start.boundingBox();
	expect(box && box.y + box.height).toBeLessThanOrEqual(844 - 64);
	expect(
		await start.evaluate((el) => {
			const r = el.getBoundingClientRect();
			const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
			return hit !== null && el.contains(hit);
		})
	).toBe(true);
	// Later items: one line each with a 48 px start, the why folded under the title.
	const walk = plan.getByRole('listitem').filter({ hasText: 'Walk for 3 minutes' });
	const walkStart = walk.getByRole('button', { name: /Start a 3-minute walk/ });
	expect((await walkStart.boundingBox())?.height).toBeGreaterThanOrEqual(48);
	const why = walk.locator('details p').first();
	await expect(why).toBeHidden();
	await walk.locator('summary').click();
	await expect(why).toBeVisible();
	// The whole page, check-in included, is at most two screens.
	expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
		2 * 844
	);
	// The plan's "Check in once today" opens the check-in's questions in one tap.
	const checkInItem = plan.getByRole('listitem').filter({ hasText: 'Check in once today' });
	await checkInItem.getByRole('link').click();
	const checkIn = page.getByRole('region', { name: 'Daily check-in' });
	await expect(checkIn.getByRole('radio', { name: '5 out of 10', exact: true })).toBeInViewport();
	// "Not now" folds the questions again, nothing stored and nothing said about saving.
	await checkIn.getByRole('button', { name: 'Not now' }).click();
	await expect(checkIn.getByRole('heading', { name: 'Daily check-in' })).toBeFocused();
	await expect(checkIn.getByRole('button', { name: 'Check in', exact: true })).toBeVisible();
	await expect(checkIn.getByRole('status')).toHaveText('');
	expect(await stored(page, 'journal')).toEqual([]);
});

// Every day of a first week, before and after the day's check-in (the spasms going on, so the
// appointment notice stands from day 4): Today stays within two screens of a 390×844 phone, with
// a Start on the first.
for (const day of [1, 2, 3, 4, 5, 6, 7])
	test(`Today on day ${day} is at most two screens tall, before and after its check-in`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const pains = [7, 7, 6, 6, 6, 5, 5];
		for (const done of [false, true]) {
			const entries = journal(pains.slice(0, done ? day : day - 1), 7);
			if (done) {
				await seed(page, { journal: entries });
				await page.reload();
				await page.clock.runFor(100);
			} else await episodeOnDay(page, day, entries);
			await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(
				new RegExp(`Day ${day}`)
			);
			const checkIn = page.getByRole('region', { name: 'Daily check-in' });
			await expect(
				checkIn.getByRole('button', { name: done ? 'Change check-in' : 'Check in', exact: true })
			).toBeVisible();
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			expect(height, `day ${day}, check-in ${done ? 'saved' : 'not yet'}`).toBeLessThanOrEqual(
				2 * 844
			);
			// The one thing first: the reason to book a doctor from day 4 (the spasms going on),
			// else the plan's Start.
			const notice = page.getByRole('region', { name: 'Book a doctor’s appointment' });
			if (day >= 4) await expect(notice).toBeVisible();
			else await expect(notice).toHaveCount(0);
			const first =
				day >= 4
					? notice.getByRole('heading')
					: card(page)
							.getByRole('button', { name: /^Start/ })
							.first();
			const box = (await first.boundingBox())!;
			expect(box.y + box.height).toBeLessThanOrEqual(844 - 64);
		}
	});

/** Five days of an episode, Monday 2 to Friday 6 March 2026, each with a check-in (numbness
 * down one leg on the Wednesday, notes on some) and a cold session on four of them. */
async function fiveDays(page: Page, path: string): Promise<void> {
	await returningUser(page);
	const at = new Date('2026-03-06T18:00:00').getTime();
	await page.clock.install({ time: at });
	await page.goto('/history');
	await page.clock.pauseAt(at + MIN);
	const entries = journal([7, 7, 6, 5, 4], 3).map((e, i) => ({
		...e,
		note: i % 2 === 0 ? 'Slept badly, worse getting out of bed and after sitting at work' : '',
		...(i === 2 ? { numbness: true, numbnessWhere: ['one-leg'] } : {})
	}));
	await seed(page, {
		episodes: [{ id: 'ep-1', startedAt: START, startDay: '2026-03-02', updatedAt: START }],
		journal: entries,
		sessions: [0, 1, 3, 4].map((d) => coldSession(d, START + d * 24 * 60 * MIN + 4 * 60 * MIN))
	});
	await page.goto(path);
	await page.clock.runFor(500);
}

for (const [width, height] of [
	[320, 568],
	[360, 640],
	[390, 844]
] as const)
	test.describe(`a phone ${width} wide`, () => {
		test.use({ viewport: { width, height }, isMobile: true, hasTouch: true });

		test('History and the report fit the screen, with no sideways scrolling', async ({ page }) => {
			// A phone's viewport widens to hold what overflows, so the page's width is checked
			// against the screen's, not against the viewport's.
			const widths = () =>
				page.evaluate(() => ({
					page: document.documentElement.scrollWidth,
					viewport: window.innerWidth
				}));
			await fiveDays(page, '/history');
			await expect(page.getByRole('region', { name: 'Episodes' })).toBeVisible();
			await expect(page.getByRole('figure', { name: 'Pain over time' })).toBeVisible();
			expect(await widths(), '/history').toEqual({ page: width, viewport: width });
			await page.goto('/history/report');
			await page.clock.runFor(500);
			await expect(page.getByRole('figure', { name: 'Pain during the episode' })).toBeVisible();
			expect(await widths(), '/history/report').toEqual({ page: width, viewport: width });
		});
	});

test('the report of a five-day episode prints on one A4 page, headed with the name and the date, every check-in day on its chart', async ({
	page
}) => {
	await fiveDays(page, '/history/report');
	const report = page.getByRole('article');
	await expect(report.getByRole('table').first().getByRole('row')).toHaveCount(6);
	// Each warning sign as it was answered.
	await expect(report).toContainText('New bladder or bowel trouble: no, on all 5 check-ins');
	await expect(report).toContainText(/Numbness or tingling: down one leg: yes on Mar 4; no on 4/);
	// Every day with a check-in is dated along the chart, the Wednesday of the numbness too.
	const chart = page.getByRole('figure', { name: 'Pain during the episode' });
	await expect(chart.locator('svg text.date')).toHaveText([
		'Mar 2',
		'Mar 3',
		'Mar 4',
		'Mar 5',
		'Mar 6'
	]);

	// A name typed in heads the page, with the day it is printed; the date only on paper.
	const head = report.locator('header');
	await expect(head.getByText(/^Printed/)).toBeHidden();
	await page.getByRole('textbox', { name: 'Name (optional)' }).fill('Alex Example');
	await expect(head).toContainText('Alex Example');
	await page.emulateMedia({ media: 'print' });
	await expect(head).toContainText('Alex Example');
	await expect(head.getByText('Printed Mar 6, 2026')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Name (optional)' })).toBeHidden();

	const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
	expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);

	// The name is kept nowhere: gone after a reload.
	await page.emulateMedia({ media: 'screen' });
	await page.reload();
	await page.clock.runFor(500);
	await expect(page.getByRole('textbox', { name: 'Name (optional)' })).toHaveValue('');
});

// After an episode settles: the "keep it away" weeks on Today (a gentle routine two or three
// times a week, a nudge after quiet days), the "If it comes back" note of what helped, and that
// note shown first at the next "Back just seized?". Time comes from page.clock.
import { expect, test, type Page } from '@playwright/test';
import { refuseWrites, seed, stored } from './helpers';
import { beginSession, stopSession } from './session';

const MIN = 60_000;
const EPISODE_START = new Date('2026-03-02T09:00:00').getTime();

/** An episode from 2 to 10 March, with one heat session that eased the pain. */
const settled = {
	id: 'ep-1',
	startedAt: EPISODE_START,
	startDay: '2026-03-02',
	endDay: '2026-03-10',
	endReason: 'settled',
	updatedAt: EPISODE_START
};
const heat = {
	id: 'heat-1',
	kind: 'timer',
	sourceId: 'heat-20',
	title: 'Heat 20',
	activity: 'heat',
	startedAt: new Date('2026-03-04T18:00:00').getTime(),
	endedAt: new Date('2026-03-04T18:20:00').getTime(),
	activeMs: 20 * MIN,
	plannedMs: 20 * MIN,
	completedSegments: 1,
	totalSegments: 1,
	completed: true,
	painBefore: 5,
	painAfter: 3
};

/** Today on `iso`, with the settled episode (and `episode`'s changes) in the journal. */
async function todayAfter(page: Page, iso: string, episode: Record<string, unknown> = {}) {
	await page.addInitScript(() => {
		if (!localStorage.getItem('limber:display'))
			localStorage.setItem('limber:display', JSON.stringify({ introSeen: true }));
	});
	const at = new Date(iso).getTime();
	await page.clock.install({ time: at });
	await page.goto('/history');
	await page.clock.pauseAt(at + MIN);
	await seed(page, { episodes: [{ ...settled, ...episode }], sessions: [heat] });
	await page.goto('/');
	await page.clock.runFor(100);
}

const keepUp = (page: Page) => page.getByRole('region', { name: 'Keeping it away' });
const hero = (page: Page) => page.getByRole('region', { name: 'Back just seized?' });

test('a settled episode brings the "keep it away" weeks and asks what helped; the note comes first when the back seizes again', async ({
	page
}) => {
	await todayAfter(page, '2026-03-11T10:00:00');
	const card = keepUp(page);
	await expect(card).toContainText('Week 1 of 6');
	await expect(card).toContainText('This week: 0 of 2.');
	await expect(card.getByRole('button', { name: /^Start Morning loosen-up/ })).toBeVisible();
	// Nothing noted yet, so nothing above the places.
	await expect(hero(page)).not.toContainText('What helped last time');

	// The note, started from what the journal shows.
	await card.getByRole('button', { name: 'Write what helped' }).click();
	const note = card.getByRole('textbox', { name: 'What helped' });
	await expect(note).toBeFocused();
	await card.getByRole('button', { name: 'Add to the note: Heat, 20 minutes, once' }).click();
	await expect(note).toHaveValue('Heat, 20 minutes');
	await note.press('End');
	await note.pressSequentially('; lying with my knees over a chair');
	await card.getByRole('button', { name: 'Save note' }).click();
	await expect(card.getByRole('status')).toHaveText(
		'Saved. Limber will show this first if your back seizes again.'
	);
	const [episode] = await stored<{ helped?: string }>(page, 'episodes');
	expect(episode?.helped).toBe('Heat, 20 minutes; lying with my knees over a chair');
	await expect(hero(page)).toContainText(
		'What helped last time: Heat, 20 minutes; lying with my knees over a chair'
	);

	// Four quiet days after the end: a gentle nudge. The note is still there.
	await page.clock.setSystemTime(new Date('2026-03-14T10:00:00'));
	await page.reload();
	await page.clock.runFor(100);
	await expect(keepUp(page)).toContainText(
		'It has been 4 days. A few minutes today keeps the habit going.'
	);
	await expect(keepUp(page)).toContainText('Heat, 20 minutes; lying with my knees over a chair');

	// The back seizes again: the note comes first on Day 1 too, and the weeks step back.
	await hero(page)
		.getByRole('button', { name: /^On the floor/ })
		.click();
	await expect(page).toHaveURL(/\/play$/);
	await beginSession(page);
	await stopSession(page);
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await page.clock.runFor(100);
	const day1 = page.getByRole('region', { name: /^Day 1/ });
	await expect(day1.getByRole('heading', { name: 'What helped last time' })).toBeVisible();
	await expect(day1).toContainText('Heat, 20 minutes; lying with my knees over a chair');
	await expect(keepUp(page)).toHaveCount(0);
});

test('two gentle sessions in a week meet the goal; after six weeks the card steps back and the note stays', async ({
	page
}) => {
	const routine = (id: string, iso: string) => ({
		...heat,
		id,
		kind: 'routine',
		sourceId: 'flare-day',
		title: 'Gentle stretches, lying down',
		activity: 'stretch',
		startedAt: new Date(iso).getTime(),
		endedAt: new Date(iso).getTime() + 10 * MIN,
		activeMs: 10 * MIN,
		plannedMs: 10 * MIN
	});
	await todayAfter(page, '2026-03-14T10:00:00', { helped: 'Heat, then a short walk' });
	await seed(page, {
		sessions: [routine('r1', '2026-03-11T08:00:00'), routine('r2', '2026-03-13T08:00:00')]
	});
	await page.reload();
	await page.clock.runFor(100);
	await expect(keepUp(page)).toContainText('2 this week: that is the habit that helps.');
	// The last one run is offered again.
	await expect(
		keepUp(page).getByRole('button', { name: /^Start Gentle stretches, lying down/ })
	).toBeVisible();

	await page.clock.setSystemTime(new Date('2026-04-22T10:00:00'));
	await page.reload();
	await page.clock.runFor(100);
	await expect(hero(page)).toContainText('What helped last time: Heat, then a short walk');
	await expect(keepUp(page)).toHaveCount(0);
});

test('a note the disk refuses is never called saved; Try again saves it once the disk takes it', async ({
	page
}) => {
	await todayAfter(page, '2026-03-11T10:00:00');
	const card = keepUp(page);
	await card.getByRole('button', { name: 'Write what helped' }).click();
	await card.getByRole('textbox', { name: 'What helped' }).fill('Rest on my side');
	const allowWrites = await refuseWrites(page);
	await card.getByRole('button', { name: 'Save note' }).click();
	// Held in memory for this visit, and said so: the reason, no "Saved".
	const alert = card.getByRole('alert');
	await expect(alert).toContainText("out of storage space, so this note isn't saved");
	await expect(card.getByRole('status')).not.toContainText('Saved');
	const [episode] = await stored<{ helped?: string }>(page, 'episodes');
	expect(episode?.helped).toBeUndefined();

	await allowWrites();
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(card.getByRole('status')).toHaveText(
		'Saved. Limber will show this first if your back seizes again.'
	);
	await expect(page.getByRole('alert')).toHaveCount(0);
	const [saved] = await stored<{ helped?: string }>(page, 'episodes');
	expect(saved?.helped).toBe('Rest on my side');
});

// One rule for every write, in the browser: while the disk refuses writes, a shared routine, a
// note on a session, a timer of one's own and a preference are never called saved, and an alert
// says why; once the disk takes writes again, one tap on Try again saves it, with no reload, and
// it is there after one. Writes are refused by making IndexedDB's put throw, as a full disk does.
import { expect, test, type Page } from '@playwright/test';
import { encodeRoutine } from '../src/lib/core/share';
import {
	answerCheckIn,
	evening,
	refuseDeletes,
	refuseWrites,
	seed,
	stored,
	storedRecord
} from './helpers';

const FULL = 'out of storage space';
const ASIDE = 'limber.unsaved-check-in';

const HEAT = {
	id: 'heat-1',
	kind: 'timer',
	sourceId: 'heat-20',
	title: 'Heat 20',
	activity: 'heat',
	startedAt: new Date('2026-03-04T18:00:00Z').getTime(),
	endedAt: new Date('2026-03-04T18:20:00Z').getTime(),
	activeMs: 1_200_000,
	plannedMs: 1_200_000,
	completedSegments: 1,
	totalSegments: 1,
	completed: true
};

/** The first-run note is read: it would sit over the page's foot. */
async function noteRead(page: Page) {
	await page.addInitScript(() => {
		if (!localStorage.getItem('limber:display'))
			localStorage.setItem('limber:display', JSON.stringify({ introSeen: true }));
	});
}

test.beforeEach(async ({ page }) => noteRead(page));

test('a shared routine saved while writes are refused is not called saved; Try again saves it once', async ({
	page
}) => {
	await page.goto(`/routines/shared#r=${encodeRoutine(evening)}`);
	const preview = page.getByRole('region', { name: 'Evening ease' });
	await expect(preview).toBeVisible();
	const allowWrites = await refuseWrites(page);
	await preview.getByRole('button', { name: 'Save to my routines' }).click();

	const alert = preview.getByRole('alert');
	await expect(alert).toContainText(FULL);
	await expect(alert).toContainText("this routine isn't saved on this device");
	await expect(preview.getByText('Preview: not saved yet')).toBeVisible();
	await expect(page.getByText(/Saved to/)).toHaveCount(0);
	expect(await stored(page, 'routines')).toEqual([]);

	await allowWrites();
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(
		preview.getByRole('status').filter({ hasText: 'Saved to your routines' })
	).toBeVisible();
	await expect(preview.getByRole('alert')).toHaveCount(0);
	// The storage warning has gone with the memory it spoke of.
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect((await stored<{ title: string }>(page, 'routines')).map((r) => r.title)).toEqual([
		'Evening ease'
	]);
	await page.goto('/routines');
	await expect(
		page
			.getByRole('region', { name: 'Your routines' })
			.getByRole('link', { name: 'Evening ease', exact: true })
	).toBeVisible();
});

test('a note edited while writes are refused is not shown as saved; Try again saves it', async ({
	page
}) => {
	await page.goto('/history');
	await seed(page, { sessions: [HEAT] });
	await page.reload();
	const row = page.getByRole('region', { name: 'Sessions' }).getByRole('listitem').first();
	await expect(row).toContainText('Heat, 20 minutes');
	const allowWrites = await refuseWrites(page);
	await row.getByRole('button', { name: /^Add note for/ }).click();
	await row.getByRole('textbox').fill('Helped after the drive home');
	await row.getByRole('button', { name: 'Save note' }).click();

	const alert = row.getByRole('alert');
	await expect(alert).toContainText(FULL);
	await expect(alert).toContainText("this note isn't saved on this device");
	// The note is still being edited, not shown as the session's.
	await expect(row.getByRole('textbox')).toHaveValue('Helped after the drive home');
	await expect(row.getByRole('button', { name: /^Edit note for/ })).toHaveCount(0);
	expect(await stored<{ note?: string }>(page, 'sessions')).toEqual([
		expect.not.objectContaining({ note: expect.anything() })
	]);

	await allowWrites();
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(row.getByRole('textbox')).toHaveCount(0);
	await expect(row).toContainText('Helped after the drive home');
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect((await stored<{ note?: string }>(page, 'sessions')).map((s) => s.note)).toEqual([
		'Helped after the drive home'
	]);
	await page.reload();
	await expect(row).toContainText('Helped after the drive home');
});

test('a timer of one’s own saved while writes are refused is not saved, and says so; Try again saves it once', async ({
	page
}) => {
	await page.goto('/timers/edit');
	await page.getByLabel('Name').fill('Evening ice');
	const first = page.getByRole('group', { name: /^Phase 1:/ });
	await first.getByLabel('What').selectOption({ label: 'Ice' });
	await first.getByLabel('How long').fill('12');
	const allowWrites = await refuseWrites(page);
	await page.getByRole('button', { name: 'Save timer' }).click();

	const form = page.locator('form');
	const alert = form.getByRole('alert');
	await expect(alert).toContainText(FULL);
	await expect(alert).toContainText("this timer isn't saved on this device");
	await expect(alert.getByRole('button', { name: 'Download this timer' })).toBeVisible();
	await expect(page).toHaveURL(/\/timers\/edit$/);
	expect(await stored(page, 'programs')).toEqual([]);

	await allowWrites();
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page).toHaveURL(/\/timers\/custom\?id=/);
	await expect(page.getByRole('heading', { level: 1, name: 'Evening ice' })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect((await stored<{ title: string }>(page, 'programs')).map((p) => p.title)).toEqual([
		'Evening ice'
	]);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Evening ice' })).toBeVisible();
});

test('a setting changed while writes are refused is not called saved; Try again saves it', async ({
	page
}) => {
	await page.goto('/settings');
	const section = page.getByRole('region', { name: 'Daily check-in reminder' });
	await expect(section).not.toHaveAttribute('inert');
	const allowWrites = await refuseWrites(page);
	await section.getByRole('checkbox', { name: 'Remind me each day' }).check();

	const alert = section.getByRole('alert');
	await expect(alert).toContainText(FULL);
	await expect(alert).toContainText("this setting isn't saved on this device");
	await expect(section.getByText(/Saved/)).toHaveCount(0);
	expect(await storedRecord(page, 'settings', 'pref.reminder')).toBeUndefined();

	await allowWrites();
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(section.getByRole('status')).toContainText('Saved: the reminder is on');
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(await storedRecord(page, 'settings', 'pref.reminder')).toBe(true);
	await page.reload();
	await expect(section.getByRole('checkbox', { name: 'Remind me each day' })).toBeChecked();
});

test('the cue switches, the theme and the flare switch say when they are not kept, and Try again keeps them', async ({
	page
}) => {
	await page.goto('/settings');
	const cues = page.getByRole('region', { name: 'Guidance and cues' });
	await expect(cues).not.toHaveAttribute('inert');
	const allowWrites = await refuseWrites(page);
	await cues.getByRole('checkbox', { name: /^Chime/ }).uncheck();
	await expect(cues.getByRole('alert')).toContainText(FULL);
	await allowWrites();
	await cues.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(await storedRecord(page, 'settings', 'pref.chime')).toBe(false);

	// The theme is kept by the browser's localStorage, refused here the same way.
	await page.evaluate(() => {
		const w = window as unknown as { __setItem?: Storage['setItem'] };
		w.__setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function () {
			throw new DOMException('The disk is full', 'QuotaExceededError');
		};
	});
	const appearance = page.getByRole('region', { name: 'Appearance' });
	await appearance.getByRole('radio', { name: 'Dark' }).check();
	await expect(appearance.getByRole('alert')).toContainText('lasts only until you close the app');
	await page.evaluate(() => {
		const w = window as unknown as { __setItem: Storage['setItem'] };
		Storage.prototype.setItem = w.__setItem;
	});
	await appearance.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
	await expect(appearance.getByRole('alert')).toHaveCount(0);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	// Flare mode turns spoken guidance on: a preference, refused like the others.
	await page.getByRole('region', { name: 'Guidance and cues' }).waitFor();
	await expect(cues).not.toHaveAttribute('inert');
	await cues.getByRole('checkbox', { name: /^Spoken guidance/ }).uncheck();
	await expect.poll(() => storedRecord(page, 'settings', 'pref.voice')).toBe(false);
	await page.goto('/');
	const allowAgain = await refuseWrites(page);
	await page.getByRole('switch', { name: 'Flare mode' }).click();
	const head = page.locator('.head');
	await expect(head.getByRole('alert')).toContainText("this setting isn't saved on this device");
	await allowAgain();
	await head.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(await storedRecord(page, 'settings', 'pref.voice')).toBe(true);
});

test('an episode begun with "Back just seized?" while writes are refused is not called saved: its card says why, and Try again saves it', async ({
	page
}) => {
	await page.goto('/');
	const hero = page.getByRole('region', { name: 'Back just seized?' });
	await expect(hero).toBeVisible();
	const allowWrites = await refuseWrites(page);
	// The routine starts all the same: it is needed now.
	await hero.getByRole('list').getByRole('button').first().click();
	await page.getByRole('link', { name: 'Not now' }).click();

	const card = page.getByRole('region', { name: /^Day 1/ });
	const alert = card.getByRole('alert');
	await expect(alert).toContainText("this episode isn't saved on this device");
	expect(await stored(page, 'episodes')).toEqual([]);

	await allowWrites();
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(card.getByRole('status')).toHaveText('Saved.');
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(await stored(page, 'episodes')).toHaveLength(1);
	await page.reload();
	await expect(page.getByRole('region', { name: /^Day 1/ })).toBeVisible();
});

test('a check-in held only in memory is never called saved, stays set aside for the next load, and Try again saves it', async ({
	page
}) => {
	await page.goto('/');
	const checkIn = page.getByRole('region', { name: 'Daily check-in' });
	await answerCheckIn(checkIn, { pain: 6 });
	const allowWrites = await refuseWrites(page);
	await checkIn.getByRole('button', { name: 'Save check-in' }).click();

	const alert = checkIn.getByRole('alert');
	await expect(alert).toContainText(FULL);
	await expect(alert).toContainText("this check-in isn't saved on this device");
	await expect(checkIn.getByText(/Saved/)).toHaveCount(0);
	// Closed with the alert standing, the summary says the same, never "Saved today at".
	await checkIn.getByRole('button', { name: 'Keep it as it was' }).click();
	await expect(checkIn.getByRole('alert')).toContainText(
		"this check-in isn't saved on this device"
	);
	await expect(checkIn.getByText(/Saved/)).toHaveCount(0);
	expect(await stored(page, 'journal')).toEqual([]);
	expect(await page.evaluate((key) => localStorage.getItem(key), ASIDE)).toContain('"pain":6');

	await allowWrites();
	await checkIn.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
	await expect(checkIn.getByText(/^Saved today at/)).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect((await stored<{ pain: number }>(page, 'journal')).map((e) => e.pain)).toEqual([6]);
	expect(await page.evaluate((key) => localStorage.getItem(key), ASIDE)).toBeNull();
});

test('a check-in held only in memory when the app closes is written when it opens again', async ({
	page
}) => {
	await page.goto('/');
	const checkIn = page.getByRole('region', { name: 'Daily check-in' });
	await answerCheckIn(checkIn, { pain: 4 });
	await refuseWrites(page);
	await checkIn.getByRole('button', { name: 'Save check-in' }).click();
	await expect(checkIn.getByRole('alert')).toContainText(
		"this check-in isn't saved on this device"
	);

	// A reload ends the visit and its memory; the disk takes writes again.
	await page.reload();
	await expect(checkIn.getByText(/^Saved today at/)).toBeVisible();
	expect((await stored<{ pain: number }>(page, 'journal')).map((e) => e.pain)).toEqual([4]);
	expect(await page.evaluate((key) => localStorage.getItem(key), ASIDE)).toBeNull();
});

test('a session deleted while the disk refuses deletes offers no Undo: the alert says it is still on the device, and Try again deletes it', async ({
	page
}) => {
	await page.goto('/history');
	await seed(page, { sessions: [HEAT] });
	await page.reload();
	const row = page.getByRole('region', { name: 'Sessions' }).getByRole('listitem').first();
	await expect(row).toContainText('Heat, 20 minutes');
	const allowDeletes = await refuseDeletes(page);
	await row.getByRole('button', { name: /^Delete/ }).click();

	const held = page.getByRole('group', { name: 'Not deleted: Heat, 20 minutes' });
	const alert = held.getByRole('alert');
	await expect(alert).toContainText(FULL);
	await expect(alert).toContainText("this session isn't deleted from this device");
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
	await expect(page.getByText(/^Deleted/)).toHaveCount(0);
	expect((await stored<{ id: string }>(page, 'sessions')).map((s) => s.id)).toEqual(['heat-1']);

	await allowDeletes();
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('status').getByText('Deleted “Heat, 20 minutes”.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(await stored(page, 'sessions')).toEqual([]);
});

test('an own routine deleted while the disk refuses deletes is not called deleted, and is back after a reload', async ({
	page
}) => {
	await page.goto('/routines');
	await seed(page, {
		routines: [{ id: 'evening-1', ...evening, updatedAt: '2026-03-01T08:00:00.000Z' }]
	});
	await page.reload();
	const allowDeletes = await refuseDeletes(page);
	await page.getByRole('button', { name: 'Delete Evening ease' }).click();

	const alert = page.getByRole('group', { name: 'Not deleted: Evening ease' }).getByRole('alert');
	await expect(alert).toContainText("this routine isn't deleted from this device");
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
	// Only one alert speaks: the storage warning stays on screen, quiet.
	await expect(page.getByRole('alert')).toHaveCount(1);
	await expect(page.getByText(/so what you save now is kept only until/)).toBeVisible();
	expect(await stored(page, 'routines')).toHaveLength(1);

	await allowDeletes();
	await page.reload();
	await expect(
		page
			.getByRole('region', { name: 'Your routines' })
			.getByRole('link', { name: 'Evening ease', exact: true })
	).toBeVisible();
});

test('an own timer deleted while the disk refuses deletes offers no Undo; Try again deletes it', async ({
	page
}) => {
	await page.goto('/timers/edit');
	await page.getByLabel('Name').fill('Evening ice');
	const first = page.getByRole('group', { name: /^Phase 1:/ });
	await first.getByLabel('What').selectOption({ label: 'Ice' });
	await first.getByLabel('How long').fill('12');
	await page.getByRole('button', { name: 'Save timer' }).click();
	await expect(page).toHaveURL(/\/timers\/custom\?id=/);
	const allowDeletes = await refuseDeletes(page);
	await page.getByRole('button', { name: 'Delete' }).click();

	await expect(page).toHaveURL(/\/timers$/);
	const alert = page.getByRole('group', { name: 'Not deleted: Evening ice' }).getByRole('alert');
	await expect(alert).toContainText("this timer isn't deleted from this device");
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
	expect(await stored(page, 'programs')).toHaveLength(1);

	await allowDeletes();
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('status').getByText('Deleted “Evening ice”.')).toBeVisible();
	expect(await stored(page, 'programs')).toEqual([]);
});

// History, the daily check-in and backups: what is recorded stays, moves between browsers
// intact, survives bad files, and raises the red-flag notice when the journal calls for it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { JournalEntry, RoutineStep, SessionRecord } from '../src/lib/core/model';
import { answerCheckIn, seed, stored, storedRecord } from './helpers';
import { beginSession } from './session';

const zone = { timezoneId: 'Europe/Berlin', locale: 'en-GB' } as const;
test.use(zone);

/** A time in Berlin on a given day. */
const berlin = (isoLocal: string) => new Date(`${isoLocal}+02:00`);

function session(n: number): SessionRecord {
	const startedAt = berlin('2025-05-14T08:00:00').getTime() - n * 5 * 3_600_000;
	return {
		id: `seed-${String(n).padStart(4, '0')}`,
		kind: 'timer',
		sourceId: n % 2 ? 'heat-20' : 'ice-20',
		// As this version keeps a built-in's session: by its ids, named in the page's language.
		title: '',
		activity: n % 2 ? 'heat' : 'ice',
		startedAt,
		endedAt: startedAt + 1_260_000,
		activeMs: 1_200_000 - n * 1000,
		plannedMs: 1_200_000,
		completedSegments: 1,
		totalSegments: 1,
		completed: n % 3 !== 0,
		painBefore: 6,
		painAfter: 4,
		...(n % 4 === 0 ? { note: `Note ${n}, with "quotes"` } : {})
	};
}

/** A routine step: child's pose held `seconds`, with no rest after. */
const childsPose = (seconds: number, more: Partial<RoutineStep> = {}): RoutineStep => ({
	exerciseId: 'childs-pose',
	hold: { seconds },
	perSide: false,
	restAfterSeconds: 0,
	...more
});

function entry(date: string, overrides: Partial<JournalEntry> = {}): JournalEntry {
	return {
		date,
		pain: 5,
		spasms: false,
		numbness: false,
		water: 6,
		note: '',
		updatedAt: berlin(`${date}T20:00:00`).getTime(),
		...overrides
	};
}

/**
 * Writes records straight into the app's IndexedDB, as an older visit would have left them.
 * Waits for the app to create the database first, so its schema is the app's own.
 */
function sessionList(page: Page) {
	return page.getByRole('region', { name: 'Sessions' });
}

/** Every row of the history list, loading further pages until there are none. */
async function allRows(page: Page): Promise<string[]> {
	const list = sessionList(page);
	const rows = list.getByRole('listitem');
	await expect(rows.first()).toBeVisible();
	const more = list.getByRole('button', { name: 'Show more' });
	while (await more.isVisible()) {
		const shown = await rows.count();
		await more.click();
		await expect(rows).not.toHaveCount(shown);
	}
	return rows.allInnerTexts();
}

test('a routine run in the player appears in history with its pain ratings, after a reload too', async ({
	page
}) => {
	await page.clock.install({ time: berlin('2025-05-14T09:00:00') });
	// A routine with no step that waits for Next, so the clock alone finishes it.
	await page.goto('/routines/desk-break');
	await page.getByRole('button', { name: 'Start desk break' }).click();
	await expect(page).toHaveURL(/\/play$/);
	await beginSession(page, { pain: 6 });

	await page.clock.fastForward('30:00');
	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
	await page
		.getByRole('radiogroup', { name: 'How is your pain now?' })
		.getByRole('radio', { name: '3 out of 10', exact: true })
		.click();
	await expect(page.getByRole('status').filter({ hasText: 'Noted: pain 3' })).toBeVisible();
	await page.getByRole('link', { name: 'See history' }).click();

	const list = sessionList(page);
	await expect(list.getByRole('heading', { name: 'Today' })).toBeVisible();
	const row = list.getByRole('listitem').filter({ hasText: 'Desk break' });
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('9:00');
	await expect(row).toContainText('Completed');
	await expect(row).toContainText(/\d+ (min|s)\b/);
	await expect(row).toContainText('Pain 6 → 3');

	await page.reload();
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('Pain 6 → 3');
	await expect(page.getByRole('term').filter({ hasText: 'Current streak' })).toBeVisible();
	await expect(page.getByText('1 day', { exact: true })).toBeVisible();
});

test('a backup round-trips exactly into a fresh browser, and restoring twice adds nothing', async ({
	page,
	browser,
	baseURL
}) => {
	await page.goto('/history');
	const sessions = Array.from({ length: 45 }, (_, n) => session(n + 1));
	const journal = [entry('2025-05-10', { pain: 7, spasms: true }), entry('2025-05-12')];
	await seed(page, { sessions, journal });
	await page.reload();
	const rows = await allRows(page);
	expect(rows).toHaveLength(45);

	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^limber-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const file = test.info().outputPath('backup.json');
	await download.saveAs(file);

	const context = await browser.newContext({ ...zone, baseURL });
	try {
		const other = await context.newPage();
		await other.goto('/settings');
		const chooser = other.getByLabel('Choose a backup file');
		await chooser.setInputFiles(file);
		const summary = other.getByRole('heading', { name: 'Restore “backup.json”?' });
		await expect(summary).toBeVisible();
		const section = other.getByRole('region', { name: 'Your data' });
		await expect(section).toContainText('45 sessions');
		await expect(section).toContainText('2 check-ins');
		await expect(section).toContainText(/From \d+ \w+ 2025 to 14 May 2025/);
		await other.getByRole('button', { name: 'Restore', exact: true }).click();
		await expect(other.getByRole('status').filter({ hasText: 'Restored:' })).toContainText(
			'Restored: 45 sessions added and 2 check-ins added.'
		);

		// The same file again: matched by id, so nothing is duplicated.
		await chooser.setInputFiles(file);
		await other.getByRole('button', { name: 'Restore', exact: true }).click();
		await expect(other.getByRole('status').filter({ hasText: 'already here' })).toBeVisible();

		await other.goto('/history');
		expect(await allRows(other)).toEqual(rows);

		// Exported again from the fresh browser, the file holds exactly the same records.
		await other.goto('/settings');
		const again = other.waitForEvent('download');
		await other.getByRole('button', { name: 'Export backup' }).click();
		const second = test.info().outputPath('backup-again.json');
		await (await again).saveAs(second);
		const { readFileSync } = await import('node:fs');
		const strip = (path: string) => {
			const { exportedAt: _, ...rest } = JSON.parse(readFileSync(path, 'utf8'));
			return rest;
		};
		expect(strip(second)).toEqual(strip(file));
		expect(strip(file).sessions).toHaveLength(45);
	} finally {
		await context.close();
	}
});

test('the restore summary counts what the file holds, and each result shows under its own button', async ({
	page
}) => {
	await page.goto('/settings');
	const backup = {
		app: 'limber',
		format: 1,
		exportedAt: '2025-05-14T10:00:00.000Z',
		sessions: [session(1), session(2)],
		journal: [entry('2025-05-12')],
		routines: [{ id: 'my-morning', title: 'My morning', purpose: '', steps: [childsPose(30)] }],
		programs: [],
		episodes: [
			{ id: 'ep-1', startedAt: session(2).startedAt, startDay: '2025-05-13', updatedAt: 1 }
		],
		// Three settings to bring over, and one that describes the device it came from.
		settings: {
			'pref.voice': false,
			'pref.rate': 1.2,
			'pref.reminderTime': '08:30',
			'device.persistRequestedAt': 1
		}
	};
	const exporting = page.getByRole('group', { name: 'Back up and export' });
	const restoring = page.getByRole('group', { name: 'Restore a backup' });
	const erasing = page.getByRole('group', { name: 'Erase everything' });
	const eraseButton = page.getByRole('button', { name: 'Erase all data…' });
	const top = async (l: Locator) => (await l.boundingBox())?.y ?? NaN;
	const bottom = async (l: Locator) => {
		const box = await l.boundingBox();
		return box ? box.y + box.height : NaN;
	};

	await page.getByLabel('Choose a backup file').setInputFiles({
		name: 'mine.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	});
	const summary = restoring.getByRole('heading', { name: 'Restore “mine.json”?' });
	await expect(summary).toBeFocused();
	await expect(restoring.getByRole('listitem')).toHaveText([
		'2 sessions',
		'1 check-in',
		'1 own routine',
		'1 episode',
		'3 settings'
	]);

	await restoring.getByRole('button', { name: 'Restore', exact: true }).click();
	const restored = restoring.getByRole('status');
	await expect(restored).toContainText('Restored: 2 sessions added');
	await expect(restored).toContainText('3 settings added');
	await expect(page.getByRole('status').filter({ hasText: 'Restored:' })).toHaveCount(1);
	await expect(erasing.getByRole('status')).toHaveCount(0);
	expect(await bottom(restored)).toBeLessThanOrEqual(await top(eraseButton));
	// The settings came over: spoken guidance was off in the file.
	await expect(page.getByRole('checkbox', { name: /Spoken guidance/ })).not.toBeChecked();

	const downloading = page.waitForEvent('download');
	await exporting.getByRole('button', { name: 'Export backup' }).click();
	await downloading;
	const exported = exporting.getByRole('status');
	await expect(exported).toContainText(/^Exported limber-backup-[\d-]+\.json \(2 sessions, /);
	await expect(restored).toHaveCount(0);
	const csv = exporting.getByRole('button', { name: 'Export history as CSV' });
	expect(await bottom(exported)).toBeLessThanOrEqual(await top(csv));

	await eraseButton.click();
	await page
		.getByRole('dialog', { name: 'Erase all data?' })
		.getByRole('button', { name: 'Erase everything' })
		.click();
	const erased = erasing.getByRole('status');
	await expect(erased).toHaveText('Everything Limber kept on this device has been erased.');
	await expect(page.getByRole('status').filter({ hasText: /Exported|Restored/ })).toHaveCount(0);
	expect(await top(erased)).toBeGreaterThanOrEqual(await bottom(eraseButton));
});

test('restoring an older backup keeps a note written since and a session added since', async ({
	page
}) => {
	await page.goto('/history');
	await seed(page, { sessions: [session(1), session(2)] });
	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	const file = test.info().outputPath('older.json');
	await (await downloading).saveAs(file);

	// Since that backup: a note on one session and a whole new session.
	await seed(page, { sessions: [session(3)] });
	await page.goto('/history');
	const list = sessionList(page);
	await expect(list.getByRole('listitem')).toHaveCount(3);
	const row = list.getByRole('listitem').filter({ hasText: 'Heat, 20 minutes' }).first();
	const time = await row.locator('time').innerText();
	const noted = list.getByRole('listitem').filter({ hasText: time });
	await noted.getByRole('button', { name: /^Add note for/ }).click();
	await noted.getByRole('textbox').fill('Written after the backup');
	await noted.getByRole('button', { name: 'Save note' }).click();
	await expect(noted).toContainText('Written after the backup');

	await page.goto('/settings');
	await page.getByLabel('Choose a backup file').setInputFiles(file);
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'newer on this device' })).toContainText(
		'One record was newer on this device and kept as it is'
	);

	await page.goto('/history');
	await expect(list.getByRole('listitem')).toHaveCount(3);
	await expect(noted).toContainText('Written after the backup');
});

test('a broken, foreign, damaged or oversized file changes nothing and says why', async ({
	page
}) => {
	await page.goto('/history');
	await seed(page, { sessions: [session(1), session(2), session(3)] });
	await page.reload();
	const before = await allRows(page);

	await page.goto('/settings');
	const chooser = page.getByLabel('Choose a backup file');
	const valid = {
		app: 'limber',
		format: 1,
		exportedAt: '2025-05-14T10:00:00.000Z',
		journal: [],
		routines: [],
		programs: [],
		settings: {}
	};
	const files: [name: string, content: string | Buffer, message: RegExp][] = [
		['cut-short.json', '{"app":"limber","format":1,"sessions":[{"id":"x"', /isn't a Limber backup/],
		['photo-list.json', JSON.stringify({ photos: ['a.jpg'] }), /isn't a Limber backup/],
		[
			'damaged.json',
			JSON.stringify({
				...valid,
				sessions: [session(50), { ...session(51), painBefore: 42 }]
			}),
			/1 session is damaged or invalid\. Nothing was changed/
		],
		['huge.json', Buffer.alloc(21 * 1024 * 1024, 32), /too large/]
	];
	for (const [name, content, message] of files) {
		await chooser.setInputFiles({
			name,
			mimeType: 'application/json',
			buffer: Buffer.isBuffer(content) ? content : Buffer.from(content)
		});
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
	}

	await page.goto('/history');
	expect(await allRows(page)).toEqual(before);
});

test("a backup with a routine beyond the editor's limits restores the rest and names what it left out, and why; settings Limber can't use are left out and said", async ({
	page
}) => {
	await page.clock.install({ time: berlin('2025-05-14T18:00:00') });
	const morning = {
		id: 'my-morning',
		title: 'My morning',
		purpose: '',
		steps: [childsPose(30)],
		updatedAt: '2025-05-01T08:00:00.000Z'
	};
	await page.goto('/history');
	await seed(page, {
		sessions: [session(1)],
		routines: [morning],
		settings: [['pref.voice', false]]
	});
	await page.goto('/settings');
	const held = async () => ({
		sessions: await stored(page, 'sessions'),
		journal: await stored(page, 'journal'),
		routines: await stored(page, 'routines'),
		settings: await stored(page, 'settings')
	});
	const before = await held();
	const restoring = page.getByRole('group', { name: 'Restore a backup' });
	const chooser = page.getByLabel('Choose a backup file');
	const file = (name: string, content: string) =>
		chooser.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
	const envelope = {
		app: 'limber',
		format: 1,
		exportedAt: '2025-05-14T10:00:00.000Z',
		sessions: [],
		journal: [],
		routines: [],
		programs: [],
		settings: {}
	};
	// Keys Limber never reads, and a value of the wrong kind: left out, said before and after.
	const junk = (json: string) =>
		json.replace('"settings":{', '"settings":{"__proto__":{"polluted":true},');
	const junkSettings = { constructor: 'x', prototype: { a: 1 }, 'pref.voice': 'loud' };

	// About 299 hours in 100 steps: storage could hold it, but the editor keeps routines to 40.
	const allDay = {
		id: 'all-day',
		title: 'All day',
		purpose: '',
		steps: Array.from({ length: 100 }, () =>
			childsPose(3600, { perSide: true, restAfterSeconds: 3564 })
		),
		updatedAt: '2025-05-10T08:00:00.000Z'
	};
	const why = 'it has 100 steps, and Limber keeps routines to 40 steps.';

	// A file that holds nothing else: nothing could be restored, nothing changes.
	await file(
		'only-long.json',
		junk(JSON.stringify({ ...envelope, routines: [allDay], settings: junkSettings }))
	);
	await expect(restoring.getByRole('alert')).toHaveText(
		`Nothing in this backup could be restored. 4 settings Limber can't use were left out. The routine “All day” was left out: ${why} Nothing was changed.`
	);
	await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
	expect(await held()).toEqual(before);

	// With a session and a check-in beside it: those come in, the routine is named and left out.
	await file(
		'long.json',
		junk(
			JSON.stringify({
				...envelope,
				sessions: [session(2)],
				journal: [entry('2025-05-13', { pain: 7 })],
				routines: [allDay],
				settings: junkSettings
			})
		)
	);
	await expect(restoring.getByRole('listitem')).toHaveText(['1 session', '1 check-in']);
	await expect(restoring).toContainText(
		`It also holds 4 settings Limber can't use; they will be left out. The routine “All day” will be left out: ${why}`
	);
	await restoring.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(restoring.getByRole('status')).toHaveText(
		`Restored: 1 session added and 1 check-in added. 4 settings Limber can't use were left out. The routine “All day” was left out: ${why}`
	);

	expect(await page.evaluate(() => 'polluted' in {})).toBe(false);

	await page.reload();
	const after = await held();
	expect(after.sessions).toEqual([...before.sessions, session(2)]);
	expect(after.journal).toEqual([entry('2025-05-13', { pain: 7 })]);
	expect(after.routines).toEqual(before.routines);
	// The only setting Limber can use in the file was of the wrong kind; a restore that brought
	// something asks the browser to keep the data, which this device notes for itself.
	expect(after.settings).toHaveLength(before.settings.length + 1);
	expect(await storedRecord(page, 'settings', 'device.persistRequestedAt')).toEqual(
		expect.any(Number)
	);
	expect(await storedRecord(page, 'settings', 'pref.voice')).toBe(false);
	expect(await storedRecord(page, 'settings', 'constructor')).toBeUndefined();
	expect(await storedRecord(page, 'settings', 'prototype')).toBeUndefined();
	await expect(page.getByRole('checkbox', { name: /Spoken guidance/ })).not.toBeChecked();

	// On screen after a reload: both sessions and the check-in in History, and no “All day”.
	await page.goto('/history');
	expect(await allRows(page)).toHaveLength(2);
	await expect(
		page
			.getByRole('grid', { name: 'May 2025' })
			.getByRole('button', { name: /^13 May 2025, yesterday: 1 session, .*; pain 7$/ })
	).toBeVisible();
	await page.goto('/routines');
	const mine = page.getByRole('region', { name: 'Your routines' });
	await expect(mine.getByRole('link', { name: 'My morning', exact: true })).toBeVisible();
	await expect(mine.getByRole('listitem')).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'All day' })).toHaveCount(0);
});

test('the notice asks to book an appointment on the fourth day of spasms, a skipped day included', async ({
	page
}) => {
	await page.clock.install({ time: berlin('2025-05-12T08:30:00') });
	await page.goto('/');
	const notice = page.getByRole('region', { name: 'Book a doctor’s appointment' });
	const checkIn = page.locator('#check-in');

	for (const day of [1, 2, 4]) {
		// A new day starts with an empty check-in; day 3 has none, which does not end the run.
		await expect(checkIn.getByRole('button', { name: 'Check in', exact: true })).toBeVisible();
		await answerCheckIn(checkIn, { pain: 4, spasms: 'Yes' });
		await checkIn.getByRole('button', { name: 'One glass more' }).click();
		await checkIn.getByRole('button', { name: 'Save check-in' }).click();
		if (day < 4) {
			await expect(checkIn.getByRole('status')).toContainText('Check-in saved');
			await expect(notice).toBeHidden();
			await page.clock.fastForward(day === 2 ? '48:00:00' : '24:00:00');
		}
	}

	await expect(notice).toBeVisible();
	await expect(notice).toContainText('It is day 4, and your latest check-in still logs spasms.');
	await expect(notice).toContainText('in the next few days');
	// The whole check stays one tap away in the header.
	await expect(page.getByRole('link', { name: 'Get help' })).toHaveAttribute('href', '/red-flags');
	// An appointment does not stop the stretches being offered (in the episode's plan, which the
	// first check-in with spasms opened).
	await expect(
		page.getByRole('button', { name: /spasm relief|gentle stretches/i }).first()
	).toBeVisible();

	// The day's entry can be changed. No spasms today, but the same pain (4 every day): the pain
	// has not eased in more than three days, which still calls for an appointment.
	await page.reload();
	await expect(notice).toBeVisible();
	await expect(checkIn).toContainText('1 glass');
	await checkIn.getByRole('button', { name: 'Change check-in' }).click();
	await expect(checkIn.getByRole('spinbutton', { name: 'Glasses of water' })).toHaveValue('1');
	await checkIn.getByRole('group', { name: 'Spasms today?' }).getByLabel('No').check();
	await checkIn.getByRole('button', { name: 'Update check-in' }).click();
	await expect(notice).toContainText(
		'It is day 4, and your check-ins do not show the pain easing.'
	);
	// Pain lower than the days before, and no spasms: easing, and the notice goes.
	await checkIn.getByRole('button', { name: 'Change check-in' }).click();
	await checkIn.getByRole('radio', { name: '3 out of 10', exact: true }).click();
	await checkIn.getByRole('button', { name: 'Update check-in' }).click();
	await expect(notice).toBeHidden();
});

test('the check-in asks for a pain level before saving, and the first one asks to keep data', async ({
	page
}) => {
	await page.addInitScript(() => {
		(window as unknown as { persistCalls: number }).persistCalls = 0;
		const original = navigator.storage.persist.bind(navigator.storage);
		navigator.storage.persist = () => {
			(window as unknown as { persistCalls: number }).persistCalls++;
			return original();
		};
	});
	const persistCalls = () =>
		page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);
	await page.goto('/#check-in');
	const checkIn = page.locator('#check-in');
	await expect(checkIn).toBeInViewport();
	await checkIn.getByRole('button', { name: 'Save check-in' }).click();
	await expect(checkIn.getByRole('alert')).toContainText('Choose how much pain you have');
	await checkIn.getByRole('radio', { name: '8 out of 10', exact: true }).click();
	// "Spasms today?" and the other yes/no questions start unanswered and must be answered.
	await checkIn.getByRole('button', { name: 'Save check-in' }).click();
	await expect(checkIn.getByRole('alert')).toContainText('Answer each question above');
	expect(await persistCalls()).toBe(0);
	await answerCheckIn(checkIn, { pain: 8, spasms: 'Yes' });
	await checkIn.getByRole('button', { name: 'Save check-in' }).click();
	await expect(checkIn.getByRole('alert')).toHaveCount(0);
	await expect.poll(persistCalls).toBe(1);
	// Asked once only: saving again does not ask the browser again.
	await checkIn.getByRole('button', { name: 'Change check-in' }).click();
	await checkIn.getByRole('radio', { name: '7 out of 10', exact: true }).click();
	await checkIn.getByRole('button', { name: 'Update check-in' }).click();
	await expect(checkIn.getByRole('status')).toContainText('Check-in saved');
	expect(await persistCalls()).toBe(1);
});

test('opening Today leaves no database on the device until the first check-in is saved', async ({
	page
}) => {
	const databases = () =>
		page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
	await page.goto('/#check-in');
	const checkIn = page.locator('#check-in');
	await expect(checkIn).toBeInViewport();
	await page.waitForLoadState('networkidle');
	expect(await databases()).toEqual([]);

	await answerCheckIn(checkIn, { pain: 3 });
	await checkIn.getByRole('button', { name: 'Save check-in' }).click();
	await expect(checkIn.getByRole('status')).toContainText('Check-in saved');
	expect(await databases()).toEqual(['limber']);
	await page.reload();
	await expect(checkIn.getByText(/Saved today at/)).toBeVisible();
	await expect(checkIn.getByRole('definition').first()).toHaveText('3 out of 10');
});

test('a note can be added to a session, and a deleted session can be brought back', async ({
	page
}) => {
	await page.clock.install({ time: berlin('2025-05-14T12:00:00') });
	await page.goto('/history');
	await seed(page, { sessions: [session(1), session(2), session(3)] });
	await page.reload();

	const list = sessionList(page);
	const heat = list.getByRole('listitem').filter({ hasText: 'Heat, 20 minutes' }).first();
	await expect(list.getByRole('listitem')).toHaveCount(3);
	const time = await heat.locator('time').innerText();
	const row = list.getByRole('listitem').filter({ hasText: time });

	await row.getByRole('button', { name: /^Add note for/ }).click();
	await row.getByRole('textbox').fill('Helped after the drive home');
	await row.getByRole('button', { name: 'Save note' }).click();
	await expect(row).toContainText('Helped after the drive home');
	await page.reload();
	await expect(row).toContainText('Helped after the drive home');
	await expect(row.getByRole('button', { name: /^Edit note for/ })).toBeVisible();

	const toast = page.getByRole('group', { name: 'Session deleted' });
	await row.getByRole('button', { name: /^Delete/ }).click();
	await expect(row).toHaveCount(0);
	await expect(list.getByRole('listitem')).toHaveCount(2);
	await toast.getByRole('button', { name: 'Undo' }).click();
	await expect(row).toContainText('Helped after the drive home');
	await expect(toast).toBeHidden();
	await page.reload();
	await expect(row).toContainText('Helped after the drive home');

	// Without Undo the offer ends after a few seconds and the session stays deleted.
	await row.getByRole('button', { name: /^Delete/ }).click();
	await expect(toast).toBeVisible();
	await page.mouse.move(0, 0);
	await page.clock.fastForward(9_000);
	await expect(toast).toBeHidden();
	await page.reload();
	await expect(list.getByRole('listitem')).toHaveCount(2);
	await expect(row).toHaveCount(0);
});

test('without IndexedDB Limber keeps working and says nothing will be kept, nor calls it saved', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException('Storage is disabled', 'SecurityError');
			}
		});
	});
	await page.goto('/');
	await expect(page.getByRole('alert').first()).toContainText("isn't letting Limber save");

	const checkIn = page.locator('#check-in');
	await answerCheckIn(checkIn, { pain: 3 });
	await checkIn.getByRole('button', { name: 'Save check-in' }).click();
	// Held for this visit, and said so with the reason; never "saved".
	await expect(checkIn.getByRole('alert')).toContainText(
		"isn't letting Limber save anything (private browsing, or storage turned off), so this check-in isn't saved on this device"
	);
	await expect(checkIn.getByText(/Check-in saved|Saved today/)).toHaveCount(0);

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'History' })
		.click();
	await expect(sessionList(page)).toContainText('No sessions yet');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Settings' })
		.click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	expect((await downloading).suggestedFilename()).toMatch(/^limber-backup-/);
	expect(errors).toEqual([]);
});

test('erasing everything asks first and offers an export', async ({ page }) => {
	await page.goto('/history');
	await seed(page, { sessions: [session(1)], journal: [entry('2025-05-13')] });
	await page.goto('/settings');
	await page.getByRole('button', { name: 'Erase all data…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Erase all data?' });
	await expect(dialog).toBeVisible();
	const downloading = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Export a backup first' }).click();
	expect((await downloading).suggestedFilename()).toMatch(/^limber-backup-/);
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();

	await page.getByRole('button', { name: 'Erase all data…' }).click();
	await dialog.getByRole('button', { name: 'Erase everything' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'has been erased' })).toBeVisible();
	await page.goto('/history');
	await expect(sessionList(page)).toContainText('No sessions yet');
});

test('Today, History and Settings pass an automated accessibility check with data', async ({
	page
}) => {
	const { readFileSync } = await import('node:fs');
	const { createRequire } = await import('node:module');
	const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	await page.clock.install({ time: berlin('2025-05-14T18:00:00') });
	await page.goto('/history');
	await seed(page, {
		sessions: Array.from({ length: 30 }, (_, n) => session(n)),
		journal: [
			entry('2025-05-12', { spasms: true, pain: 6 }),
			entry('2025-05-13', { spasms: true, pain: 8, note: 'Bad night' }),
			entry('2025-05-14', { spasms: true, pain: 3, numbness: true })
		]
	});
	for (const path of ['/', '/history', '/settings']) {
		for (const theme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			if (path === '/history') await expect(page.getByRole('grid')).toBeVisible();
			if (path === '/') {
				// An entry saved before the check-in asked where the numbness was still counts.
				await expect(page.getByRole('region', { name: 'See a doctor today' })).toContainText(
					'You logged numbness or tingling today, without saying where.'
				);
				// Today's check-in is shown as saved, compared with yesterday's.
				await expect(page.locator('#check-in')).toContainText('down 5 from yesterday’s 8');
			}
			await page.evaluate(axe);
			const violations = await page.evaluate(async () => {
				const result = await (
					window as unknown as {
						axe: {
							run: (
								context: Document,
								options: object
							) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
						};
					}
				).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
				return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
			});
			expect(violations, `${path} (${theme})`).toEqual([]);
		}
	}
});

test('the calendar moves by keyboard and describes each day', async ({ page }) => {
	await page.clock.install({ time: berlin('2025-05-14T18:00:00') });
	await page.goto('/history');
	await seed(page, {
		sessions: [session(0), session(4)],
		journal: [entry('2025-05-13', { pain: 8, spasms: true, note: 'Bad night' })]
	});
	await page.reload();

	const today = page.getByRole('grid', { name: 'May 2025' }).getByRole('button', {
		name: '14 May 2025, today: 1 session, 20 min'
	});
	await expect(today).toHaveAttribute('tabindex', '0');
	await today.focus();
	await page.keyboard.press('ArrowLeft');
	const yesterday = page.getByRole('button', {
		name: '13 May 2025, yesterday: 1 session, 19 min 56 s; pain 8'
	});
	await expect(yesterday).toBeFocused();
	const calendar = page.getByRole('region', { name: /^(May|April) 2025$/ });
	await expect(calendar).toContainText('Check-in: pain 8 out of 10; spasms');
	await expect(calendar).toContainText('Bad night');

	await page.keyboard.press('PageUp');
	await expect(page.getByRole('grid', { name: 'April 2025' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^13 April 2025, Sunday:/ })).toBeFocused();
	await page.keyboard.press('Home');
	await expect(page.getByRole('button', { name: /^7 April 2025, Monday:/ })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(
		page.getByRole('button', { name: '14 April 2025, Monday: nothing recorded' })
	).toBeFocused();
	await expect(calendar).toContainText('Nothing recorded on this day.');

	await page.getByRole('button', { name: 'Next month' }).click();
	await expect(page.getByRole('grid', { name: 'May 2025' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Next month' })).toBeDisabled();
});

test('another open tab sees a deleted session and a new check-in at once', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await first.goto('/history');
	await seed(first, { sessions: [session(1), session(2)] });
	await first.reload();
	await second.goto('/history');
	await expect(sessionList(second).getByRole('listitem')).toHaveCount(2);

	await sessionList(first)
		.getByRole('listitem')
		.first()
		.getByRole('button', { name: /^Delete/ })
		.click();
	await expect(sessionList(second).getByRole('listitem')).toHaveCount(1);

	await second.goto('/');
	await first.goto('/');
	const checkIn = first.locator('#check-in');
	await answerCheckIn(checkIn, { pain: 9, numbness: 'Down one leg' });
	await checkIn.getByRole('button', { name: 'Save check-in' }).click();
	await expect(second.getByRole('region', { name: 'See a doctor today' })).toContainText(
		'You logged numbness or tingling down one leg today.'
	);
	await expect(
		second.locator('#check-in').getByRole('button', { name: 'Change check-in' })
	).toBeVisible();
	await expect(second.locator('#check-in').getByRole('definition').first()).toHaveText(
		'9 out of 10'
	);
});

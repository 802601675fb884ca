// Routines: starting a built-in, building, reordering, saving, playing, sharing and importing
// one's own, and everything broken (links, files, input) refused without saving anything.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { exerciseById } from '../src/lib/content/exercises';
import en from '../src/lib/messages/exercises.en';
import { encodePayload, encodeRoutine, parseRoutineFile, routineFile } from '../src/lib/core/share';
import { evening, waitForOfflineReady } from './helpers';
import { beginSession } from './session';

const alt = (id: string) => en.exercises[id as keyof typeof en.exercises].illustrationAlt;
const NO_ROUTINES = 'You have no routines of your own yet.';

function mine(page: Page) {
	return page.getByRole('region', { name: 'Your routines' });
}

/** Saves a routine the quick way, through a routine file, and returns to the list. */
async function importRoutine(page: Page, draft = evening) {
	await page.goto('/routines');
	await page.getByLabel('Import a routine file').setInputFiles({
		name: 'routine.json',
		mimeType: 'application/json',
		buffer: Buffer.from(routineFile(draft))
	});
	await page.getByRole('button', { name: 'Save to my routines' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved to your routines' })
	).toBeVisible();
	await expect(mine(page).getByRole('link', { name: draft.title, exact: true })).toBeVisible();
}

test('a built-in routine starts in the player with its picture and countdown', async ({ page }) => {
	await page.clock.install();
	await page.goto('/routines');
	await page.getByRole('link', { name: 'Spasm relief', exact: true }).click();
	await expect(page).toHaveURL(/\/routines\/spasm-relief$/);
	await page.getByRole('button', { name: /start spasm relief/i }).click();
	await beginSession(page);
	await expect(page).toHaveURL(/\/play$/);
	// It goes to the floor with the guided way down, which waits for Next.
	await expect(
		page.getByRole('heading', { level: 1, name: 'Get ready: Down to the floor in stages' })
	).toBeVisible();
	await page.clock.runFor(6_000);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Down to the floor in stages' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('heading', { level: 1, name: "Child's pose" })).toBeVisible();
	await expect(page.getByRole('img', { name: alt('childs-pose') })).toBeVisible();
	await expect(page.getByRole('timer')).toHaveText(/^0:4\d$/);
});

test('a user builds, reorders, saves, plays and shares a routine; a friend saves the copy', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.clock.install();
	await page.goto('/routines');
	await expect(mine(page).getByText(NO_ROUTINES)).toBeVisible();
	await page.getByRole('link', { name: 'New routine' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();

	await page.getByLabel('Name').fill('My evening');
	const dialog = page.getByRole('dialog', { name: 'Add an exercise' });
	for (const name of ["Child's pose", 'Cat-cow', 'Sphinx']) {
		await page.getByRole('button', { name: 'Add exercise' }).click();
		await expect(dialog.locator('img[src="/exercises/sphinx.svg"]')).toBeVisible();
		await dialog.getByRole('button', { name: `Add ${name}`, exact: true }).click();
		await expect(dialog).toBeHidden();
	}
	const steps = page.getByRole('region', { name: /^Steps/ }).getByRole('heading', { level: 3 });
	await expect(steps).toHaveText(["1. Child's pose", '2. Cat-cow', '3. Sphinx']);

	// Pointer dragging: Cat-cow's handle dropped above the first step.
	const handle = page.getByRole('group', { name: '2. Cat-cow' }).locator('.handle');
	const from = (await handle.boundingBox())!;
	const top = (await page.getByRole('group', { name: "1. Child's pose" }).boundingBox())!;
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	await page.mouse.move(from.x + from.width / 2, top.y + 10, { steps: 8 });
	await page.mouse.up();
	await expect(steps).toHaveText(['1. Cat-cow', "2. Child's pose", '3. Sphinx']);

	// Keyboard reordering: the focus stays on the moved step, so Enter twice takes it to the top.
	await page.getByRole('button', { name: 'Move up: Sphinx, step 3' }).focus();
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('status').filter({ hasText: 'Sphinx moved to step 2 of 3.' })
	).toBeAttached();
	await expect(page.getByRole('button', { name: 'Move up: Sphinx, step 2' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(steps).toHaveText(['1. Sphinx', '2. Cat-cow', "3. Child's pose"]);
	await expect(page.getByRole('button', { name: 'Move up: Sphinx, step 1' })).toBeDisabled();

	await page.getByRole('button', { name: 'Save routine' }).click();
	await expect(page).toHaveURL(/\/routines\/custom\?id=/);
	const routineUrl = page.url();
	await expect(page.getByRole('heading', { level: 1, name: 'My evening' })).toBeVisible();
	await expect(page.getByRole('img', { name: alt('sphinx') })).toBeVisible();

	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await beginSession(page);
	await expect(page).toHaveURL(/\/play$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Get ready: Sphinx' })).toBeVisible();
	await page.clock.runFor(6_000);
	await expect(page.getByRole('heading', { level: 1, name: 'Sphinx' })).toBeVisible();
	await expect(page.getByRole('img', { name: alt('sphinx') })).toBeVisible();
	await expect(page.getByRole('timer')).toBeVisible();

	await page.goto(routineUrl);
	const field = page.getByRole('textbox', { name: 'Link to this routine' });
	await expect(field).toHaveValue(/\/routines\/shared#r=[\w-]+$/);
	const link = await field.inputValue();
	await page.getByRole('button', { name: 'Share link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export file' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('limber-my-evening.json');
	const exported = parseRoutineFile(readFileSync((await file.path())!, 'utf8'), (id) =>
		Boolean(exerciseById(id))
	);
	expect(exported.ok && exported.value.steps.map((s) => s.exerciseId)).toEqual([
		'sphinx',
		'cat-cow',
		'childs-pose'
	]);

	const friend = await browser.newContext();
	try {
		const other = await friend.newPage();
		await other.goto(link);
		await expect(other.getByRole('heading', { level: 1, name: 'Shared routine' })).toBeVisible();
		await expect(other.getByRole('heading', { level: 2, name: 'My evening' })).toBeVisible();
		await expect(other.getByText('Preview: not saved yet')).toBeVisible();
		for (const id of ['sphinx', 'childs-pose', 'cat-cow']) {
			await expect(other.getByRole('img', { name: alt(id) })).toBeVisible();
		}
		await other.getByRole('button', { name: 'Save to my routines' }).click();
		await expect(
			other.getByRole('status').filter({ hasText: 'Saved to your routines' })
		).toBeVisible();
		await other.getByRole('link', { name: 'see all routines' }).click();
		await expect(mine(other).getByRole('link', { name: 'My evening', exact: true })).toBeVisible();
		await other.reload();
		await expect(mine(other).getByRole('link', { name: 'My evening', exact: true })).toBeVisible();
	} finally {
		await friend.close();
	}
});

test('a shared link opens, and can be saved, offline after one visit', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await page.goto(`/routines/shared#r=${encodeRoutine(evening)}`);
	await expect(page.getByRole('heading', { level: 2, name: 'Evening ease' })).toBeVisible();
	await expect(page.getByRole('img', { name: alt('childs-pose') })).toBeVisible();
	await page.getByRole('button', { name: 'Save to my routines' }).click();
	await page.getByRole('link', { name: 'Open it' }).click();
	await expect(page).toHaveURL(/\/routines\/custom\?id=/);
	await expect(page.getByRole('heading', { level: 1, name: 'Evening ease' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Evening ease' })).toBeVisible();
	await context.setOffline(false);
});

test('a damaged or foreign link shows why and saves nothing', async ({ page }) => {
	const payload = encodeRoutine(evening);
	const middle = Math.floor(payload.length / 2);
	const tampered =
		payload.slice(0, middle) + (payload[middle] === 'A' ? 'B' : 'A') + payload.slice(middle + 1);
	await page.goto(`/routines/shared#r=${tampered}`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This link is damaged');
	await expect(alert).toContainText('Nothing was saved.');
	await expect(page.getByRole('button', { name: 'Save to my routines' })).toHaveCount(0);

	await page.goto(`/routines/shared#r=${payload.slice(0, -8)}`);
	await expect(page.getByRole('alert')).toContainText('This link is damaged');

	const foreign = encodePayload({ v: 1, t: 'Odd', s: [{ e: 'headstand', h: 30 }] });
	await page.goto(`/routines/shared#r=${foreign}`);
	await expect(page.getByRole('alert')).toContainText('not in the Limber library');

	await page.goto(`/routines/shared#r=${'A'.repeat(9_000)}`);
	await expect(page.getByRole('alert')).toContainText('too long');

	await page.goto('/routines');
	await expect(mine(page).getByText(NO_ROUTINES)).toBeVisible();
	await expect(mine(page).getByRole('listitem')).toHaveCount(0);
});

test("a shared routine beyond the editor's limits says what it holds and saves nothing", async ({
	page
}) => {
	const allDay = {
		...evening,
		title: 'All day',
		steps: Array.from({ length: 100 }, () => ({ ...evening.steps[0]!, hold: { seconds: 3600 } }))
	};
	await page.goto(`/routines/shared#r=${encodeRoutine(allDay)}`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(
		'This routine has 100 steps; Limber keeps routines to 40 steps.'
	);
	await expect(alert).toContainText('Nothing was saved.');
	await expect(page.getByRole('button', { name: 'Save to my routines' })).toHaveCount(0);

	const held = { ...evening, steps: [{ ...evening.steps[0]!, hold: { seconds: 3600 } }] };
	await page.goto(`/routines/shared#r=${encodeRoutine(held)}`);
	await expect(page.getByRole('alert')).toContainText(
		'Step 1 of this routine holds for 3600 seconds; Limber keeps a hold from 5 to 300 whole seconds.'
	);

	await page.goto('/routines');
	await expect(mine(page).getByText(NO_ROUTINES)).toBeVisible();
});

test('an invalid routine file shows an error and saves nothing; a good one is previewed first', async ({
	page
}) => {
	await page.goto('/routines');
	// The page has loaded the person's own routines (and can take a file).
	await expect(mine(page).getByText(NO_ROUTINES)).toBeVisible();
	const input = page.getByLabel('Import a routine file');
	await input.setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format": "limber-routine", "routine": {')
	});
	await expect(page.getByRole('alert')).toContainText('not readable JSON');
	await expect(page.getByRole('alert')).toContainText('Nothing was saved.');
	await expect(mine(page).getByText(NO_ROUTINES)).toBeVisible();

	const tooLong = { ...evening, steps: [{ ...evening.steps[0]!, hold: { seconds: 900 } }] };
	await input.setInputFiles({
		name: 'long.json',
		mimeType: 'application/json',
		buffer: Buffer.from(routineFile(tooLong))
	});
	await expect(page.getByRole('alert')).toContainText(
		'Step 1 of this routine holds for 900 seconds; Limber keeps a hold from 5 to 300 whole seconds.'
	);
	await page.reload();
	await expect(mine(page).getByText(NO_ROUTINES)).toBeVisible();

	await input.setInputFiles({
		name: 'evening.json',
		mimeType: 'application/json',
		buffer: Buffer.from(routineFile(evening))
	});
	await expect(page.getByRole('heading', { level: 2, name: 'Evening ease' })).toBeVisible();
	await expect(page.getByRole('img', { name: alt('supine-rest') })).toBeVisible();
	await expect(mine(page).getByText(NO_ROUTINES)).toBeVisible();
	await page.getByRole('button', { name: 'Save to my routines' }).click();
	await expect(mine(page).getByRole('link', { name: 'Evening ease', exact: true })).toBeVisible();
});

test('a deleted routine comes back with Undo, and is gone for good after the toast', async ({
	page
}) => {
	await page.clock.install();
	await importRoutine(page);
	await page.reload();
	const card = mine(page).getByRole('link', { name: 'Evening ease', exact: true });
	await expect(card).toBeVisible();

	await page.getByRole('button', { name: 'Delete Evening ease' }).click();
	await expect(page.getByRole('status').getByText('Deleted “Evening ease”.')).toBeVisible();
	await expect(card).toBeHidden();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(card).toBeVisible();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
	await page.reload();
	await expect(card).toBeVisible();

	await page.getByRole('button', { name: 'Delete Evening ease' }).click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	// The offer waits while the pointer is on it; away from it, it ends after a few seconds.
	await page.mouse.move(0, 0);
	await page.clock.runFor(8_500);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
	await page.reload();
	await expect(mine(page).getByText(NO_ROUTINES)).toBeVisible();
});

test('duplicating a built-in opens the editor; every problem is named before saving', async ({
	page
}) => {
	await page.goto('/routines/spasm-relief');
	await page.getByRole('link', { name: 'Duplicate and edit' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Duplicate routine' })).toBeVisible();
	const name = page.getByLabel('Name');
	await expect(name).toHaveValue('Spasm relief (copy)');
	const steps = page.getByRole('region', { name: /^Steps/ }).getByRole('heading', { level: 3 });
	await expect(steps).toHaveCount(9);

	await name.fill('');
	const hold = page.getByRole('group', { name: "2. Child's pose" }).getByLabel('Hold (seconds)');
	await hold.fill('2');
	await page.getByRole('button', { name: 'Save routine' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Give the routine a name.');
	await expect(alert).toContainText('Step 2: Hold for 5 to 300 seconds');
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(name).toHaveAccessibleDescription(/Give the routine a name\./);
	await expect(hold).toHaveAccessibleDescription('Hold for 5 to 300 seconds, in whole seconds.');
	await expect(page).toHaveURL(/\/routines\/edit/);

	await name.fill('Slow relief');
	await hold.fill('40');
	await expect(alert).toBeHidden();
	await page.getByRole('button', { name: 'Remove Cat-cow, step 3' }).click();
	await page.getByRole('button', { name: 'Save routine' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Slow relief' })).toBeVisible();
	await expect(page.getByText('8 steps')).toBeVisible();

	await page.getByRole('link', { name: 'Edit' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Edit “Slow relief”' })).toBeVisible();
	await expect(
		page.getByRole('group', { name: "2. Child's pose" }).getByLabel('Hold (seconds)')
	).toHaveValue('40');
	await page.getByRole('button', { name: 'Delete routine' }).click();
	await expect(page).toHaveURL(/\/routines$/);
	await expect(page.getByRole('status').getByText('Deleted “Slow relief”.')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(mine(page).getByRole('link', { name: 'Slow relief', exact: true })).toBeVisible();
});

test('routines filter by position and length, and flare mode keeps to lying down', async ({
	page
}) => {
	await page.goto('/routines');
	const builtIn = page.getByRole('region', { name: 'Built-in routines' });
	await expect(builtIn.getByRole('listitem')).toHaveCount(15);
	await page.getByLabel('Position').selectOption({ label: 'Standing' });
	await expect(page).toHaveURL(/\?position=standing$/);
	const standing = [
		'First hours, from standing or sitting',
		'Spasm relief',
		'Desk break',
		'Morning loosen-up',
		'Bedtime wind-down',
		'Walk and stretch',
		'Gentle walk, 3 minutes',
		'Gentle walk, 5 minutes'
	];
	await expect(builtIn.getByRole('link')).toHaveText(standing);
	await page.reload();
	await expect(page.getByLabel('Position')).toHaveValue('standing');
	await expect(builtIn.getByRole('link')).toHaveText(standing);
	await page.getByLabel('Length').selectOption({ label: 'Up to 7 minutes' });
	await expect(page).toHaveURL(/\?position=standing&length=short$/);
	await expect(builtIn.getByRole('link')).toHaveText([
		'Spasm relief',
		'Desk break',
		'Bedtime wind-down',
		'Gentle walk, 3 minutes',
		'Gentle walk, 5 minutes'
	]);
	await page.getByLabel('Length').selectOption({ label: 'Over 12 minutes' });
	await expect(builtIn.getByText('No built-in routine matches.')).toBeVisible();
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page).toHaveURL(/\/routines$/);
	await expect(builtIn.getByRole('listitem')).toHaveCount(15);

	await page.evaluate(() =>
		localStorage.setItem('limber:display', JSON.stringify({ theme: 'system', flare: true }))
	);
	await page.reload();
	await expect(page.getByText('Flare mode: showing only routines done lying down.')).toBeVisible();
	await expect(builtIn.getByRole('link')).toHaveText([
		'First hours, on the floor',
		'First hours, on a bed or sofa',
		'First hours, from standing or sitting',
		'Get up from a bed or sofa',
		'Gentle stretches, lying down',
		'In bed',
		'Breathe and let go'
	]);
	await page.getByRole('button', { name: 'Show all routines' }).click();
	await expect(builtIn.getByRole('listitem')).toHaveCount(15);
});

test('the exercise library lists every stretch by position with its picture', async ({ page }) => {
	await page.goto('/routines');
	await page.getByRole('link', { name: 'exercise library' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
	for (const heading of [
		'Lying on your back',
		'Lying face down',
		'Kneeling',
		'Sitting',
		'Standing'
	]) {
		await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
	}
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(34);
	await expect(page.getByRole('img', { name: alt('bird-dog') })).toBeVisible();
	await page.getByRole('link', { name: 'Bird dog' }).click();
	await expect(page).toHaveURL(/\/exercises\/bird-dog$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Bird dog' })).toBeVisible();
});

test('the editor follows its address: "Make a new routine" from a missing one opens a new one', async ({
	page
}) => {
	await page.goto('/routines/edit?id=gone');
	await expect(page.getByRole('alert')).toContainText("isn't on this device any more");
	await page.getByRole('link', { name: 'Make a new routine' }).click();
	await expect(page).toHaveURL(/\/routines\/edit$/);
	await expect(page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	// Back goes back to what the address says.
	await page.goBack();
	await expect(page.getByRole('alert')).toContainText("isn't on this device any more");
});

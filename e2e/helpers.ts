// Shared steps for the browser tests.
import checkInEn from '../src/lib/messages/check-in.en';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { DB_VERSION, type StoreName } from '../src/lib/storage/db';
import { readDatabase, seedDatabase } from './database.js';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SHELL_PAGE } from '../src/lib/core/offline-files';

/** The top-level pages reached from the main navigation, with their headings. */
export const topLevelRoutes = [
	{ path: '/', heading: /today/i },
	{ path: '/routines', heading: /routines/i },
	{ path: '/timers', heading: /timers/i },
	{ path: '/history', heading: /history/i },
	{ path: '/guide', heading: /guide/i },
	{ path: '/settings', heading: /settings/i }
];

/** Waits until the service worker has precached everything and controls the page. */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise<void>((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })
		);
	});
}

/**
 * Opens `path` with Playwright's clock installed at `t0`, then pauses it a minute later (ahead of
 * any slow page load), so every instant after that is exact: time moves only with `runFor` or
 * `fastForward`. A flowing fake clock drifts with real time between steps.
 */
export async function openWithPinnedClock(page: Page, path: string, t0: number): Promise<void> {
	await page.clock.install({ time: t0 });
	await page.goto(path);
	await page.clock.pauseAt(t0 + 60_000);
}

export interface CheckInAnswers {
	pain: number;
	spasms?: 'Yes' | 'No';
	/**
	 * 'None', or every place ticked: 'Between the legs, bottom or inner thighs', 'In both legs',
	 * 'Down one leg'.
	 */
	numbness?: string | string[];
	bladder?: 'Yes' | 'No';
	/** Pain so bad it is hard to think, talk or sleep, or very hard to move. */
	severe?: 'Yes' | 'No';
}

/**
 * Opens Today's daily check-in (`#check-in`) where it is folded to its button, and waits until its
 * questions take input. Opened already (by a link to `#check-in`, say), it only waits.
 */
export async function openCheckIn(checkIn: Locator): Promise<void> {
	// The button is dimmed and takes no tap until the app has started and read today's check-in;
	// a person waits for it to light up, then taps once. One tap must take.
	const start = checkIn.getByRole('button', { name: 'Check in', exact: true });
	const form = checkIn.locator('form');
	await expect(form.or(start.and(checkIn.locator('button:enabled')))).toBeVisible();
	if (await start.isVisible()) await start.click();
	await expect(form).toBeVisible();
	await expect(form).not.toHaveAttribute('inert');
}

/** Answers Today's daily check-in, opening it first; the yes/no questions default to No here. */
export async function answerCheckIn(checkIn: Locator, answers: CheckInAnswers): Promise<void> {
	const { pain, spasms = 'No', numbness = 'None', bladder = 'No', severe = 'No' } = answers;
	await openCheckIn(checkIn);
	const level = checkIn.getByRole('radio', { name: `${pain} out of 10`, exact: true });
	await level.click();
	await expect(level).toBeChecked();
	const group = (name: string) => checkIn.getByRole('group', { name });
	await group('Spasms today?').getByRole('radio', { name: spasms, exact: true }).check();
	const places = group('Numbness or tingling today?');
	const ticked = typeof numbness === 'string' ? [numbness] : numbness;
	const every = [...Object.values(checkInEn.questions.places), checkInEn.questions.none];
	for (const name of every.filter((n) => !ticked.includes(n)))
		await places.getByRole('checkbox', { name, exact: true }).uncheck();
	for (const name of ticked) await places.getByRole('checkbox', { name, exact: true }).check();
	await group('New bladder or bowel trouble')
		.getByRole('radio', { name: bladder, exact: true })
		.check();
	await group('Is the pain so bad').getByRole('radio', { name: severe, exact: true }).check();
}

/** Writes records into the app's database once the app has created it at its schema version. */
export function seed(page: Page, data: Partial<Record<StoreName, unknown[]>>): Promise<void> {
	return seedDatabase(page, data, DB_VERSION);
}

/**
 * Makes every IndexedDB put in the page throw, as a full disk does, until the returned function
 * lets writes through again (a reload does too). The app then holds what it writes in memory, or
 * refuses the writes that must reach the disk.
 */
export async function refuseWrites(page: Page): Promise<() => Promise<void>> {
	await page.evaluate(() => {
		const w = window as unknown as { __put?: typeof IDBObjectStore.prototype.put };
		w.__put ??= IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The disk is full', 'QuotaExceededError');
		};
	});
	return async () => {
		await page.evaluate(() => {
			const w = window as unknown as { __put: typeof IDBObjectStore.prototype.put };
			IDBObjectStore.prototype.put = w.__put;
		});
	};
}

/**
 * Makes every IndexedDB delete in the page throw, as a failing disk does, until the returned
 * function lets deletes through again (a reload does too). The app then holds the delete in
 * memory: gone for this visit, still on the disk.
 */
export async function refuseDeletes(page: Page): Promise<() => Promise<void>> {
	await page.evaluate(() => {
		const w = window as unknown as { __delete?: typeof IDBObjectStore.prototype.delete };
		w.__delete ??= IDBObjectStore.prototype.delete;
		IDBObjectStore.prototype.delete = function () {
			throw new DOMException('The disk is full', 'QuotaExceededError');
		};
	});
	return async () => {
		await page.evaluate(() => {
			const w = window as unknown as { __delete: typeof IDBObjectStore.prototype.delete };
			IDBObjectStore.prototype.delete = w.__delete;
		});
	};
}

/** Every record of a store, read straight from the database (a second opinion on what was saved). */
export async function stored<T = Record<string, unknown>>(
	page: Page,
	store: StoreName
): Promise<T[]> {
	return ((await readDatabase(page, store)) as T[] | undefined) ?? [];
}

/** One record by key; undefined while the app has no database or no such record. */
export function storedRecord(page: Page, store: StoreName, key: string): Promise<unknown> {
	return readDatabase(page, store, key);
}

/** What a page has sounded since it loaded: each utterance given to speech, and chime notes. */
export interface HeardSounds {
	spoken: string[];
	notes: number;
}

/**
 * Stands in for speech (recording what is said) and counts the oscillators a chime starts, in
 * every page `target` opens; read back with `heard`.
 */
export async function recordSounds(target: Page | BrowserContext): Promise<void> {
	await target.addInitScript(() => {
		const sounds = { spoken: [] as string[], notes: 0 };
		(window as unknown as { sounds: typeof sounds }).sounds = sounds;
		const engine = {
			speaking: false,
			pending: false,
			paused: false,
			speak: (utterance: SpeechSynthesisUtterance) => sounds.spoken.push(utterance.text),
			cancel: () => {},
			pause: () => {},
			resume: () => {},
			getVoices: () => [],
			addEventListener: () => {},
			removeEventListener: () => {},
			onvoiceschanged: null
		};
		Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => engine });
		if (typeof AudioContext === 'undefined') return;
		const createOscillator = AudioContext.prototype.createOscillator;
		AudioContext.prototype.createOscillator = function (this: AudioContext) {
			sounds.notes++;
			return createOscillator.call(this);
		};
	});
}

export function heard(page: Page): Promise<HeardSounds> {
	return page.evaluate(() => {
		const s = (window as unknown as { sounds: HeardSounds }).sounds;
		return { spoken: [...s.spoken], notes: s.notes };
	});
}

/** Makes the page believe it was hidden (screen locked, app switched) or shown again. */
export async function setHidden(page: Page, hidden: boolean): Promise<void> {
	await page.evaluate((value) => {
		Object.defineProperty(document, 'visibilityState', {
			configurable: true,
			get: () => (value ? 'hidden' : 'visible')
		});
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
		document.dispatchEvent(new Event('visibilitychange'));
	}, hidden);
}

/** A routine of one's own, as links and routine files carry it. */
export const evening = {
	title: 'Evening ease',
	purpose: 'Before bed.',
	steps: [
		{ exerciseId: 'childs-pose', hold: { seconds: 30 }, perSide: false, restAfterSeconds: 10 },
		{ exerciseId: 'supine-rest', hold: { seconds: 60 }, perSide: false, restAfterSeconds: 0 }
	]
};

/**
 * The pages a sweep opens one by one (axe, the layout at five sizes): every English page, and in
 * Spanish and German every page but a sample of the many of one kind: the first two exercises,
 * routines, timers and guide topics of each language, which share their layout and differ only in
 * their words. Every page of every language is still prerendered and built; the per-language specs
 * open the rest.
 */
export function sweepSample(pages: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return [...pages].sort().filter((path) => {
		const many = /^\/(es|de)\/(exercises|routines|timers|guide)\/([^/]+)$/.exec(path);
		if (!many || ['custom', 'edit', 'shared'].includes(many[3]!)) return true;
		const kind = `${many[1]}/${many[2]}`;
		const n = (seen.get(kind) ?? 0) + 1;
		seen.set(kind, n);
		return n <= 2;
	});
}

/**
 * Every page the build prerendered, by the address a visitor opens (sorted). The shell page the
 * service worker draws reading pages with is no page of its own.
 */
export function prerenderedPages(dir = 'build', base = ''): string[] {
	const pages: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (name !== '_app') pages.push(...prerenderedPages(path, `${base}/${name}`));
		} else if (name.endsWith('.html') && `${base}/${name}` !== SHELL_PAGE) {
			pages.push(name === 'index.html' ? base || '/' : `${base}/${name.slice(0, -5)}`);
		}
	}
	return pages.sort();
}

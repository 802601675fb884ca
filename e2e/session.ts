// Shared steps for sessions: getting past the screen before the clock starts, and reading what
// IndexedDB holds as a second opinion on what the app says it saved.
import { expect, type Page } from '@playwright/test';

/**
 * On the screen before the clock starts: rates the pain (which starts the session in one tap),
 * or starts without a rating. Cold and heat timers start only on "I'm ready".
 */
export async function beginSession(page: Page, options: { pain?: number } = {}): Promise<void> {
	const ready = page.getByRole('button', { name: "I'm ready, start" });
	// The screen before the clock: its way out is there once it has drawn.
	await expect(page.getByRole('link', { name: 'Not now' })).toBeVisible();
	const needsReady = await ready.isVisible();
	if (options.pain !== undefined) {
		await page.getByRole('radio', { name: new RegExp(`^${options.pain} out of 10`) }).click();
	}
	if (needsReady) await ready.click();
	else if (options.pain === undefined) {
		await page.getByRole('button', { name: 'Start without rating' }).click();
	}
	await expect(page.getByRole('group', { name: 'Session controls' })).toBeVisible();
}

/** Stop, answered: the question first, then its Stop. */
export async function stopSession(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Stop' }).click();
	await page
		.getByRole('group', { name: /Stop this session/ })
		.getByRole('button', { name: 'Stop' })
		.click();
}

export interface StoredSession {
	id: string;
	title: string;
	completed: boolean;
	activeMs: number;
	painBefore?: number;
	painAfter?: number;
	note?: string;
}

/** Every record of one store, read straight from IndexedDB. */
export async function storedRecords<T = StoredSession>(
	page: Page,
	store: 'sessions' | 'active' = 'sessions'
): Promise<T[]> {
	return page.evaluate(
		(name) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open('limber');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains(name)) return resolve([]);
					const request = db.transaction(name).objectStore(name).getAll();
					request.onsuccess = () => {
						db.close();
						resolve(request.result as T[]);
					};
					request.onerror = () => reject(request.error);
				};
			}),
		store
	);
}

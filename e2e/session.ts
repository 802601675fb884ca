// Shared steps for sessions: getting past the screen before the clock starts and stopping, and
// the shape of a stored session as the tests read it back (helpers.ts: stored).
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

/** A finished session as the tests read it back with helpers.ts' `stored`. */
export interface StoredSession {
	id: string;
	title: string;
	completed: boolean;
	activeMs: number;
	painBefore?: number;
	painAfter?: number;
	note?: string;
}

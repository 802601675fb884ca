// Shared steps for the browser tests.
import type { Locator, Page } from '@playwright/test';

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
	/** 'No', 'Down one leg', 'In both legs' or 'Between the legs, bottom or inner thighs'. */
	numbness?: string;
	bladder?: 'Yes' | 'No';
}

/** Answers Today's daily check-in (`#check-in`); the yes/no questions default to No here. */
export async function answerCheckIn(checkIn: Locator, answers: CheckInAnswers): Promise<void> {
	const { pain, spasms = 'No', numbness = 'No', bladder = 'No' } = answers;
	await checkIn.getByRole('radio', { name: `${pain} out of 10`, exact: true }).click();
	const group = (name: string) => checkIn.getByRole('group', { name });
	await group('Spasms today?').getByRole('radio', { name: spasms, exact: true }).check();
	await group('Numbness or tingling today?')
		.getByRole('radio', { name: numbness, exact: true })
		.check();
	await group('New bladder or bowel trouble')
		.getByRole('radio', { name: bladder, exact: true })
		.check();
}

// History at scale: 10,000 sessions written into the app's IndexedDB, then the time until the
// first rows of /history are on screen and the time a full backup export takes, in Chromium.
import { chromium } from '@playwright/test';
import { seedDatabase } from '../e2e/database.js';

export const SESSION_COUNT = 10_000;
const RUNS = 5;
const ROW = '[aria-labelledby="sessions-title"] li';

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** `count` sessions, about nine a day going back from now. */
function benchSessions(count) {
	const kinds = [
		['timer', 'ice-20', 'Ice 20', 'ice'],
		['timer', 'heat-20', 'Heat 20', 'heat'],
		['timer', 'rest-10', 'Rest 10', 'relax'],
		['routine', 'spasm-relief', 'Spasm relief', 'stretch'],
		['routine', 'desk-break', 'Desk break', 'stretch']
	];
	const now = Date.now();
	return Array.from({ length: count }, (_, n) => {
		const [kind, sourceId, title, activity] = kinds[n % kinds.length];
		const startedAt = Math.round(now - (n + 1) * 2.7 * 3_600_000);
		const activeMs = 300_000 + (n % 13) * 60_000;
		return {
			id: `bench-${String(n).padStart(6, '0')}`,
			kind,
			sourceId,
			title,
			activity,
			startedAt,
			endedAt: startedAt + activeMs + 30_000,
			activeMs,
			plannedMs: activeMs + 60_000,
			completedSegments: 3,
			totalSegments: 4,
			completed: n % 5 !== 0,
			painBefore: 4 + (n % 5),
			painAfter: 2 + (n % 4),
			...(n % 7 === 0 ? { note: `Felt looser afterwards, session ${n}.` } : {})
		};
	});
}

/** Records, in the page, when the first history row appears and has been painted. */
function watchFirstRow(selector) {
	const seen = () => document.querySelector(selector);
	const observer = new MutationObserver(() => {
		if (!seen()) return;
		observer.disconnect();
		requestAnimationFrame(() => {
			window.__limberFirstRow = performance.now();
		});
	});
	observer.observe(document, { childList: true, subtree: true });
}

/** Clicks History in the main navigation and resolves with ms until the first row is painted. */
function navigateToHistory(selector) {
	return new Promise((resolve) => {
		const start = performance.now();
		const observer = new MutationObserver(() => {
			if (!document.querySelector(selector)) return;
			observer.disconnect();
			requestAnimationFrame(() => resolve(performance.now() - start));
		});
		observer.observe(document.body, { childList: true, subtree: true });
		document.querySelector('nav a[href="/history"]').click();
	});
}

/** @param {{ origin: string; launchOptions: import('@playwright/test').LaunchOptions }} opts */
export async function historyReport({ origin, launchOptions }) {
	const browser = await chromium.launch(launchOptions);
	try {
		const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
		const page = await context.newPage();
		// History opens (and so creates) the database; Today leaves it alone until a first save.
		await page.goto(`${origin}/history`);
		await seedDatabase(page, { sessions: benchSessions(SESSION_COUNT) });

		// Opening /history directly: from navigation start (page load, scripts, database open).
		const opened = [];
		const watched = await context.newPage();
		await watched.addInitScript(watchFirstRow, ROW);
		for (let i = 0; i < RUNS; i++) {
			await watched.goto(`${origin}/history`);
			await watched.waitForFunction(() => window.__limberFirstRow !== undefined);
			opened.push(await watched.evaluate(() => window.__limberFirstRow));
		}
		await watched.close();

		// Moving to History from Today inside the app, once the page is hydrated and idle.
		const navigated = [];
		for (let i = 0; i < RUNS; i++) {
			await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
			navigated.push(await page.evaluate(navigateToHistory, ROW));
		}
		const rows = await page.locator(ROW).count();

		// A full export: click, until the browser hands over the file.
		const exports = [];
		let exported = null;
		for (let i = 0; i < RUNS; i++) {
			await page.goto(`${origin}/settings`);
			const button = page.getByRole('button', { name: 'Export backup' });
			await button.waitFor();
			const start = performance.now();
			const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
			exports.push(performance.now() - start);
			if (!exported) {
				const stream = await download.createReadStream();
				const chunks = [];
				for await (const chunk of stream) chunks.push(chunk);
				exported = JSON.parse(Buffer.concat(chunks).toString('utf8'));
			}
		}
		if (exported?.sessions?.length !== SESSION_COUNT) {
			throw new Error(
				`The export held ${exported?.sessions?.length} sessions, not ${SESSION_COUNT}`
			);
		}

		return {
			sessions: SESSION_COUNT,
			firstRowsOpenMs: median(opened),
			firstRowsNavigateMs: median(navigated),
			rowsShown: rows,
			exportMs: median(exports),
			runs: { opened, navigated, exports }
		};
	} finally {
		await browser.close();
	}
}

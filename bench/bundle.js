// Bundle budgets: what a first visit to / downloads (measured in Chromium) and what is precached.
import { chromium } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** @param {{ origin: string; buildDir: string; launchOptions: import('@playwright/test').LaunchOptions }} opts */
export async function bundleReport({ origin, buildDir, launchOptions }) {
	const browser = await chromium.launch(launchOptions);
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const seen = new Map();
	page.on('response', async (response) => {
		const url = new URL(response.url());
		if (url.origin !== origin) return;
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		const body = await response.body().catch(() => null);
		if (body) seen.set(url.pathname, { type, bytes: body.length, gzip: gzip(body) });
	});
	await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	await browser.close();

	const files = [...seen.values()];
	const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
	const js = files.filter((f) => f.type === 'script');
	const css = files.filter((f) => f.type === 'stylesheet');

	const precached = walk(buildDir).map((path) => ({
		path: relative(buildDir, path),
		gzip: gzip(readFileSync(path))
	}));

	return {
		firstVisitJsGzip: sum(js, 'gzip'),
		firstVisitJsFiles: js.length,
		firstVisitCssGzip: sum(css, 'gzip'),
		precacheGzip: sum(precached, 'gzip'),
		precacheFiles: precached.length,
		largestPrecached: precached.sort((a, b) => b.gzip - a.gzip).slice(0, 5)
	};
}

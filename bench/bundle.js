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

	// What the service worker really precaches: read back from Cache Storage after it installs.
	const swContext = await browser.newContext({ serviceWorkers: 'allow' });
	const swPage = await swContext.newPage();
	// An install fails as a whole when one of its downloads does (a dropped connection on a busy
	// machine), and the page does not try again by itself: a reload does. Never wait forever.
	let installed = false;
	for (let attempt = 0; attempt < 2 && !installed; attempt++) {
		await swPage.goto(`${origin}/`);
		installed = await swPage.evaluate(
			() =>
				new Promise((resolve) => {
					navigator.serviceWorker.ready.then(() => resolve(true));
					setTimeout(() => resolve(false), 60_000);
				})
		);
	}
	if (!installed) throw new Error('The service worker did not install within a minute, twice.');
	const cachedPaths = await swPage.evaluate(async () => {
		const paths = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
		}
		return paths;
	});
	await browser.close();

	const downloaded = [...seen.values()];
	const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
	const js = downloaded.filter((f) => f.type === 'script');
	const css = downloaded.filter((f) => f.type === 'stylesheet');

	const files = new Map(walk(buildDir).map((path) => [`/${relative(buildDir, path)}`, path]));
	const fileFor = (pathname) =>
		files.get(pathname) ??
		files.get(`${pathname}.html`) ??
		files.get(`${pathname.replace(/\/$/, '')}/index.html`) ??
		(pathname === '/' ? files.get('/index.html') : undefined);
	const precached = cachedPaths.map((pathname) => {
		const file = fileFor(pathname);
		if (!file) throw new Error(`Precached ${pathname} is not in ${buildDir}/`);
		return { path: pathname, gzip: gzip(readFileSync(file)) };
	});

	return {
		firstVisitJsGzip: sum(js, 'gzip'),
		firstVisitJsFiles: js.length,
		firstVisitCssGzip: sum(css, 'gzip'),
		precacheGzip: sum(precached, 'gzip'),
		precacheFiles: precached.length,
		largestPrecached: precached.sort((a, b) => b.gzip - a.gzip).slice(0, 5)
	};
}

// Bundle budgets: what a first visit to Today downloads in each language (/, /es, /de, measured
// in Chromium) and what is precached.
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

/** Today in each language: its path, and the locale of a browser that prefers it. */
const FIRST_VISITS = [
	['en', '/', 'en-GB'],
	['es', '/es', 'es-ES'],
	['de', '/de', 'de-DE']
];

const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);

/**
 * What a first visit to `url` downloads, scripts and styles, with no service worker.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {string} locale
 */
async function firstVisit(browser, url, locale) {
	const { origin } = new URL(url);
	const context = await browser.newContext({ serviceWorkers: 'block', locale });
	const page = await context.newPage();
	const seen = new Map();
	page.on('response', async (response) => {
		const responseUrl = new URL(response.url());
		if (responseUrl.origin !== origin) return;
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		const body = await response.body().catch(() => null);
		if (body) seen.set(responseUrl.pathname, { type, bytes: body.length, gzip: gzip(body) });
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	await context.close();
	const downloaded = [...seen.values()];
	const js = downloaded.filter((f) => f.type === 'script');
	const css = downloaded.filter((f) => f.type === 'stylesheet');
	return { jsGzip: sum(js, 'gzip'), jsFiles: js.length, cssGzip: sum(css, 'gzip') };
}

/**
 * The paths the service worker keeps after a visit to `url` installs it (in a fresh browser that
 * prefers `locale`).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {string} locale
 */
async function precachedPaths(browser, url, locale) {
	const context = await browser.newContext({ serviceWorkers: 'allow', locale });
	const page = await context.newPage();
	// An install fails as a whole when one of its downloads does (a dropped connection on a busy
	// machine), and the page does not try again by itself: a reload does. Never wait forever.
	let installed = false;
	for (let attempt = 0; attempt < 2 && !installed; attempt++) {
		await page.goto(url);
		installed = await page.evaluate(
			() =>
				new Promise((resolve) => {
					navigator.serviceWorker.ready.then(() => resolve(true));
					setTimeout(() => resolve(false), 60_000);
				})
		);
	}
	if (!installed) throw new Error('The service worker did not install within a minute, twice.');
	const paths = await page.evaluate(async () => {
		const found = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) found.push(new URL(request.url).pathname);
		}
		return found;
	});
	await context.close();
	return paths;
}

/** @param {{ origin: string; buildDir: string; launchOptions: import('@playwright/test').LaunchOptions }} opts */
export async function bundleReport({ origin, buildDir, launchOptions }) {
	const browser = await chromium.launch(launchOptions);
	// A first visit to Today in each language, each in a fresh browser that prefers it (so the
	// page stays in its language, as it does for the person it is written for).
	const visits = {};
	for (const [lang, path, locale] of FIRST_VISITS) {
		visits[lang] = await firstVisit(browser, `${origin}${path}`, locale);
	}

	// What the service worker really precaches for a person using Limber in each language: read
	// back from Cache Storage after the worker that a visit to Today in that language registers
	// has installed.
	const cachedPathsByLang = {};
	for (const [lang, path, locale] of FIRST_VISITS) {
		cachedPathsByLang[lang] = await precachedPaths(browser, `${origin}${path}`, locale);
	}
	await browser.close();

	const { en } = visits;

	const files = new Map(walk(buildDir).map((path) => [`/${relative(buildDir, path)}`, path]));
	const fileFor = (pathname) =>
		files.get(pathname) ??
		files.get(`${pathname}.html`) ??
		files.get(`${pathname.replace(/\/$/, '')}/index.html`) ??
		(pathname === '/' ? files.get('/index.html') : undefined);
	const precachedByLang = Object.fromEntries(
		Object.entries(cachedPathsByLang).map(([lang, paths]) => [
			lang,
			paths.map((pathname) => {
				const file = fileFor(pathname);
				if (!file) throw new Error(`Precached ${pathname} is not in ${buildDir}/`);
				return { path: pathname, gzip: gzip(readFileSync(file)) };
			})
		])
	);
	const precached = precachedByLang.en;

	return {
		firstVisitJsGzip: en.jsGzip,
		firstVisitJsFiles: en.jsFiles,
		firstVisitCssGzip: en.cssGzip,
		/** The first visit to Today in each language: `/`, `/es`, `/de`. */
		firstVisitJsGzipByLang: Object.fromEntries(
			Object.entries(visits).map(([lang, visit]) => [lang, visit.jsGzip])
		),
		precacheGzip: sum(precached, 'gzip'),
		/** What the worker keeps for a person using Limber in each language. */
		precacheGzipByLang: Object.fromEntries(
			Object.entries(precachedByLang).map(([lang, files]) => [lang, sum(files, 'gzip')])
		),
		precacheFiles: precached.length,
		largestPrecached: [...precached].sort((a, b) => b.gzip - a.gzip).slice(0, 5),
		precached
	};
}

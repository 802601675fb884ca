// The app shell: navigation, offline use after one visit, installability and privacy; and the
// server behind npm start, which behaves as the README asks of a host.
import { chromium, expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { topLevelRoutes, waitForOfflineReady } from './helpers';

test('the main navigation reaches every top-level page', async ({ page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const route of topLevelRoutes) {
		await nav.getByRole('link', { name: route.heading }).click();
		await expect(page).toHaveURL(new RegExp(`${route.path === '/' ? '/$' : route.path}$`));
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
		await expect(nav.getByRole('link', { name: route.heading })).toHaveAttribute(
			'aria-current',
			'page'
		);
	}
});

test('after one online visit every top-level page opens offline', async ({ page, context }) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	// The page that is open when the network goes says so. (A document loaded while the context
	// is already offline reports navigator.onLine === true in some Chromium builds, 150 among
	// them, so the status is checked where the browser reports it: on the change.)
	const offline = page.getByRole('status').filter({ hasText: 'Offline' });
	await context.setOffline(true);
	await expect(offline).toBeVisible();
	for (const route of topLevelRoutes) {
		await page.goto(`${route.path}?from=offline-test`);
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
	}
	await context.setOffline(false);
	await expect(offline).toBeHidden();
});

test('an exercise and a guide topic opened offline are drawn by the app from what it keeps', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	// The worker keeps the shell page, not each reading page's own file.
	const kept = await page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys())
				paths.push(new URL(request.url).pathname);
		}
		return paths;
	});
	expect(kept).toContain('/shell.html');
	expect(kept).not.toContain('/exercises/bird-dog');
	expect(kept).toContain('/timers/ice-20');

	await context.setOffline(true);
	// A cold open, as from a bookmark: a new page with nothing in memory.
	const cold = await context.newPage();
	await cold.goto('/exercises/bird-dog');
	await expect(cold.getByRole('heading', { level: 1, name: 'Bird dog' })).toBeVisible();
	await expect(cold.getByRole('heading', { level: 2, name: 'How to do it' })).toBeVisible();
	await expect(cold).toHaveTitle('Bird dog · Limber');
	await expect(cold.locator('html')).toHaveAttribute('lang', 'en');
	await cold.getByRole('link', { name: 'Exercise library' }).click();
	await expect(cold.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
	await cold.goto('/guide/see-a-doctor');
	await expect(cold.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(cold.getByRole('link', { name: 'Get help' })).toBeVisible();
	await context.setOffline(false);
});

test('no request leaves the app origin', async ({ page, context, baseURL }) => {
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(baseURL!) && !/^(data|blob):/.test(url)) foreign.push(url);
	});
	await page.goto('/');
	await waitForOfflineReady(page);
	for (const route of topLevelRoutes) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	expect(foreign).toEqual([]);
});

test('the theme follows the system and can be set by hand', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/settings');
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const dark = await background();
	await page.getByRole('radio', { name: 'Light' }).check();
	await expect.poll(background).not.toBe(dark);
	await page.reload();
	await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
	await expect.poll(background).not.toBe(dark);
});

test('Chromium reports Limber installable', async ({ baseURL }) => {
	const profile = mkdtempSync(join(tmpdir(), 'limber-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		...chromiumLaunchOptions(),
		serviceWorkers: 'allow'
	});
	try {
		const page = await context.newPage();
		await page.goto(baseURL!);
		await waitForOfflineReady(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('every response carries the headers the README asks of a host', async ({ request }) => {
	for (const path of ['/', '/routines', '/service-worker.js', '/icons.svg', '/no-such-page']) {
		const response = await request.get(path);
		expect(response.headers(), path).toMatchObject({
			'content-security-policy': "frame-ancestors 'none'",
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer'
		});
	}
});

test('npm start on a port already taken says so in one sentence and exits', async () => {
	const taken = createServer();
	await new Promise<void>((listening) => taken.listen(0, '127.0.0.1', listening));
	const port = String((taken.address() as { port: number }).port);
	try {
		const serve = (args: string[], env: Record<string, string>) =>
			spawnSync('node', ['scripts/serve.js', 'build', ...args], {
				env: { ...process.env, ...env },
				encoding: 'utf8',
				timeout: 10_000
			});
		// PORT is honoured, and an argument wins over it.
		for (const run of [serve([], { PORT: port }), serve([port], { PORT: '1' })]) {
			expect(run.status).toBe(1);
			expect(run.stderr).toBe(
				`Port ${port} is already in use; choose another with PORT=<port> npm start, or node scripts/serve.js build <port>.\n`
			);
		}
	} finally {
		taken.close();
	}
});

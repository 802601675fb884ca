// Updates: a newer build waits politely, then replaces the running version when accepted, in
// every tab.
import { expect, test, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaticServer } from '../scripts/serve.js';
import { waitForOfflineReady } from './helpers';
import { beginSession, stopSession } from './session';

const nextVersion = `next-${Date.now().toString(36)}`;
let root = '';
let first = '';
let server: ReturnType<typeof createStaticServer>;
let origin = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(240_000);
	// A second, newer production build, as a deploy would put on the host.
	execSync('npx vite build', {
		env: { ...process.env, LIMBER_VERSION: nextVersion, LIMBER_OUT: 'build-next' },
		stdio: 'pipe'
	});
	first = mkdtempSync(join(tmpdir(), 'limber-first-'));
	cpSync('build', first, { recursive: true });
	root = first;
	server = createStaticServer(() => root);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	await new Promise((resolve) => server?.close(resolve));
	rmSync(first, { recursive: true, force: true });
});

test('a newer build offers "Reload to update" and accepting loads it', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}/settings`);
	await waitForOfflineReady(page);
	const version = page.getByTestId('app-version');
	await expect(version).not.toContainText(nextVersion);

	root = 'build-next';
	await page.reload();
	const toast = page.getByRole('status').filter({ hasText: 'A new version of Limber is ready' });
	await expect(toast).toBeVisible();
	await toast.getByRole('button', { name: 'Reload to update' }).click();
	await expect(version).toContainText(nextVersion);
	await expect(toast).toBeHidden();
	await context.close();
	root = first;
});

test('what was recorded before an update is still there after it', async ({ browser }) => {
	root = first;
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}/timers/rest-10`);
	await waitForOfflineReady(page);
	await page.getByRole('button', { name: /^Start/ }).click();
	await beginSession(page);
	await expect(page.getByRole('timer')).toBeVisible();
	await stopSession(page);
	await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible();

	root = 'build-next';
	await page.goto(`${origin}/settings`);
	const toast = page.getByRole('status').filter({ hasText: 'A new version of Limber is ready' });
	await expect(toast).toBeVisible();
	await toast.getByRole('button', { name: 'Reload to update' }).click();
	await expect(page.getByTestId('app-version')).toContainText(nextVersion);

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'History' })
		.click();
	await expect(page.getByText('Rest, 10 minutes').first()).toBeVisible();
	await context.close();
	root = first;
});

test("an update accepted in another tab: this tab's offer reloads into it at once", async ({
	browser
}) => {
	root = first;
	const context = await browser.newContext();
	const [page, other] = [await context.newPage(), await context.newPage()];
	await page.goto(`${origin}/settings`);
	await waitForOfflineReady(page);
	await other.goto(`${origin}/settings`);
	const toast = (tab: Page) =>
		tab.getByRole('status').filter({ hasText: 'A new version of Limber is ready' });

	root = 'build-next';
	await page.reload();
	await expect(toast(page)).toBeVisible();
	await other.reload();
	await expect(toast(other)).toBeVisible();
	await other.evaluate(() => {
		const tab = window as unknown as { taken: boolean };
		tab.taken = false;
		navigator.serviceWorker.addEventListener('controllerchange', () => (tab.taken = true));
	});

	await toast(page).getByRole('button', { name: 'Reload to update' }).click();
	await expect(page.getByTestId('app-version')).toContainText(nextVersion);
	// The new version now controls the other tab too, which still shows the old one and its offer.
	await expect
		.poll(() => other.evaluate(() => (window as unknown as { taken: boolean }).taken))
		.toBe(true);
	await expect(other.getByTestId('app-version')).not.toContainText(nextVersion);
	await toast(other).getByRole('button', { name: 'Reload to update' }).click();
	await expect(other.getByTestId('app-version')).toContainText(nextVersion);
	await expect(toast(other)).toBeHidden();
	await context.close();
	root = first;
});

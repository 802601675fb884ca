// Browser tests run in real Chromium against the production build served like a static host.
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.js';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	// Two cores on every machine here; more workers only fight over them.
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		serviceWorkers: 'allow',
		// The browser's language decides which language a page opens in (static/boot.js): English,
		// whatever the machine's own setting, unless a test asks for another.
		locale: 'en-US',
		trace: 'retain-on-failure',
		launchOptions: chromiumLaunchOptions()
	},
	projects: [
		{
			name: 'phone',
			use: { ...devices['Desktop Chrome'], viewport: { width: 412, height: 860 } }
		}
	],
	webServer: {
		command: `node scripts/serve.js build ${port}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});

// Which Chromium the browser tests and benchmarks drive: a system one when present
// (Debian's package on CI and in this workplace), otherwise Playwright's own download.
import { existsSync } from 'node:fs';

/** @returns {string | undefined} */
export function chromiumPath() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((path) => !!path && existsSync(path));
}

/** @returns {import('@playwright/test').LaunchOptions} */
export function chromiumLaunchOptions() {
	return {
		executablePath: chromiumPath(),
		// Keep Chromium from calling home: the tests also assert the app makes no foreign request.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage'
		]
	};
}

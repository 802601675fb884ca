// `npm run bench:size`: only the size budgets (first visit to /, /es and /de, and the precache), in a few
// seconds, for checking a change before the full `npm run bench`. Run after `npm run build`.
import { createStaticServer } from '../scripts/serve.js';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { bundleReport } from './bundle.js';
import { budgets } from './budgets.js';

const KB = 1024;
// The build to measure: `build`, or another folder built with LIMBER_OUT.
const BUILD = process.env.LIMBER_OUT ?? 'build';
// A page that never settles (a broken build, a worker that never installs) must not hold the
// machine: give up after two minutes.
setTimeout(() => {
	console.error('bench:size gave up after 120 s: the page or its service worker never settled.');
	process.exit(2);
}, 120_000).unref();
const server = createStaticServer(() => BUILD);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://localhost:${server.address().port}`;
let failed = false;
try {
	const bundle = await bundleReport({
		origin,
		buildDir: BUILD,
		launchOptions: chromiumLaunchOptions()
	});
	for (const [name, value, budget] of [
		...[
			['en', '/'],
			['es', '/es'],
			['de', '/de']
		].map(([lang, path]) => [
			`JavaScript on first visit to ${path} (gzip)`,
			bundle.firstVisitJsGzipByLang[lang],
			budgets.firstVisitJsGzip
		]),
		...[
			['en', 'English'],
			['es', 'Spanish'],
			['de', 'German']
		].map(([lang, name]) => [
			`Everything precached for offline, Limber used in ${name} (gzip)`,
			bundle.precacheGzipByLang[lang],
			budgets.precacheGzip
		])
	]) {
		const ok = value <= budget;
		if (!ok) failed = true;
		console.log(
			`${name}: ${(value / KB).toFixed(1)} KB (budget ${(budget / KB).toFixed(0)} KB) ${ok ? 'pass' : 'OVER'}`
		);
	}
} finally {
	server.close();
}
process.exit(failed ? 1 : 0);

// `npm run bench`: measures Limber against its budgets (bench/budgets.js, the README's table)
// and prints a report; exits non-zero when any budget is missed.
// Run after `npm run build`. Results are also written to bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createStaticServer } from '../scripts/serve.js';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { bundleReport } from './bundle.js';
import { budgets } from './budgets.js';
import { timerAccuracy } from './timer.js';
import { historyReport } from './history.js';
import { accessibilitySweep, CATEGORIES, DARK_PAGES, lighthouseReport } from './lighthouse.js';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const KB = 1024;

/** The path of every prerendered page in the build: `routines/flare-day.html` → `/routines/flare-day`. */
function prerenderedPaths(dir) {
	const walk = (d) =>
		readdirSync(d).flatMap((name) => {
			const path = join(d, name);
			return statSync(path).isDirectory() ? walk(path) : [path];
		});
	return walk(dir)
		.filter(
			// shell.html is the page the service worker draws reading pages with, no page of its own.
			(file) =>
				file.endsWith('.html') && !file.endsWith('404.html') && relative(dir, file) !== 'shell.html'
		)
		.map(
			(file) =>
				`/${relative(dir, file)
					.replace(/\.html$/, '')
					.replace(/(^|\/)index$/, '')}`
		)
		.sort();
}

// Served compressed with a real host's cache rules (scripts/serve.js), so Lighthouse sees the
// bytes a visitor downloads.
const server = createStaticServer(() => 'build');
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://localhost:${server.address().port}`;
const rows = [];
const results = {};
let failed = false;

function row(name, value, budget, unit) {
	const ok = budget === undefined || value <= budget;
	if (!ok) failed = true;
	const show = (v) => (unit === 'KB' ? `${(v / KB).toFixed(1)} KB` : `${Math.round(v)} ${unit}`);
	rows.push({
		measure: name,
		value: show(value),
		budget: budget === undefined ? '—' : `≤ ${show(budget)}`,
		result: budget === undefined ? '' : ok ? 'pass' : 'OVER'
	});
}

/** One row for an accessibility sweep: its lowest score, naming every page below the budget. */
function sweepRow(what, sweep) {
	const below = sweep.filter((page) => page.score < budgets.lighthouse.accessibility);
	if (below.length > 0) failed = true;
	rows.push({
		measure: `Lighthouse accessibility, ${what} (lowest)`,
		value: String(Math.min(...sweep.map((page) => page.score))),
		budget: `≥ ${budgets.lighthouse.accessibility}`,
		result:
			below.length === 0
				? 'pass'
				: `LOW: ${below.map((page) => `${page.path} (${page.failing.join(', ')})`).join('; ')}`
	});
}

/** Says on stderr what is being measured: the whole run takes a quarter of an hour or more. */
const step = (what) => console.error(`bench: ${what}…`);

try {
	step('first visit and precache');
	const bundle = await bundleReport({
		origin,
		buildDir: 'build',
		launchOptions: chromiumLaunchOptions()
	});
	results.bundle = bundle;
	for (const [lang, path] of [
		['en', '/'],
		['es', '/es'],
		['de', '/de']
	])
		row(
			`JavaScript on first visit to ${path} (gzip)`,
			bundle.firstVisitJsGzipByLang[lang],
			budgets.firstVisitJsGzip,
			'KB'
		);
	row('CSS on first visit to / (gzip)', bundle.firstVisitCssGzip, undefined, 'KB');
	for (const [lang, name] of [
		['en', 'English'],
		['es', 'Spanish'],
		['de', 'German']
	])
		row(
			`Everything precached for offline, Limber used in ${name} (gzip)`,
			bundle.precacheGzipByLang[lang],
			budgets.precacheGzip,
			'KB'
		);

	step('countdown after a freeze');
	const timer = await timerAccuracy({ origin, launchOptions: chromiumLaunchOptions() });
	results.timer = timer;
	row('Countdown error after a freeze (worst frame)', timer.maxErrorMs, budgets.timerErrorMs, 'ms');
	step('history of 10,000 sessions');
	const history = await historyReport({ origin, launchOptions: chromiumLaunchOptions() });
	results.history = history;
	row(
		'History of 10,000 sessions: first rows, opening /history',
		history.firstRowsOpenMs,
		budgets.historyFirstRowsMs,
		'ms'
	);
	row(
		'History of 10,000 sessions: first rows, from Today',
		history.firstRowsNavigateMs,
		budgets.historyFirstRowsMs,
		'ms'
	);
	row('History of 10,000 sessions: full export', history.exportMs, budgets.historyExportMs, 'ms');
	step('Lighthouse on the key pages');
	const lighthouse = await lighthouseReport({ origin });
	results.lighthouse = lighthouse;
	for (const { path, scores, failing } of lighthouse) {
		for (const category of CATEGORIES) {
			const score = scores[category] ?? 0;
			const budget = budgets.lighthouse[category] ?? 100;
			const ok = score >= budget;
			if (!ok) failed = true;
			rows.push({
				measure: `Lighthouse ${category} ${path}`,
				value: String(score),
				budget: `≥ ${budget}`,
				result: ok ? 'pass' : `LOW: ${(failing[category] ?? []).join(', ')}`
			});
		}
	}

	// Every prerendered page, accessibility only: one row for the whole sweep, naming any below;
	// then the pages a person in pain uses most, again with the system in dark mode.
	step('accessibility of every page');
	const sweep = await accessibilitySweep({ origin, paths: prerenderedPaths('build') });
	results.accessibilitySweep = sweep;
	sweepRow(`all ${sweep.length} pages`, sweep);
	step('accessibility in dark mode');
	const dark = await accessibilitySweep({ origin, paths: DARK_PAGES, dark: true });
	results.accessibilitySweepDark = dark;
	sweepRow(`dark mode, ${dark.length} pages`, dark);
} finally {
	server.close();
}

console.table(rows);
mkdirSync('bench/results', { recursive: true });
writeFileSync(
	'bench/results/latest.json',
	JSON.stringify({ at: new Date().toISOString(), results }, null, 2)
);
if (failed) {
	console.error('Some measures are over budget.');
	process.exitCode = 1;
}

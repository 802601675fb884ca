// Renders the PNG app icons from static/favicon.svg with Chromium; run after changing the logo.
// Then reduces them to a palette with pngquant (Debian: apt-get install pngquant), which halves
// them without a visible change: icon-192 is precached for offline use and notifications.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const svg = readFileSync('static/favicon.svg', 'utf8');
// The maskable icon is full-bleed with the mark inside the central safe zone (80 %).
const maskable = svg
	.replace('rx="112"', 'rx="0"')
	.replace(/<path/, '<g transform="translate(51.2 51.2) scale(0.8)"><path')
	.replace('</svg>', '</g></svg>');

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox']
});
const page = await browser.newPage();
const jobs = [
	['icon-192.png', svg, 192, true],
	['icon-512.png', svg, 512, true],
	['maskable-512.png', maskable, 512, false],
	['apple-touch-icon.png', maskable, 180, false]
];
for (const [name, source, size, transparent] of jobs) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`
	);
	await page.screenshot({ path: `static/icons/${name}`, omitBackground: transparent });
}
await browser.close();

for (const [name] of jobs) {
	const path = `static/icons/${name}`;
	execFileSync('pngquant', [
		'--quality=80-100',
		'--speed=1',
		'--strip',
		'--force',
		'--output',
		path,
		path
	]);
}

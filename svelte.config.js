import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { shortCssHash } from './tools/build/css-hash.js';
import { withMinifiedStaticScripts } from './tools/build/minify-static.js';

// One version name per build, shared with the prerender worker through the environment:
// it names the service worker's cache and is shown in Settings.
process.env.LIMBER_VERSION ??= `0.1.0-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// discloseVersion off: no global marker of the Svelte version in every page's script.
	// Short scoped-style class names: see tools/build/css-hash.js.
	compilerOptions: {
		runes: true,
		discloseVersion: false,
		cssHash: shortCssHash()
	},
	kit: {
		// static/boot.js is served minified (tools/build/minify-static.js).
		adapter: withMinifiedStaticScripts(
			adapter({
				pages: process.env.LIMBER_OUT ?? 'build',
				// The page the service worker answers with for pages it draws rather than keeps
				// (src/lib/core/offline-files.ts): it starts the app, which draws the page asked for.
				fallback: 'shell.html',
				strict: true,
				// A .br and a .gz beside every text file, served by hosts (and scripts/serve.js) that can.
				precompress: true
			})
		),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*', '/es', '/de', '/es/red-flags', '/de/red-flags', '/es/about', '/de/about']
		},
		// The page registers the worker itself through workbox-window (src/lib/state/pwa.svelte.ts).
		serviceWorker: { register: false },
		paths: { relative: false },
		version: { name: process.env.LIMBER_VERSION },
		csp: {
			mode: 'hash',
			directives: {
				// Everything from Limber's own origin; fetch, workers, fonts and the manifest fall
				// back to default-src. Scripts: Limber's files and SvelteKit's start-up script (by
				// its hash, added per page).
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'media-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

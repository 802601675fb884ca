import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// One version name per build, shared with the prerender worker through the environment:
// it names the service worker's cache and is shown in Settings.
process.env.LIMBER_VERSION ??= `0.1.0-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;

// app.html's one inline script applies display preferences (src/lib/state/display.svelte.ts)
// before the first paint; the CSP allows exactly that script by its hash, so editing it needs no
// other change.
const template = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const boot = /<script>([\s\S]*?)<\/script>/.exec(template)?.[1] ?? '';
/** @type {`sha256-${string}`} */
const bootHash = `sha256-${createHash('sha256').update(boot).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// discloseVersion off: no global marker of the Svelte version in every page's script.
	compilerOptions: { runes: true, discloseVersion: false },
	kit: {
		adapter: adapter({
			pages: process.env.LIMBER_OUT ?? 'build',
			fallback: undefined,
			strict: true
		}),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] },
		// The page registers the worker itself through workbox-window (src/lib/state/pwa.svelte.ts).
		serviceWorker: { register: false },
		version: { name: process.env.LIMBER_VERSION },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', bootHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'media-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self']
			}
		}
	}
};

export default config;

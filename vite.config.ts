import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { initialChunk } from './tools/build/initial-chunk.ts';
import { staticImportClosures } from './tools/build/preloads.ts';
import { langChunks } from './tools/build/lang-chunks.ts';

export default defineConfig({
	plugins: [sveltekit(), initialChunk(), staticImportClosures(), langChunks()],
	resolve: {
		alias: [
			// The package's "module" field points at its ES5 build; Limber targets ES2022, and the
			// library's own modern production build is 40 % smaller.
			{ find: /^workbox-window$/, replacement: 'workbox-window/build/workbox-window.prod.mjs' }
		]
	},
	// No preload lists for import(): they cost the first visit 0.7 KB (docs/architecture.md, "The
	// first visit's download").
	build: { target: 'es2022', modulePreload: false },
	preview: { port: 4173, strictPort: true },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					environment: 'node'
				}
			},
			{
				// Suites named *.svelte.test.ts run Svelte's client runtime, as in the browser: effects
				// run, and createSubscriber subscribes while one reads and stops after.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: ['src/**/*.svelte.test.ts'],
					environment: './tools/test/runes-environment.ts'
				}
			}
		]
	}
});

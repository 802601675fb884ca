import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { initialChunk, staticPreloads } from './tools/build/initial-chunk.ts';

export default defineConfig({
	plugins: [sveltekit(), initialChunk(), staticPreloads()],
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
		include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
		environment: 'node'
	}
});

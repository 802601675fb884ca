import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// ESLint caches its configuration as data, so the parser gets Svelte's options without the
// class-name function (linting does not need it).
const { cssHash: _cssHash, ...compilerOptions } = svelteConfig.compilerOptions ?? {};
const lintSvelteConfig = { ...svelteConfig, compilerOptions };

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Limber is always served from the origin root (paths.base is empty), so plain hrefs are exact.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	// The rules above need no type information (svelte-check checks types), so no TypeScript
	// program is built for linting: a cold lint in half the time.
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig: lintSvelteConfig
			}
		}
	},
	// The layer rules (which layer may import which, idb only in storage, no cycles) are checked
	// by dependency-cruiser: tools/deps/rules.cjs, run by `npm run check`.
	{
		ignores: [
			'build/',
			'build-next/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/results/',
			'reports/',
			'.stryker-tmp/'
		]
	}
);

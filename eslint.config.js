import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import limber from './tools/lint/write-result.js';

// ESLint caches its results by a hash of the configuration, so the parser gets Svelte's options
// without what changes from one run to the next and linting does not need: the class-name
// function, and the version name (a timestamp per run, which made every component be linted
// again on every run).
const { cssHash: _cssHash, ...compilerOptions } = svelteConfig.compilerOptions ?? {};
const { version: _version, ...kit } = svelteConfig.kit ?? {};
const lintSvelteConfig = { ...svelteConfig, compilerOptions, kit };

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
	// One rule for every write (docs/architecture.md): a result a write returns is acted on, never
	// dropped. The rule reads types, so these files, and only these, are linted with a TypeScript
	// program (the project service, from tsconfig.json); the tests and the service worker are not.
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts', 'src/**/testing.ts', 'src/service-worker/**'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname
			}
		},
		plugins: { limber },
		rules: { 'limber/no-ignored-result': 'error' }
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

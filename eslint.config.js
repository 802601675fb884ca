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
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig: lintSvelteConfig
			}
		}
	},
	{
		files: ['src/**'],
		ignores: ['src/lib/storage/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: 'idb', message: 'Only src/lib/storage may import idb.' }] }
			]
		}
	},
	{
		// Components and routes reach data through src/lib/state, never storage directly.
		files: ['src/lib/components/**', 'src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [{ name: 'idb', message: 'Only src/lib/storage may import idb.' }],
					patterns: [
						{
							group: ['$lib/storage', '$lib/storage/*'],
							message: 'Components and routes go through src/lib/state.'
						}
					]
				}
			]
		}
	},
	{
		// Layering: core and content stay pure; only storage touches idb.
		files: ['src/lib/core/**', 'src/lib/content/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'svelte',
								'svelte/*',
								'$app/*',
								'idb',
								'$lib/storage/*',
								'$lib/state/*',
								'$lib/platform/*',
								'$lib/components/*'
							],
							message: 'core and content are pure: no framework, storage or platform imports.'
						}
					]
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'build-next/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/results/'
		]
	}
);

// The layer rules of docs/architecture.md, checked by `npm run check` (`npm run lint:deps`):
// every import against the layer order, and every import cycle, fails the check.
// Data flows one way: routes → components → state → storage / platform / content → core.
const lib = (layer) => `^src/lib/${layer}/`;
const path = (...layers) => `(${layers.map(lib).join('|')})`;
const ROUTES = '^src/routes/';
const WORKER = '^src/service-worker/';
/** SvelteKit's own runtime modules, which resolve to nothing on disk. */
const KIT = '^\\$app/|^\\$service-worker$';
/** Tests may reach across layers for fixtures; the code they test may not. */
const TEST = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-cycle',
			comment: 'No module may import itself through others: split the shared part out.',
			severity: 'error',
			from: {},
			to: { circular: true }
		},
		{
			name: 'core-is-pure',
			comment: 'core/ is plain TypeScript: it imports only core/ and plain libraries.',
			severity: 'error',
			from: { path: lib('core'), pathNot: TEST },
			to: {
				pathNot: [lib('core'), '^node_modules/valibot/'],
				dependencyTypesNot: ['type-only', 'npm-dev']
			}
		},
		{
			name: 'core-types-stay-in-core',
			comment: 'Not even a type from a layer above core.',
			severity: 'error',
			from: { path: lib('core'), pathNot: TEST },
			to: {
				path: [
					path('content', 'messages', 'i18n', 'platform', 'storage', 'state', 'components'),
					ROUTES,
					KIT
				]
			}
		},
		{
			name: 'i18n-is-pure',
			comment:
				'i18n/ (catalogs and Intl formatting) builds on core/ alone (and reads the page’s path).',
			severity: 'error',
			from: { path: lib('i18n'), pathNot: TEST },
			to: { pathNot: [lib('i18n'), lib('core'), '^\\$app/state$'], dependencyTypesNot: ['npm-dev'] }
		},
		{
			name: 'messages-are-words',
			comment: 'messages/ holds the words of each language: it imports only i18n/ and core/.',
			severity: 'error',
			from: { path: lib('messages'), pathNot: TEST },
			to: { pathNot: [lib('messages'), lib('i18n'), lib('core')], dependencyTypesNot: ['npm-dev'] }
		},
		{
			name: 'words-above-storage',
			comment:
				'storage/, platform/, content/ and the worker return codes and data; words come from messages/ above them.',
			severity: 'error',
			from: { path: [path('storage', 'platform', 'content'), WORKER], pathNot: TEST },
			to: { path: path('messages', 'i18n') }
		},
		{
			name: 'content-is-data',
			comment: 'content/ is data: it imports only core/.',
			severity: 'error',
			from: { path: lib('content'), pathNot: TEST },
			to: { pathNot: [lib('content'), lib('core')], dependencyTypesNot: ['npm-dev'] }
		},
		{
			name: 'only-storage-imports-idb',
			severity: 'error',
			from: { pathNot: lib('storage') },
			to: { path: '^node_modules/idb/' }
		},
		{
			name: 'storage-platform-below-state',
			comment: 'storage/ and platform/ never import state, components or routes, nor each other.',
			severity: 'error',
			from: { path: path('storage', 'platform'), pathNot: TEST },
			to: { path: [path('state', 'components'), ROUTES] }
		},
		{
			name: 'storage-and-platform-apart',
			severity: 'error',
			from: { path: lib('storage'), pathNot: TEST },
			to: { path: path('platform') }
		},
		{
			name: 'platform-and-storage-apart',
			severity: 'error',
			from: { path: lib('platform'), pathNot: TEST },
			to: { path: path('storage') }
		},
		{
			name: 'state-below-ui',
			comment: 'state/ joins core, storage and platform for the UI; it never imports the UI.',
			severity: 'error',
			from: { path: lib('state'), pathNot: TEST },
			to: { path: [lib('components'), ROUTES] }
		},
		{
			name: 'ui-goes-through-state',
			comment: 'Components and routes reach saved data through state/, never storage/.',
			severity: 'error',
			from: { path: [lib('components'), ROUTES], pathNot: TEST },
			to: { path: lib('storage') }
		},
		{
			name: 'server-loads-need-no-state',
			comment:
				'A page’s server load (run at build time) computes from core/ and content/; state/ would bring storage and $app/navigation into the prerender.',
			severity: 'error',
			from: { path: '^src/routes/.*\\+(page|layout)\\.server\\.ts$' },
			to: { path: [path('state', 'storage', 'platform', 'components')] }
		},
		{
			name: 'components-below-routes',
			severity: 'error',
			from: { path: lib('components'), pathNot: TEST },
			to: { path: ROUTES }
		},
		{
			name: 'worker-apart',
			comment: 'The service worker shares only core/ with the page.',
			severity: 'error',
			from: { path: WORKER, pathNot: TEST },
			to: { path: [path('content', 'platform', 'storage', 'state', 'components'), ROUTES] }
		},
		{
			name: 'resolvable',
			comment: 'Every import resolves (a typo in a path is caught here, too).',
			severity: 'error',
			from: {},
			to: { couldNotResolve: true, pathNot: [KIT, '^\\./\\$types$'] }
		},
		{
			name: 'app-code-not-from-tests',
			comment: 'Production code never imports a test, nor a storage or state testing helper.',
			severity: 'error',
			from: { path: '^src/', pathNot: TEST },
			to: {
				path: [
					'\\.test\\.ts$',
					'^src/lib/storage/testing\\.ts$',
					'^src/lib/state/testing\\.svelte\\.ts$'
				]
			}
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(build|build-next|\\.svelte-kit)/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		webpackConfig: { fileName: 'tools/deps/resolve.cjs' },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['svelte', 'import', 'module', 'default', 'types'],
			extensions: ['.ts', '.js', '.svelte', '.mjs', '.d.ts'],
			mainFields: ['svelte', 'module', 'main', 'types']
		}
	}
};

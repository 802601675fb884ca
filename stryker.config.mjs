// Mutation testing (npm run test:mutation; not part of npm test or CI): Stryker changes the code
// of core/ and state/ one small edit at a time and runs the unit tests that cover it; a change
// no test notices shows a test that cannot fail. See the README ("Mutation score").
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'tools/mutation/vitest.config.ts' },
	mutate: [
		'src/lib/core/**/*.ts',
		'src/lib/state/**/*.ts',
		'!src/lib/**/*.test.ts',
		// Test support, not code a person runs.
		'!src/lib/core/testing.ts'
	],
	coverageAnalysis: 'perTest',
	// One worker, so that a run leaves a two-core machine usable (`--concurrency 2` on a quiet one).
	concurrency: 1,
	// A busy machine slows the tests down; a mutant that loops for ever still times out.
	timeoutMS: 10000,
	// Only mutants in changed code or under changed tests run again.
	incremental: true,
	incrementalFile: 'reports/mutation/incremental.json',
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	jsonReporter: { fileName: 'reports/mutation/report.json' },
	// The sandbox copies the project; builds and test results are not needed there.
	ignorePatterns: [
		'/build',
		'/build-next',
		'/test-results',
		'/playwright-report',
		'/bench/results',
		'/docs',
		'/reports'
	],
	thresholds: { high: 80, low: 60, break: null }
};

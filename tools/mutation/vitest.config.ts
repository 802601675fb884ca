// Vitest as the mutation run uses it (stryker.config.mjs): the project's own configuration, run in
// child processes. Stryker asks Vitest for worker threads, and a worker thread cannot change its
// time zone: setting process.env.TZ there leaves Date in the zone the run started in. The tests
// that count days across daylight-saving changes set the zone, so under threads they would pass
// without testing it, or fail. Forks is what `npm run test:unit` uses.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vite.config';

export default mergeConfig(
	base,
	defineConfig({
		plugins: [
			{
				name: 'limber:mutation-forks',
				configureVitest({ project }) {
					project.config.pool = 'forks';
				}
			}
		]
	})
);

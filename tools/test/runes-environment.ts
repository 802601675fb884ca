// The environment of the `*.svelte.test.ts` suites: Node, but with the code compiled and resolved
// for the browser, so Svelte's client runtime runs and effects (and createSubscriber) work.
import { builtinEnvironments, type Environment } from 'vitest/runtime';

export default {
	...builtinEnvironments.node,
	name: 'runes',
	viteEnvironment: 'client'
} satisfies Environment;

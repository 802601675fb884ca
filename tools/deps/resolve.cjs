// How tools/deps/rules.cjs resolves SvelteKit's `$lib` alias (in webpack's shape, which
// dependency-cruiser reads): SvelteKit's generated tsconfig names it without the baseUrl its
// resolver needs.
module.exports = { resolve: { alias: { $lib: `${__dirname}/../../src/lib` } } };

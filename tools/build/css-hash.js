// Short class names for Svelte's scoped styles.
//
// Svelte marks every element a component styles with a class naming the component
// ("svelte-12qhfyh"). The app shell repeats on all 58 prerendered pages, so those names are a
// measurable part of the offline precache. Five base-36 characters name ~80 components with a
// tiny chance of two sharing a name, and two sharing a name would mix their styles, so a clash
// stops the build instead.

/**
 * @returns {import('svelte/compiler').CompileOptions['cssHash']}
 */
export function shortCssHash() {
	/** @type {Map<string, string>} */
	const owners = new Map();
	return ({ hash, filename, css }) => {
		const key = filename || css;
		const name = `s${hash(key).slice(-5)}`;
		const owner = owners.get(name);
		if (owner !== undefined && owner !== key) {
			throw new Error(
				`Two components got the same style class ${name} (${owner}, ${key}): lengthen it in tools/build/css-hash.js.`
			);
		}
		owners.set(name, key);
		return name;
	};
}

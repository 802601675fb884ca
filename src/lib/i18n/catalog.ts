// Messages: every word a person reads or hears, one catalog per area and language
// (`src/lib/messages/<area>/{en,es,de}.ts`). English's catalog gives the shape; each other
// language's must have exactly its keys (`satisfies Messages<typeof en>`), so a missing or
// extra message fails the type check. A page loads the catalogs it shows in its universal load
// (`load(lang)`), so only its own language's words are downloaded; components then read them
// synchronously (`get(lang)`).
import type { Lang } from '$lib/core/lang';

/** English's catalog with its words widened: the shape every language's catalog must have. */
export type Messages<T> = {
	readonly [K in keyof T]: T[K] extends string
		? string
		: T[K] extends (...args: infer A) => string
			? (...args: A) => string
			: T[K] extends readonly string[]
				? readonly string[]
				: Messages<T[K]>;
};

export interface Catalog<T> {
	/** Fetches `lang`'s messages once, and gives them. */
	load(lang: Lang): Promise<T>;
	/** `lang`'s messages, which a `load` must have fetched first (a page's load, or a loader's). */
	get(lang: Lang): T;
}

export function catalog<T>(
	area: string,
	loaders: Readonly<Record<Lang, () => Promise<{ default: T }>>>
): Catalog<T> {
	const loaded = new Map<Lang, T>();
	return {
		async load(lang) {
			const held = loaded.get(lang);
			if (held) return held;
			const messages = (await loaders[lang]()).default;
			loaded.set(lang, messages);
			return messages;
		},
		get(lang) {
			const held = loaded.get(lang);
			if (!held)
				throw new Error(`The ${area} messages in ${lang} were read before they were loaded`);
			return held;
		}
	};
}

// The languages Limber speaks, and where each lives: English at the root ("/red-flags"), the
// others under their code ("/es/red-flags", "/de/red-flags"). Pure: paths and language tags in,
// a language out.

export const LANGS = ['en', 'es', 'de'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** The languages that live under a prefix of their own (all but English). */
export const PREFIXED_LANGS: readonly Lang[] = LANGS.filter((lang) => lang !== DEFAULT_LANG);

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language of a path: "/es/red-flags" → "es", "/de" → "de", "/red-flags" → "en". */
export function langOfPath(pathname: string): Lang {
	const first = pathname.split('/')[1];
	return first !== DEFAULT_LANG && isLang(first) ? first : DEFAULT_LANG;
}

/** The path without its language: "/es/red-flags" → "/red-flags", "/de" → "/". */
export function pathWithoutLang(pathname: string): string {
	const lang = langOfPath(pathname);
	if (lang === DEFAULT_LANG) return pathname;
	const rest = pathname.slice(lang.length + 1);
	return rest === '' ? '/' : rest;
}

/** An English path in `lang`: ("es", "/red-flags") → "/es/red-flags", ("de", "/") → "/de". */
export function pathIn(lang: Lang, path: string): string {
	const base = pathWithoutLang(path);
	if (lang === DEFAULT_LANG) return base;
	return base === '/' ? `/${lang}` : `/${lang}${base}`;
}

/**
 * The pages written in every language so far, by their English paths ("/guide/*" is every page
 * under /guide). A link in another language leads to that language's page where there is one,
 * and to the English page until then.
 */
export const LOCALIZED_PAGES: readonly string[] = [
	'/',
	'/red-flags',
	'/about',
	'/guide',
	'/guide/*',
	'/play',
	'/routines',
	'/routines/*',
	'/timers',
	'/timers/*',
	'/history',
	'/history/*',
	'/settings',
	'/exercises',
	'/exercises/*'
];

/** Whether the English page `path` (no query, no hash) is written in every language. */
export function isLocalized(path: string): boolean {
	return LOCALIZED_PAGES.some((page) =>
		page.endsWith('/*') ? path.startsWith(page.slice(0, -1)) : page === path
	);
}

/** Where a link to the English page `path` leads from a page in `lang`. */
export function hrefIn(lang: Lang, path: string): string {
	const cut = path.search(/[?#]/);
	const [base, rest] = cut === -1 ? [path, ''] : [path.slice(0, cut), path.slice(cut)];
	return isLocalized(base) ? pathIn(lang, base) + rest : path;
}

/** A route's `[[lang=lang]]` parameter as a language: English where there is none. */
export function langFrom(param: string | undefined): Lang {
	return isLang(param) ? param : DEFAULT_LANG;
}

/** Where a language chosen in Settings is remembered (localStorage; static/boot.js reads it too). */
export const CHOSEN_LANG_KEY = 'limber.lang';

/** The web app manifest of `lang`: its start page, name and shortcuts in that language. */
export function manifestOf(lang: Lang): string {
	return lang === DEFAULT_LANG ? '/manifest.webmanifest' : `/manifest.${lang}.webmanifest`;
}

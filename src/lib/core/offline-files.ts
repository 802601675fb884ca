// What the service worker keeps offline for the language a person uses Limber in.
import { DEFAULT_LANG, langOfPath, pathIn, pathWithoutLang, type Lang } from './lang';
import { catalogOfFile } from './lang-files';

/**
 * The pages that must work offline in every language in every language, whatever language Limber is used in: the
 * check of the warning signs, with its emergency answer and call button.
 */
export const EMERGENCY_PAGES: ReadonlySet<string> = new Set(['/red-flags']);

/** The message areas those pages read. */
export const EMERGENCY_AREAS: ReadonlySet<string> = new Set(['shell', 'care']);

/**
 * The service worker's address for a person using Limber in `lang`: English's has no `?lang=`.
 * A first visit registers the worker in the language of the page it opened.
 */
export function workerUrl(lang: Lang): string {
	return lang === DEFAULT_LANG ? '/service-worker.js' : `/service-worker.js?lang=${lang}`;
}

/**
 * What the service worker keeps offline for a person using Limber in `lang`: every file that is
 * not a language's (scripts, styles, pictures), `lang`'s own words and pages (a page not yet
 * written in `lang` in English), and the emergency pages with their words in every language.
 */
export function offlineFiles(
	lang: Lang,
	files: readonly string[],
	pages: readonly string[]
): string[] {
	const ofLang = (path: string) => langOfPath(path);
	const written = new Set(pages);
	const keepPage = (page: string) => {
		const english = pathWithoutLang(page);
		if (EMERGENCY_PAGES.has(english) || ofLang(page) === lang) return true;
		return ofLang(page) === DEFAULT_LANG && !written.has(pathIn(lang, english));
	};
	const keepFile = (file: string) => {
		const catalog = catalogOfFile(file);
		return !catalog || catalog.lang === lang || EMERGENCY_AREAS.has(catalog.area);
	};
	return [...files.filter(keepFile), ...pages.filter(keepPage)];
}

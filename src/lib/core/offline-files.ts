// What the service worker keeps offline for the language a person uses Limber in.
import { DEFAULT_LANG, langOfPath, pathIn, pathWithoutLang, type Lang } from './lang';
import { catalogOfFile } from './lang-files';

/**
 * The pages that must work offline in every language, whatever language Limber is used in: the
 * check of the warning signs, with its emergency answer and call button.
 */
export const EMERGENCY_PAGES: ReadonlySet<string> = new Set(['/red-flags']);

/** The message areas those pages read (`common`: the alerts any page may show, such as an update). */
export const EMERGENCY_AREAS: ReadonlySet<string> = new Set(['shell', 'care', 'common']);

/**
 * The page the app draws any page in from its scripts (the build's fallback page, written by the
 * adapter): the worker answers with it for the reading pages below, whose own files it does not
 * keep.
 */
export const SHELL_PAGE = '/shell.html';

/**
 * Reading pages, many of one kind (each exercise, each guide topic: about 50 pages and 110 KB in
 * one language): offline, the shell draws them from the scripts and words already kept, as a
 * move within the app does. The pages a person in pain opens to act (Today, the check, the
 * timers, the routines, the lists) are kept whole, so they show before any script runs.
 */
const DRAWN_UNDER = ['/exercises/', '/guide/'];

/** Whether the worker answers `page` with the shell rather than keeping the page's own file. */
export function isDrawn(page: string): boolean {
	const english = pathWithoutLang(page);
	return DRAWN_UNDER.some((prefix) => english.startsWith(prefix) && english.length > prefix.length);
}

export interface OfflineFiles {
	/** Everything the worker downloads and keeps when it installs. */
	precache: string[];
	/** Pages of the kept language that the shell draws offline. */
	drawn: string[];
}

/**
 * What the service worker keeps offline for a person using Limber in `lang`: every file that is
 * not a language's (scripts, styles, pictures), `lang`'s own words and pages (a page not yet
 * written in `lang` in English), and the emergency pages with their words in every language.
 * Reading pages of `lang` are drawn by the shell instead of kept.
 */
export function offlineFiles(
	lang: Lang,
	files: readonly string[],
	pages: readonly string[]
): OfflineFiles {
	const written = new Set(pages);
	const keepPage = (page: string) => {
		const english = pathWithoutLang(page);
		if (EMERGENCY_PAGES.has(english) || langOfPath(page) === lang) return true;
		return langOfPath(page) === DEFAULT_LANG && !written.has(pathIn(lang, english));
	};
	const keepFile = (file: string) => {
		const catalog = catalogOfFile(file);
		return !catalog || catalog.lang === lang || EMERGENCY_AREAS.has(catalog.area);
	};
	const kept = pages.filter(keepPage);
	const drawn = kept.filter(isDrawn);
	return {
		precache: [
			...files.filter(keepFile),
			...(drawn.length > 0 ? [SHELL_PAGE] : []),
			...kept.filter((page) => !isDrawn(page))
		],
		drawn
	};
}

/** The service worker's address for a person using Limber in `lang` (English's has no query). */
export function workerUrl(lang: Lang): string {
	return lang === DEFAULT_LANG ? '/service-worker.js' : `/service-worker.js?lang=${lang}`;
}

// The language Limber is used in: the one chosen in Settings (remembered on this device in
// localStorage, beside the display preferences: not health data, and read without waiting for the
// database), or else the page's own. The service worker keeps that language's pages offline
// (core/offline-files.ts), and static/boot.js opens pages in it.
import { CHOSEN_LANG_KEY, isLang, langOfPath, type Lang } from '$lib/core/lang';

/** The language chosen in Settings, if one was and the browser lets Limber read it. */
export function chosenLang(): Lang | undefined {
	try {
		const stored = localStorage.getItem(CHOSEN_LANG_KEY);
		return isLang(stored) ? stored : undefined;
	} catch {
		return undefined;
	}
}

/** The language whose pages are kept offline: the chosen one, else the page's. */
export function offlineLang(): Lang {
	return chosenLang() ?? langOfPath(location.pathname);
}

/** Remembers `lang` as chosen; false where the browser refuses (private modes, storage off). */
export function rememberLang(lang: Lang): boolean {
	try {
		localStorage.setItem(CHOSEN_LANG_KEY, lang);
		return true;
	} catch {
		// The page still changes language; only the choice is not kept for next time.
		return false;
	}
}

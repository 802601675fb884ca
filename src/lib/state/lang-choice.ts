// The language a person chose in Settings, remembered on this device (localStorage, beside the
// display preferences): not health data, and read without waiting for the database.
import type { Lang } from '$lib/core/lang';

/** The localStorage key of the chosen language ("en", "es" or "de"). */
export const LANG_KEY = 'limber.lang';

/** Remembers `lang`; false where the browser refuses (private modes, storage full or off). */
export function rememberLang(lang: Lang): boolean {
	try {
		localStorage.setItem(LANG_KEY, lang);
		return true;
	} catch {
		// The page still changes language; only the choice is not kept for next time.
		return false;
	}
}

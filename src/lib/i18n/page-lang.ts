// The language of the page being shown (or prerendered): from its path, so a component needs
// no prop and a prerendered page in Spanish renders in Spanish.
import { page } from '$app/state';
import { langOfPath, type Lang } from '$lib/core/lang';

export function pageLang(): Lang {
	return langOfPath(page.url.pathname);
}

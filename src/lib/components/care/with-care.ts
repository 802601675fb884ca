// A component's module once the care words it shows (messages/care) are loaded too: for a part
// of a page that loads on demand (Today's notice and episode card), so the page's first visit
// downloads neither.
import type { Lang } from '$lib/core/lang';

export async function withCare<M>(module: Promise<M>, lang: Lang): Promise<M> {
	const [loaded] = await Promise.all([
		module,
		import('$lib/messages/care').then(({ care }) => care.load(lang))
	]);
	return loaded;
}

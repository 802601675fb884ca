// Precaching and cache-first answers for the app shell, pages and assets of one build.

export interface CacheConfig {
	/** Name of this build's cache; older names are deleted on activate. */
	cacheName: string;
	/** Same-origin URLs (paths) to precache: built assets, static files, prerendered pages. */
	urls: string[];
	/** Paths of prerendered pages, used to answer navigations. */
	pages: Set<string>;
	/** Pages answered with the shell page, which draws them from the cached scripts. */
	drawn: Set<string>;
	/** The shell page's path (precached with `urls`). */
	shell: string;
	/** Cache name prefix shared by all builds, so unrelated caches are left alone. */
	prefix: string;
}

export async function precache(config: CacheConfig): Promise<void> {
	const cache = await caches.open(config.cacheName);
	// `cache: 'reload'` so a stale HTTP cache cannot slip an old file into a new build.
	await Promise.all(
		config.urls.map(async (url) => {
			const response = await fetch(new Request(url, { cache: 'reload' }));
			if (!response.ok) throw new Error(`precache failed for ${url}: ${response.status}`);
			await cache.put(url, response);
		})
	);
}

export async function deleteOldCaches(config: CacheConfig): Promise<void> {
	for (const key of await caches.keys()) {
		if (key.startsWith(config.prefix) && key !== config.cacheName) await caches.delete(key);
	}
}

/** The prerendered page that answers a navigation to `pathname`, or null (query strings ignored). */
export function pageFor(pathname: string, pages: Set<string>): string | null {
	const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	return pages.has(trimmed) ? trimmed : null;
}

export async function respond(request: Request, config: CacheConfig): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(config.cacheName);

	if (request.mode === 'navigate') {
		const page = pageFor(url.pathname, config.pages);
		const cached = page ? await cache.match(page) : undefined;
		if (cached) return cached;
		// A reading page whose own file is not kept: the shell draws it, online or not.
		const drawn = pageFor(url.pathname, config.drawn) ? await cache.match(config.shell) : undefined;
		if (drawn) return drawn;
		// An unknown path asks the network (for its 404) and falls back to Today when offline.
		try {
			return await fetch(request);
		} catch {
			return (await cache.match('/')) ?? Response.error();
		}
	}

	const cached = await cache.match(url.pathname);
	return cached ?? fetch(request);
}

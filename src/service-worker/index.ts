/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Limber's service worker: wires install, activate, fetch and message events to cache.ts.
import { build, files, prerendered, version } from '$service-worker';
import { deleteOldCaches, precache, respond, type CacheConfig } from './cache';
import { isPageToWorkerMessage } from './messages';
import { DEFAULT_LANG, isLang } from '$lib/core/lang';
import { SHELL_PAGE, offlineFiles } from '$lib/core/offline-files';

const sw = self as unknown as ServiceWorkerGlobalScope;

const PREFIX = 'limber-';
// Large icons the system reads once, online, when Limber is installed; no page shows them, so
// they are not worth the offline cache's space.
const INSTALL_ONLY = new Set([
	'/icons/icon-512.png',
	'/icons/maskable-512.png',
	'/icons/apple-touch-icon.png'
]);
// The language Limber is used in (the worker's `?lang=`, English without one): its words and
// pages, and every language's emergency pages, are kept offline (core/offline-files.ts).
const asked = new URL(sw.location.href).searchParams.get('lang');
const lang = isLang(asked) ? asked : DEFAULT_LANG;
const kept = offlineFiles(
	lang,
	[...build, ...files.filter((f) => !INSTALL_ONLY.has(f))],
	prerendered
);
const config: CacheConfig = {
	// One cache per version and language: a worker of another language replaces this one's.
	cacheName: `${PREFIX}${version}${lang === DEFAULT_LANG ? '' : `-${lang}`}`,
	prefix: PREFIX,
	urls: [...new Set(kept.precache)],
	pages: new Set(prerendered.filter((page) => kept.precache.includes(page))),
	drawn: new Set(kept.drawn),
	shell: SHELL_PAGE
};

sw.addEventListener('install', (event) => {
	// No skipWaiting here: a new version waits until the user accepts the update toast.
	event.waitUntil(precache(config));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(deleteOldCaches(config).then(() => sw.clients.claim()));
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, config));
});

sw.addEventListener('message', (event) => {
	if (isPageToWorkerMessage(event.data)) void sw.skipWaiting();
});

sw.addEventListener('notificationclick', (event) => {
	event.notification.close();
	const path = (event.notification.data as { url?: string } | null)?.url ?? '/';
	// Only a page of this app: the URL comes from our own notification, but stays checked.
	const url = new URL(path, sw.location.origin);
	const target = url.origin === sw.location.origin ? url.href : sw.location.origin;
	event.waitUntil(
		(async () => {
			const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const there = windows.find((w) => new URL(w.url).pathname === new URL(target).pathname);
			const existing = there ?? windows[0];
			if (existing) {
				const focused = await existing.focus();
				// A window on another page is taken to the timer; one already there keeps its state.
				if (!there) await focused.navigate(target).catch(() => null);
				return;
			}
			await sw.clients.openWindow(target);
		})()
	);
});

// Every page is static: prerendered at build time and served from the service worker cache.
export const prerender = true;
export const trailingSlash = 'never';

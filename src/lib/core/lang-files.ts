// Which language and area a built file of messages holds, read from its name alone: the build
// names each catalog's chunk `lang.<lang>.<area>.<hash>.js` (tools/build/lang-chunks.ts, which
// imports this file as it is: it imports nothing, so Node can load it into the build's config).

/** A catalog's source module: `src/lib/messages/<area>.<lang>.ts` (read by the build's plugin). @public */
export const CATALOG_MODULE = /\/src\/lib\/messages\/([a-z-]+)\.(en|es|de)\.ts$/;

const CATALOG_FILE = /\/lang\.(en|es|de)\.([a-z-]+)\.[^/.]+\.js$/;

/** The language and area of a built catalog's file, or null for any other file. */
export function catalogOfFile(path: string): { lang: 'en' | 'es' | 'de'; area: string } | null {
	const found = CATALOG_FILE.exec(path);
	if (!found?.[1] || !found[2]) return null;
	return { lang: found[1] as 'en' | 'es' | 'de', area: found[2] };
}

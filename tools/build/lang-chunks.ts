// Each language's messages in files named for it: a catalog module
// (`src/lib/messages/<area>.<lang>.ts`) becomes `…/lang.<lang>.<area>.<hash>.js`, so the
// service worker can precache the chosen language's words, and every language's words for the
// emergency pages, without reading the build's manifest (`catalogOfFile` in core/lang-files.ts).
import type { Plugin } from 'vite';
import { CATALOG_MODULE } from '../../src/lib/core/lang-files.ts';

type ChunkNames = string | ((chunk: { facadeModuleId: string | null }) => string);

export function langChunks(): Plugin {
	return {
		name: 'limber:lang-chunks',
		apply: 'build',
		outputOptions(options) {
			const given = options.chunkFileNames as ChunkNames | undefined;
			if (!given) return null;
			return {
				...options,
				chunkFileNames: (chunk: { facadeModuleId: string | null }) => {
					const pattern = typeof given === 'function' ? given(chunk) : given;
					const found = CATALOG_MODULE.exec(chunk.facadeModuleId ?? '');
					return found ? pattern.replace('[hash]', `lang.${found[2]}.${found[1]}.[hash]`) : pattern;
				}
			};
		}
	};
}

import { describe, expect, it } from 'vitest';
import { langChunks } from './lang-chunks.ts';

type Names = (chunk: { facadeModuleId: string | null }) => string;

function namesFor(given: string): Names {
	const hook = langChunks().outputOptions as (options: { chunkFileNames: string }) => {
		chunkFileNames: Names;
	};
	return hook({ chunkFileNames: given }).chunkFileNames;
}

describe('the files of each language’s messages', () => {
	it('names a catalog’s chunk for its language and area, and leaves every other chunk alone', () => {
		const names = namesFor('_app/immutable/chunks/[hash].js');
		expect(names({ facadeModuleId: '/w/src/lib/messages/care.es.ts' })).toBe(
			'_app/immutable/chunks/lang.es.care.[hash].js'
		);
		expect(names({ facadeModuleId: '/w/src/lib/messages/shell.ts' })).toBe(
			'_app/immutable/chunks/[hash].js'
		);
		expect(names({ facadeModuleId: null })).toBe('_app/immutable/chunks/[hash].js');
	});
});

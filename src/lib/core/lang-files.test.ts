import { describe, expect, it } from 'vitest';
import { CATALOG_MODULE, catalogOfFile } from './lang-files';
import { offlineFiles, workerUrl } from './offline-files';

describe('the files of each language', () => {
	it('reads a catalog’s language and area from its module and its built file', () => {
		expect(CATALOG_MODULE.exec('/w/src/lib/messages/care.es.ts')?.slice(1)).toEqual(['care', 'es']);
		expect(CATALOG_MODULE.exec('/w/src/lib/messages/care.ts')).toBeNull();
		expect(catalogOfFile('/_app/immutable/chunks/lang.de.care.Ab_3-x.js')).toEqual({
			lang: 'de',
			area: 'care'
		});
		expect(catalogOfFile('/_app/immutable/chunks/lang.fr.care.Ab3x.js')).toBeNull();
		expect(catalogOfFile('/_app/immutable/chunks/Ab3x.js')).toBeNull();
		expect(catalogOfFile('/_app/immutable/chunks/lang.es.care.Ab3x.js.map')).toBeNull();
	});

	it('keeps the chosen language, English where it has no page yet, and every emergency page', () => {
		const files = [
			'/_app/immutable/chunks/Ab3x.js',
			'/_app/immutable/chunks/lang.en.shell.a.js',
			'/_app/immutable/chunks/lang.es.shell.b.js',
			'/_app/immutable/chunks/lang.de.care.c.js',
			'/_app/immutable/chunks/lang.en.today.d.js',
			'/_app/immutable/chunks/lang.es.today.e.js',
			'/_app/immutable/chunks/lang.de.today.f.js',
			'/icons.svg'
		];
		const pages = ['/', '/es', '/de', '/red-flags', '/es/red-flags', '/de/red-flags', '/history'];
		expect(offlineFiles('es', files, pages)).toEqual([
			'/_app/immutable/chunks/Ab3x.js',
			'/_app/immutable/chunks/lang.en.shell.a.js',
			'/_app/immutable/chunks/lang.es.shell.b.js',
			'/_app/immutable/chunks/lang.de.care.c.js',
			'/_app/immutable/chunks/lang.es.today.e.js',
			'/icons.svg',
			'/es',
			'/red-flags',
			'/es/red-flags',
			'/de/red-flags',
			'/history'
		]);
		expect(offlineFiles('en', files, pages)).toEqual([
			'/_app/immutable/chunks/Ab3x.js',
			'/_app/immutable/chunks/lang.en.shell.a.js',
			'/_app/immutable/chunks/lang.es.shell.b.js',
			'/_app/immutable/chunks/lang.de.care.c.js',
			'/_app/immutable/chunks/lang.en.today.d.js',
			'/icons.svg',
			'/',
			'/red-flags',
			'/es/red-flags',
			'/de/red-flags',
			'/history'
		]);
	});
});

describe('the worker’s address', () => {
	it('names the language it keeps offline, English by default', () => {
		expect(workerUrl('en')).toBe('/service-worker.js');
		expect(workerUrl('es')).toBe('/service-worker.js?lang=es');
		expect(workerUrl('de')).toBe('/service-worker.js?lang=de');
	});
});

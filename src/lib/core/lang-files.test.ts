import { describe, expect, it } from 'vitest';
import { CATALOG_MODULE, catalogOfFile } from './lang-files';
import { isDrawn, offlineFiles, workerUrl } from './offline-files';

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
		expect(offlineFiles('es', files, pages).precache).toEqual([
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
		expect(offlineFiles('en', files, pages).precache).toEqual([
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
	it('draws each exercise and guide topic from the shell, and keeps every page one acts on', () => {
		const files = ['/_app/immutable/chunks/Ab3x.js'];
		const pages = [
			'/',
			'/es',
			'/exercises',
			'/es/exercises',
			'/exercises/bird-dog',
			'/es/exercises/bird-dog',
			'/guide',
			'/guide/see-a-doctor',
			'/es/guide/see-a-doctor',
			'/timers/ice-20',
			'/routines/morning-mobility',
			'/red-flags',
			'/es/red-flags'
		];
		expect(offlineFiles('es', files, pages)).toEqual({
			precache: [
				'/_app/immutable/chunks/Ab3x.js',
				'/shell.html',
				'/es',
				'/es/exercises',
				'/guide',
				'/timers/ice-20',
				'/routines/morning-mobility',
				'/red-flags',
				'/es/red-flags'
			],
			drawn: ['/es/exercises/bird-dog', '/es/guide/see-a-doctor']
		});
		expect(offlineFiles('en', files, ['/', '/red-flags']).precache).toEqual([
			'/_app/immutable/chunks/Ab3x.js',
			'/',
			'/red-flags'
		]);
		expect(isDrawn('/de/guide/see-a-doctor')).toBe(true);
		expect(isDrawn('/guide')).toBe(false);
		expect(isDrawn('/exercises/')).toBe(false);
		expect(isDrawn('/routines/morning-mobility')).toBe(false);
	});
});

describe('the worker’s address', () => {
	it('names the language it keeps offline, English by default', () => {
		expect(workerUrl('en')).toBe('/service-worker.js');
		expect(workerUrl('es')).toBe('/service-worker.js?lang=es');
		expect(workerUrl('de')).toBe('/service-worker.js?lang=de');
	});
});

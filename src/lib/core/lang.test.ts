import { describe, expect, it } from 'vitest';
import {
	hrefIn,
	isLang,
	isLocalized,
	langFrom,
	langOfPath,
	manifestOf,
	pathIn,
	pathWithoutLang
} from './lang';

describe('languages and paths', () => {
	it('reads the language from the first segment, English without one', () => {
		expect(langOfPath('/es/red-flags')).toBe('es');
		expect(langOfPath('/de')).toBe('de');
		expect(langOfPath('/')).toBe('en');
		expect(langOfPath('/red-flags')).toBe('en');
		expect(langOfPath('/en/red-flags')).toBe('en');
		expect(langOfPath('/esx/red-flags')).toBe('en');
		expect(langOfPath('/guide/es')).toBe('en');
	});

	it('takes the language off a path and puts one on', () => {
		expect(pathWithoutLang('/es/red-flags')).toBe('/red-flags');
		expect(pathWithoutLang('/de')).toBe('/');
		expect(pathWithoutLang('/red-flags')).toBe('/red-flags');
		expect(pathIn('es', '/red-flags')).toBe('/es/red-flags');
		expect(pathIn('de', '/')).toBe('/de');
		expect(pathIn('en', '/de/red-flags')).toBe('/red-flags');
		expect(pathIn('es', '/de/red-flags')).toBe('/es/red-flags');
	});

	it('links to a page in the same language only where it is written in it', () => {
		expect(hrefIn('es', '/red-flags')).toBe('/es/red-flags');
		expect(hrefIn('de', '/red-flags#check')).toBe('/de/red-flags#check');
		expect(hrefIn('en', '/red-flags')).toBe('/red-flags');
		expect(hrefIn('es', '/routines')).toBe('/es/routines');
		expect(hrefIn('de', '/timers/custom?id=1')).toBe('/de/timers/custom?id=1');
		expect(hrefIn('es', '/not-written')).toBe('/not-written');
		expect(hrefIn('es', '/not-written?id=1')).toBe('/not-written?id=1');
	});

	it('knows a page written in every language, or every page under one', () => {
		expect(isLocalized('/red-flags')).toBe(true);
		expect(isLocalized('/red-flags/more')).toBe(false);
		expect(isLocalized('/not-written')).toBe(false);
		expect(isLocalized('/routines/shared')).toBe(true);
	});

	it('knows its languages', () => {
		expect(isLang('es')).toBe(true);
		expect(isLang('fr')).toBe(false);
		expect(isLang(undefined)).toBe(false);
		expect(langFrom('de')).toBe('de');
		expect(langFrom(undefined)).toBe('en');
		expect(langFrom('fr')).toBe('en');
	});
});

describe('the manifest of each language', () => {
	it('is English’s own file without a name, each other language’s named for it', () => {
		expect(manifestOf('en')).toBe('/manifest.webmanifest');
		expect(manifestOf('es')).toBe('/manifest.es.webmanifest');
		expect(manifestOf('de')).toBe('/manifest.de.webmanifest');
	});
});

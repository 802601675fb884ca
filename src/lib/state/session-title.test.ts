// A session's name in each language: a built-in's from the catalogs by its kind and id (its
// record keeps no title), a person's own routine's or timer's its own words in every language.
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '$lib/core/lang';
import { session } from '$lib/storage/testing';
import { loadSessionTitles, planTitle, sessionTitle, titledSessions } from './session-title';

beforeAll(() => Promise.all(LANGS.map(loadSessionTitles)));

const iced = session(1, { kind: 'timer', sourceId: 'ice-20', title: '' });
const mobility = session(2, { sourceId: 'morning-mobility', title: '' });
const own = session(3, { sourceId: 'r-mine', title: 'My evening stretch' });

describe('sessionTitle', () => {
	it('names a built-in timer and routine in English, Spanish and German', () => {
		expect(LANGS.map((lang) => sessionTitle(iced, lang))).toEqual([
			'Ice, 20 minutes',
			'Hielo, 20 minutos',
			'Kühlen, 20 Minuten'
		]);
		expect(LANGS.map((lang) => sessionTitle(mobility, lang))).toEqual([
			'Morning loosen-up',
			'Soltar la espalda por la mañana',
			'Morgens locker werden'
		]);
	});

	it('names a built-in from the catalogs even when an old record still holds an English title', () => {
		expect(sessionTitle({ ...iced, title: 'Ice 20 / 20' }, 'es')).toBe('Hielo, 20 minutos');
	});

	it('keeps an own routine’s title, and the title of an id no longer built in, in every language', () => {
		const gone = session(4, { sourceId: 'no-longer-built-in', title: 'Old routine' });
		for (const lang of LANGS) {
			expect(sessionTitle(own, lang)).toBe('My evening stretch');
			expect(sessionTitle(gone, lang)).toBe('Old routine');
		}
	});

	it('knows a built-in by its kind too: a timer with a routine’s id is a person’s own', () => {
		const ownTimer = session(5, { kind: 'timer', sourceId: 'morning-mobility', title: 'Mine' });
		expect(sessionTitle(ownTimer, 'de')).toBe('Mine');
	});
});

describe('titledSessions', () => {
	it('gives copies named in the language, and the same record where nothing changes', () => {
		const [a, b] = titledSessions([iced, own], 'de');
		expect(a).toEqual({ ...iced, title: 'Kühlen, 20 Minuten' });
		expect(iced.title).toBe('');
		expect(b).toBe(own);
	});
});

describe('planTitle', () => {
	const source = { type: 'program', id: 'ice-20', builtIn: true } as const;

	it('names a built-in’s running plan in the page’s language, whatever it was compiled in', () => {
		expect(planTitle({ source, title: 'Ice, 20 minutes' }, 'es')).toBe('Hielo, 20 minutos');
		expect(
			planTitle(
				{ source: { ...source, type: 'routine', id: 'morning-mobility' }, title: 'x' },
				'de'
			)
		).toBe('Morgens locker werden');
	});

	it('keeps the title of an own routine or timer, and of a demo', () => {
		expect(planTitle({ source: { ...source, builtIn: false }, title: 'Mine' }, 'es')).toBe('Mine');
		expect(
			planTitle({ source: { type: 'demo', id: 'demo', builtIn: true }, title: 'Demo' }, 'de')
		).toBe('Demo');
	});
});

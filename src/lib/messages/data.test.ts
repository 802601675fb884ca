// What a tap in Settings' data section led to, said in each language from its code.
import { describe, expect, it } from 'vitest';
import type { ImportCounts } from '$lib/core/backup';
import en from './data.en';
import es from './data.es';
import de from './data.de';

const none = { added: 0, updated: 0, unchanged: 0, kept: 0, builtIn: 0 };
const counts = (over: Partial<ImportCounts>): ImportCounts => ({
	sessions: none,
	journal: none,
	routines: none,
	programs: none,
	episodes: none,
	settings: none,
	...over
});
const leftOut = { named: [], future: {}, settings: 0 };

describe('a restore, said in each language', () => {
	const restored = {
		code: 'restored',
		counts: counts({ sessions: { ...none, added: 2 }, journal: { ...none, added: 1 } }),
		persisted: true,
		leftOut
	} as const;

	it('counts what came in, with the nouns and their agreement', () => {
		expect(en.said(restored)).toBe('Restored: 2 sessions added and 1 check-in added.');
		expect(es.said(restored)).toBe('Restaurado: 2 sesiones añadidas y 1 registro del día añadido.');
		expect(de.said(restored)).toBe(
			'Wiederhergestellt: 2 Einheiten hinzugefügt und 1 Tageseintrag hinzugefügt.'
		);
	});

	it('says what was left out, and that nothing changed when nothing needed to', () => {
		const quiet = { ...restored, counts: counts({}), leftOut: { ...leftOut, settings: 3 } };
		expect(es.said(quiet)).toBe(
			'Todo lo de esta copia de seguridad ya estaba aquí; no hizo falta cambiar nada. Se dejaron fuera 3 ajustes que Limber no puede usar.'
		);
		expect(de.leftOut({ ...leftOut, future: { sessions: 1 } })).toBe(
			'1 Einheit wird ausgelassen: Das Datum liegt nach morgen.'
		);
		expect(en.leftOut(leftOut)).toBe('');
	});

	it('says a refused file and a refused write in the language, with nothing changed', () => {
		const refused = { code: 'refused', problem: 'not-limber', english: 'Not a backup.' } as const;
		expect(en.said(refused)).toBe('Not a backup.');
		expect(es.said(refused)).toBe(
			'Este archivo no es una copia de seguridad de Limber. Todo sigue como estaba.'
		);
		expect(de.said({ code: 'storage', error: 'quota', english: '' })).toMatch(
			/^Auf Ihrem Gerät ist kein Speicherplatz mehr frei\..*Es wurde nichts geändert\.$/
		);
		expect(de.said({ code: 'too-large', limitMb: 1.5 })).toContain('1,5 MB');
	});
});

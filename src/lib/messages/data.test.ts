// What a tap in Settings' data section led to, said in each language from its code.
import { describe, expect, it } from 'vitest';
import type { ImportCounts } from '$lib/core/backup';
import type { LeftOut, LeftOutRecord } from '$lib/core/left-out';
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
		const refused = { code: 'refused', refusal: { problem: 'not-limber' } } as const;
		expect(en.said(refused)).toBe(
			"This file isn't a Limber backup. Choose the .json file that Limber saved when you exported your data."
		);
		expect(es.said(refused)).toBe(
			'Este archivo no es una copia de seguridad de Limber. Todo sigue como estaba.'
		);
		expect(
			de.said({
				code: 'storage',
				error: 'quota',
				said: { code: 'refused', problem: 'quota', thing: 'session' }
			})
		).toMatch(/^Auf Ihrem Gerät ist kein Speicherplatz mehr frei\..*Es wurde nichts geändert\.$/);
		expect(de.said({ code: 'too-large', limitMb: 1.5 })).toContain('1,5 MB');
	});
});

describe('what a restore leaves out, named with why, in each language', () => {
	const none: LeftOut = { named: [], future: {}, settings: 0 };
	const allDay: LeftOutRecord = {
		kind: 'routines',
		title: 'All day',
		why: { code: 'steps-many', count: 100 }
	};

	it('names a routine beyond the limits and says what it holds against what Limber keeps', () => {
		const one = { ...none, named: [allDay] };
		expect(en.leftOut(one)).toBe(
			'The routine “All day” will be left out: it has 100 steps, and Limber keeps routines to 40 steps.'
		);
		expect(es.leftOut(one)).toBe(
			'Se dejará fuera la rutina “All day”: tiene 100 pasos y Limber admite rutinas de hasta 40 pasos.'
		);
		expect(de.leftOut(one)).toBe(
			'Die Routine „All day“ wird ausgelassen: Sie hat 100 Schritte; Limber erlaubt Routinen mit bis zu 40 Schritten.'
		);
	});

	it('says a step, a phase and a nameless timer in the language, numbers as it writes them', () => {
		const hold: LeftOutRecord = {
			kind: 'routines',
			title: 'Mañana',
			why: { code: 'hold', step: 1, value: 12.5 }
		};
		const phase: LeftOutRecord = {
			kind: 'programs',
			title: 'Eis',
			why: { code: 'phase-length', phase: 0, seconds: 86_400 }
		};
		const blank: LeftOutRecord = { kind: 'programs', title: null, why: { code: 'title-missing' } };
		expect(es.leftOut({ ...none, named: [hold] })).toBe(
			'Se dejará fuera la rutina “Mañana”: en el paso 2 se mantiene la postura 12,5 segundos y Limber admite de 5 a 300 segundos enteros.'
		);
		expect(de.leftOut({ ...none, named: [phase] })).toBe(
			'Der Timer „Eis“ wird ausgelassen: Phase 1 dauert 24 Std.; Limber erlaubt Phasen von 10 Sekunden bis 2 Stunden.'
		);
		expect(es.leftOut({ ...none, named: [blank] })).toBe(
			'Se dejará fuera un temporizador propio: no tiene un nombre que Limber pueda mostrar.'
		);
		expect(de.leftOut({ ...none, named: [blank] })).toBe(
			'Ein eigener Timer wird ausgelassen: Er hat keinen Namen, den Limber anzeigen kann.'
		);
	});

	it('names a routine dated after tomorrow, and counts everything when it takes more than one sentence', () => {
		const soon: LeftOutRecord = { kind: 'routines', title: 'Pronto', why: { code: 'dated' } };
		const out = { ...none, named: [allDay, soon], future: { sessions: 1 } };
		const restored = {
			code: 'restored',
			counts: counts({}),
			persisted: true,
			leftOut: out
		} as const;
		expect(es.said(restored)).toBe(
			'Todo lo de esta copia de seguridad ya estaba aquí; no hizo falta cambiar nada. ' +
				'Se dejó fuera la rutina “All day”: tiene 100 pasos y Limber admite rutinas de hasta 40 pasos. ' +
				'Se dejó fuera la rutina “Pronto”: tiene fecha posterior a mañana. ' +
				'Se dejó fuera 1 sesión: tiene fecha posterior a mañana. ' +
				'En total, se dejaron fuera 1 sesión y 2 rutinas propias.'
		);
		expect(de.leftOut(out)).toBe(
			'Die Routine „All day“ wird ausgelassen: Sie hat 100 Schritte; Limber erlaubt Routinen mit bis zu 40 Schritten. ' +
				'Die Routine „Pronto“ wird ausgelassen: Das Datum liegt nach morgen. ' +
				'1 Einheit wird ausgelassen: Das Datum liegt nach morgen. ' +
				'Insgesamt werden 1 Einheit und 2 eigene Routinen ausgelassen.'
		);
	});

	it('says why a file was refused with what it holds, and what a file with nothing to restore left out', () => {
		expect(
			es.said({
				code: 'refused',
				refusal: { problem: 'too-many', kind: 'routines', count: 1001, limit: 1000 }
			})
		).toBe(
			'Esta copia de seguridad contiene 1001 rutinas propias, y Limber puede restaurar como máximo 1000. Todo sigue como estaba.'
		);
		expect(
			de.said({ code: 'refused', refusal: { problem: 'invalid', invalid: { sessions: 2 } } })
		).toBe(
			'Diese Sicherung kann nicht wiederhergestellt werden, weil sie beschädigte Einträge enthält: 2 Einheiten. Es wurde nichts geändert.'
		);
		expect(
			de.said({
				code: 'refused',
				refusal: { problem: 'nothing', leftOut: { ...none, named: [allDay] } }
			})
		).toBe(
			'Aus dieser Sicherung konnte nichts wiederhergestellt werden. Die Routine „All day“ wurde ausgelassen: Sie hat 100 Schritte; Limber erlaubt Routinen mit bis zu 40 Schritten. Es wurde nichts geändert.'
		);
	});
});

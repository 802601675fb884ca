// A session's words from what its plan keeps: English exactly as the plan was compiled (every
// built-in routine and timer), Spanish and German from their catalogs around the exercises'
// words, and the sentence on what happened while the phone slept in each language.
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInPrograms } from '$lib/content/programs';
import { builtInRoutines } from '$lib/content/routines';
import { exercises } from '$lib/content/exercises';
import { compileProgram, compileRoutine } from '$lib/core/compile';
import { program, routine, step } from '$lib/core/testing';
import type { Exercise } from '$lib/core/model';
import { cues } from '$lib/messages/cues';
import en from '$lib/messages/cues.en';
import { exerciseCatalog, withExerciseWords } from '$lib/messages/exercises';
import { programCatalog, withProgramWords } from '$lib/messages/programs';
import { routineCatalog, withRoutineWords } from '$lib/messages/routines';
import { gapWords, segmentWords, type ExerciseLookup } from './segment-words';

let library = new Map<string, Exercise>();

beforeAll(async () => {
	await Promise.all([
		cues.load('en'),
		cues.load('es'),
		cues.load('de'),
		exerciseCatalog.load('en'),
		exerciseCatalog.load('es'),
		exerciseCatalog.load('de'),
		routineCatalog.load('en'),
		programCatalog.load('en')
	]);
	library = new Map(exercises.map((e) => [e.id, withExerciseWords('en', e)]));
});

/** A stand-in for the exercises' own Spanish words. */
const spanish: ExerciseLookup = (id, lang) =>
	lang === 'es' && id === 'childs-pose'
		? { name: 'Postura del niño', cue: 'Estira los brazos.' }
		: undefined;

const sided = routine('r', {
	steps: [
		step('childs-pose', { seconds: 30 }, { perSide: true, restAfterSeconds: 10 }),
		step('pelvic-tilt', { reps: 10, secondsPerRep: 3 })
	]
});

describe('segmentWords', () => {
	it('reads in English exactly as every built-in routine and timer was compiled', () => {
		const plans = [
			...builtInRoutines.map((r) => compileRoutine(withRoutineWords('en', r), library, {}, en)),
			...builtInPrograms.map((p) => compileProgram(withProgramWords('en', p), en)),
			compileProgram(program('p', { rounds: 3 }), en),
			compileRoutine(sided, library, {}, en)
		];
		for (const plan of plans) {
			plan.segments.forEach((segment, i) => {
				const words = segmentWords('en', plan, i);
				expect(words.label).toBe(segment.label);
				expect(words.cue).toBe(segment.cue);
				expect(words.halfway).toBe(segment.halfwayCue);
			});
		}
	});

	it('says a routine in Spanish and German around the exercises’ own words', () => {
		const plan = compileRoutine(sided, library);
		const es = plan.segments.map((_, i) => segmentWords('es', plan, i, spanish));
		expect(es.map((w) => w.label).slice(0, 4)).toEqual([
			'Prepárate: Postura del niño',
			'Postura del niño (lado izquierdo)',
			'Cambia de lado',
			'Postura del niño (lado derecho)'
		]);
		expect(es[1]?.cue).toBe('Lado izquierdo. Estira los brazos.');
		expect(es[4]?.cue).toMatch(/^Descansa\. Luego: /);
		// The next exercise's own Spanish name, from the exercises' catalog.
		expect(es[4]?.cue).toBe('Descansa. Luego: Inclinación de la pelvis.');
		// German: the exercise's German name in a German line.
		expect(segmentWords('de', plan, 3, spanish).label).toBe('Stellung des Kindes (rechte Seite)');
		expect(segmentWords('de', plan, 2).cue).toBe('Seite wechseln');
	});

	it('names a timer’s phases, rounds and skin check in each language', () => {
		const plan = compileProgram(program('p', { rounds: 2 }));
		expect(segmentWords('es', plan, 0)).toEqual({
			label: 'Hielo: ronda 1 de 2',
			cue: 'Pon el hielo. Envuelve la bolsa en un paño.'
		});
		expect(segmentWords('de', plan, 2).label).toBe('Kühlen – Runde 2 von 2');
		expect(segmentWords('de', plan, 2).cue).toMatch(/^Prüfen Sie zuerst, ob Ihre Haut/);
		const walk = compileProgram(
			program('w', { rounds: 1, phases: [{ kind: 'walk', seconds: 600 }] })
		);
		expect(segmentWords('de', walk, 0).halfway).toBe('Drehen Sie um und gehen Sie zurück.');
	});
});

describe('gapWords', () => {
	const plan = compileProgram(program('p', { rounds: 2 }));

	it('says what happened while the phone slept, as a whole sentence in each language', () => {
		const moved = { code: 'moved', ended: 0, now: 1, agoMs: 180_000 } as const;
		expect(gapWords('en', plan, moved)).toBe(
			'Ice ended 3 minutes ago — now letting the skin warm up.'
		);
		expect(gapWords('es', plan, moved)).toBe(
			'El hielo terminó hace 3 minutos; ahora la piel recupera su temperatura.'
		);
		expect(gapWords('de', plan, moved)).toBe(
			'Kühlen vor 3 Minuten beendet – jetzt wird die Haut wieder warm.'
		);
		const stopped = { code: 'stopped', agoMs: 60_000 } as const;
		expect(gapWords('en', plan, stopped)).toBe('Session stopped 1 minute ago.');
		expect(gapWords('es', plan, stopped)).toBe('Sesión detenida hace 1 minuto.');
		expect(gapWords('de', plan, stopped)).toBe('Einheit vor 1 Minute beendet.');
	});

	it('names an exercise by its title, and a finished session as complete', () => {
		const routinePlan = compileRoutine(sided, library);
		const moved = { code: 'moved', ended: 1, now: 2, agoMs: 40_000 } as const;
		expect(gapWords('en', routinePlan, moved)).toBe(
			"Child's pose (left) ended 40 seconds ago — now switching sides."
		);
		const finished = { code: 'finished', ended: 3, agoMs: 120_000 } as const;
		expect(gapWords('en', plan, finished)).toBe('Pack off ended 2 minutes ago — session complete.');
		expect(gapWords('de', plan, finished)).toBe(
			'Pause ohne Kühlpack vor 2 Minuten beendet – Einheit abgeschlossen.'
		);
	});
});

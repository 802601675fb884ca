import { describe, expect, it } from 'vitest';
import { builtInPrograms as programShapes } from '$lib/content/programs';
import type { Program } from './model';
import { arrangeTimers, simpleKind } from './timer-list';
import { programCatalog, withProgramWords } from '$lib/messages/programs';

await Promise.all([programCatalog.load('en')]);
const builtInPrograms = programShapes.map((p) => withProgramWords('en', p));

const ids = (programs: Program[]) => programs.map((p) => p.id);
const program = (id: string, kinds: Program['phases'][number]['kind'][]): Program => ({
	id,
	title: id,
	purpose: '',
	rounds: 1,
	phases: kinds.map((kind) => ({ kind, seconds: 60 }))
});

describe('arrangeTimers', () => {
	it('shows everything, in order, outside flare mode', () => {
		const arranged = arrangeTimers(builtInPrograms, false);
		expect(ids(arranged.shown)).toEqual(ids(builtInPrograms));
		expect(arranged.more).toEqual([]);
	});

	it('in flare mode shows rest, ice and heat first and keeps the walk back', () => {
		const arranged = arrangeTimers(builtInPrograms, true);
		expect(ids(arranged.shown)).toEqual(['rest-10', 'rest-20', 'ice-20', 'heat-15', 'heat-20']);
		expect(ids(arranged.more)).toEqual(['walk-10']);
	});

	it('loses and duplicates nothing', () => {
		const arranged = arrangeTimers(builtInPrograms, true);
		expect(ids([...arranged.shown, ...arranged.more]).sort()).toEqual(ids(builtInPrograms).sort());
	});
});

describe('simpleKind', () => {
	it('counts ice with its warm-up breaks as simple, and anything mixed as not', () => {
		expect(simpleKind(program('a', ['ice', 'warm-up']))).toBe('ice');
		expect(simpleKind(program('b', ['ice']))).toBe('ice');
		expect(simpleKind(program('c', ['heat']))).toBe('heat');
		expect(simpleKind(program('d', ['relax', 'relax']))).toBe('relax');
		expect(simpleKind(program('e', ['warm-up']))).toBeNull();
		expect(simpleKind(program('f', ['relax', 'walk']))).toBeNull();
		expect(simpleKind(program('g', ['ice', 'heat']))).toBeNull();
		expect(simpleKind(program('h', []))).toBeNull();
	});
});

// What a person can start: the built-in routines and timers and their own, read once at start
// and again whenever routines or timers change in any tab or a restore brings some; a copy
// stored under a built-in's id never stands beside or in for Limber's own. Starting one from a
// tap unlocks audio in the tap itself, then begins the player and opens it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	builtInPrograms as programShapes,
	programById as programShape
} from '$lib/content/programs';
import {
	builtInRoutines as routineShapes,
	routineById as routineShape
} from '$lib/content/routines';
import { exerciseCatalog } from '$lib/messages/exercises';
import { notifyChange } from '$lib/storage/broadcast';
import * as journal from '$lib/storage/journal';
import * as programs from '$lib/storage/programs';
import * as routines from '$lib/storage/routines';
import { entry, freshStorage, program, routine } from '$lib/storage/testing';
import { Library, programPlan, routinePlan, startProgram, startRoutine } from './library.svelte';
import { routineCatalog, withRoutineWords } from '$lib/messages/routines';
import { programCatalog, withProgramWords } from '$lib/messages/programs';

await Promise.all([routineCatalog.load('en'), programCatalog.load('en')]);
// The built-in routines with their English words, as an English page shows them.
const routineById = (id: string) => {
	const shape = routineShape(id);
	return shape && withRoutineWords('en', shape);
};

// The built-in timers with their English words, as an English page shows them.
const programById = (id: string) => {
	const shape = programShape(id);
	return shape && withProgramWords('en', shape);
};

const builtInRoutines = routineShapes.map((r) => withRoutineWords('en', r));

const builtInPrograms = programShapes.map((p) => withProgramWords('en', p));

const calls = vi.hoisted(() => [] as string[]);
vi.mock('$app/navigation', () => ({ goto: async (to: string) => void calls.push(`goto ${to}`) }));
vi.mock('$lib/platform/audio', () => ({ unlockAudio: async () => void calls.push('unlock') }));
vi.mock('./player.svelte', () => ({
	player: { begin: async (plan: { title: string }) => void calls.push(`begin ${plan.title}`) }
}));

let library: Library;

beforeEach(async () => {
	await freshStorage();
	calls.length = 0;
	library = new Library();
});
afterEach(() => vi.restoreAllMocks());

async function started(): Promise<void> {
	library.start();
	await vi.waitFor(() => expect(library.loaded).toBe(true));
}

describe('Library', () => {
	it('lists the person’s own routines and timers once read, and finds every one by id', async () => {
		await routines.put(routine('r1'));
		await programs.put(program('p1'));
		expect(library.routine('r1')).toBeUndefined();
		await started();
		expect(library.userRoutines.map((r) => r.id)).toEqual(['r1']);
		expect(library.userPrograms.map((p) => p.id)).toEqual(['p1']);
		expect(library.routine('r1')?.title).toBe('Routine r1');
		expect(library.program('p1')?.title).toBe('Program p1');
		expect(library.routine(builtInRoutines[0]!.id)).toEqual(builtInRoutines[0]);
		expect(library.program(builtInPrograms[0]!.id)).toEqual(builtInPrograms[0]);
		expect(library.routine('nobody')).toBeUndefined();
	});

	it('never lets a copy under a built-in’s id stand beside or in for Limber’s own', async () => {
		const builtIn = builtInRoutines[0]!;
		const timer = builtInPrograms[0]!;
		await routines.put(routine(builtIn.id, { title: 'An old copy' }));
		await programs.put(program(timer.id, { title: 'An old timer' }));
		await started();
		expect(library.userRoutines).toEqual([]);
		expect(library.userPrograms).toEqual([]);
		expect(library.routine(builtIn.id)?.title).toBe(builtIn.title);
		expect(library.program(timer.id)?.title).toBe(timer.title);
	});

	it('reads once at start however often started', async () => {
		const reads = vi.spyOn(routines, 'list');
		library.start();
		library.start();
		await vi.waitFor(() => expect(library.loaded).toBe(true));
		expect(reads).toHaveBeenCalledOnce();
	});

	it('reads again when routines or timers change, or a restore brings anything', async () => {
		await started();
		const reads = vi.spyOn(routines, 'list');
		await routines.put(routine('r2'));
		await vi.waitFor(() => expect(library.userRoutines.map((r) => r.id)).toEqual(['r2']));
		await programs.put(program('p2'));
		await vi.waitFor(() => expect(library.userPrograms.map((p) => p.id)).toEqual(['p2']));
		expect(reads).toHaveBeenCalledTimes(2);

		await journal.put(entry('2024-05-01'));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(reads).toHaveBeenCalledTimes(2);
		notifyChange({ store: 'settings', op: 'import' });
		await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(3));
	});

	it('plays a routine’s and a timer’s steps in order', async () => {
		await exerciseCatalog.load('en');
		const relief = routineById('spasm-relief')!;
		const plan = routinePlan(relief, 'en');
		expect(plan.title).toBe(relief.title);
		expect(plan.source).toEqual({ type: 'routine', id: relief.id, builtIn: true });
		expect(plan.segments.length).toBeGreaterThanOrEqual(relief.steps.length);
		const mine = program('p1', { rounds: 2 });
		expect(programPlan(mine).segments.map((s) => [s.kind, s.durationMs])).toEqual([
			['ice', 1_200_000],
			['warm-up', 1_200_000],
			['ice', 1_200_000],
			['warm-up', 1_200_000]
		]);
		expect(programPlan(mine).source).toEqual({ type: 'program', id: 'p1', builtIn: false });
	});

	it('starts a routine or a timer from a tap: audio unlocked in the tap, then the player opens', async () => {
		const relief = routineById('spasm-relief')!;
		const starting = startRoutine(relief);
		// Before any await: the tap's gesture is still on.
		expect(calls).toEqual(['unlock']);
		await starting;
		expect(calls).toEqual(['unlock', `begin ${relief.title}`, 'goto /play']);

		calls.length = 0;
		const ice = programById('ice-20')!;
		const timing = startProgram(ice);
		expect(calls).toEqual(['unlock']);
		await timing;
		expect(calls).toEqual(['unlock', `begin ${ice.title}`, 'goto /play']);
	});
});

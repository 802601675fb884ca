// The routines and timer programs a user can start: the built-in ones plus their own, and the
// one way every screen starts a session from them.
import { playHref } from './play-href';
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { exercises } from '$lib/content/exercises';
import { builtInPrograms } from '$lib/content/programs';
import { builtInRoutines } from '$lib/content/routines';
import { compileProgram, compileRoutine } from '$lib/core/compile';
import type { Exercise, Plan, Program, Routine } from '$lib/core/model';
import { unlockAudio } from '$lib/platform/audio';
import { onDataChange, programs as programStore, routines as routineStore } from '$lib/storage';

// The player (engine, cues, audio, wake lock) loads on the tap that starts a session, so pages
// that list routines and timers do not download it; the tap still unlocks audio.
const loadPlayer = async () => (await import('./player.svelte')).player;

// Built-in exercises never change at run time, so a plain Map is right here.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
export const exerciseMap: ReadonlyMap<string, Exercise> = new Map(exercises.map((e) => [e.id, e]));

export function routinePlan(routine: Routine): Plan {
	return compileRoutine(routine, exerciseMap);
}

export function programPlan(program: Program): Plan {
	return compileProgram(program);
}

const BUILT_IN_ROUTINES = new Set(builtInRoutines.map((r) => r.id));
const BUILT_IN_PROGRAMS = new Set(builtInPrograms.map((p) => p.id));

/** @internal Exported for its test; the app uses the one instance below. */
export class Library {
	userRoutines = $state.raw<Routine[]>([]);
	userPrograms = $state.raw<Program[]>([]);
	loaded = $state(false);
	#started = false;

	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		void this.load();
		// Lives for the page: every list of routines and timers shares what is held here, read once.
		onDataChange((change) => {
			if (change.store === 'routines' || change.store === 'programs' || change.op === 'import')
				void this.load();
		});
	}

	async load(): Promise<void> {
		const [routines, programs] = await Promise.all([routineStore.list(), programStore.list()]);
		// A copy stored under a built-in's id (an older restore let one in) never stands beside
		// or in for Limber's own.
		this.userRoutines = routines.filter((r) => !BUILT_IN_ROUTINES.has(r.id));
		this.userPrograms = programs.filter((p) => !BUILT_IN_PROGRAMS.has(p.id));
		this.loaded = true;
	}

	routine(id: string): Routine | undefined {
		return builtInRoutines.find((r) => r.id === id) ?? this.userRoutines.find((r) => r.id === id);
	}

	program(id: string): Program | undefined {
		return builtInPrograms.find((p) => p.id === id) ?? this.userPrograms.find((p) => p.id === id);
	}
}

export const library = new Library();

/** Starts a routine from a tap and opens the player. */
export async function startRoutine(routine: Routine): Promise<void> {
	// In the tap, before the first await: the player may load after the gesture has ended.
	void unlockAudio();
	await (await loadPlayer()).begin(routinePlan(routine));
	await goto(playHref());
}

/** Starts a timer program from a tap and opens the player. */
export async function startProgram(program: Program): Promise<void> {
	void unlockAudio();
	await (await loadPlayer()).begin(programPlan(program));
	await goto(playHref());
}

// The routines and timer programs a user can start: the built-in ones plus their own, and the
// one way every screen starts a session from them.
import { playHref } from './play-href';
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { exercises } from '$lib/content/exercises';
import type { ExerciseShape } from '$lib/core/builtin-ids';
import { DEFAULT_LANG, langOfPath, type Lang } from '$lib/core/lang';
import { loadBuiltInWords } from '$lib/messages/built-ins';
import { exerciseCatalog, withExerciseWords } from '$lib/messages/exercises';
import { withProgramWords } from '$lib/messages/programs';
import { withRoutineWords } from '$lib/messages/routines';
import { builtInPrograms, programById } from '$lib/content/programs';
import { builtInRoutines, routineById } from '$lib/content/routines';
import { compileProgram, compileRoutine, type PlanWords } from '$lib/core/compile';
import type { Exercise, Plan, Program, Routine } from '$lib/core/model';
import { unlockAudio } from '$lib/platform/audio';
import { onDataChange, programs as programStore, routines as routineStore } from '$lib/storage';

// The player (engine, cues, audio, wake lock) loads on the tap that starts a session, so pages
// that list routines and timers do not download it; the tap still unlocks audio.
const loadPlayer = async () => (await import('./player.svelte')).player;

// Built-in exercises never change at run time, so a plain Map is right here.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
export const exerciseMap: ReadonlyMap<string, ExerciseShape> = new Map(
	exercises.map((e) => [e.id, e])
);

// eslint-disable-next-line svelte/prefer-svelte-reactivity
const worded = new Map<Lang, ReadonlyMap<string, Exercise>>();

/** The built-in exercises with their words in `lang`, whose catalog must be loaded first. */
function exercisesIn(lang: Lang): ReadonlyMap<string, Exercise> {
	let held = worded.get(lang);
	if (!held) {
		held = new Map(exercises.map((e) => [e.id, withExerciseWords(lang, e)]));
		worded.set(lang, held);
	}
	return held;
}

/** The language of the page a tap or an editor works in (English when prerendering). */
export function currentLang(): Lang {
	return browser && globalThis.location ? langOfPath(globalThis.location.pathname) : DEFAULT_LANG;
}

/** Loads the built-in exercises', routines' and timers' words in the current page's language. */
export function loadWords(): Promise<void> {
	return loadBuiltInWords(currentLang());
}

/**
 * The words a plan keeps as its steps' own names and lines, in `lang`: the player says each step
 * from what it is, and these stay with the stored session (a calendar's alarms name its steps by
 * them). They load with the player, whose chunk holds them.
 */
async function planWords(lang: Lang): Promise<PlanWords> {
	const { cues } = await import('$lib/messages/cues');
	await cues.load(lang);
	return cues.get(lang);
}

export function routinePlan(routine: Routine, lang: Lang, words?: PlanWords): Plan {
	return compileRoutine(routine, exercisesIn(lang), {}, words);
}

export function programPlan(program: Program, words?: PlanWords): Plan {
	return compileProgram(program, words);
}

const BUILT_IN_ROUTINES = new Set<string>(builtInRoutines.map((r) => r.id));
const BUILT_IN_PROGRAMS = new Set<string>(builtInPrograms.map((p) => p.id));

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

	/** A built-in (with its words in the page's language, loaded first) or one of the user's. */
	routine(id: string): Routine | undefined {
		const builtIn = routineById(id);
		if (builtIn) return withRoutineWords(currentLang(), builtIn);
		return this.userRoutines.find((r) => r.id === id);
	}

	program(id: string): Program | undefined {
		const builtIn = programById(id);
		if (builtIn) return withProgramWords(currentLang(), builtIn);
		return this.userPrograms.find((p) => p.id === id);
	}
}

export const library = new Library();

/** Starts a routine from a tap and opens the player. */
export async function startRoutine(routine: Routine): Promise<void> {
	// In the tap, before the first await: the player may load after the gesture has ended.
	void unlockAudio();
	// The cues are spoken in the page's language: its words load with the player.
	const lang = currentLang();
	const [player, words] = await Promise.all([
		loadPlayer(),
		planWords(lang),
		exerciseCatalog.load(lang)
	]);
	await player.begin(routinePlan(routine, lang, words));
	await goto(playHref());
}

/** Starts a timer program from a tap and opens the player. */
export async function startProgram(program: Program): Promise<void> {
	void unlockAudio();
	const [player, words] = await Promise.all([loadPlayer(), planWords(currentLang())]);
	await player.begin(programPlan(program, words));
	await goto(playHref());
}

// Starting sessions from a tap, loading the player only then: the first visit to Today stays
// small, and the tap's user activation still unlocks audio for the cues. Continuing an
// interrupted one is in resume.ts.
import { unlockAudio } from '$lib/platform/audio';

/** A routine or timer offered as a one-tap start, with its length worked out at build time. */
export interface QuickStart {
	kind: 'routine' | 'program';
	id: string;
	title: string;
	totalMs: number;
	/** What the button says under its name: a length, or the rounds of a repeating timer. */
	note: string;
	/** The icon of a quick-start tile (a name in the icon sprite). */
	icon?: string;
}

/**
 * Starts a routine from a tap; `first` runs before it (after audio is unlocked), such as
 * starting an episode.
 */
export async function startRoutineById(id: string, first?: () => Promise<unknown>): Promise<void> {
	// In the tap, before the first await: the player loads after the gesture has ended.
	void unlockAudio();
	await first?.();
	const { library, loadWords, startRoutine } = await import('./library.svelte');
	await loadWords();
	const routine = library.routine(id);
	if (routine) await startRoutine(routine);
}

export async function startProgramById(id: string): Promise<void> {
	void unlockAudio();
	const { library, loadWords, startProgram } = await import('./library.svelte');
	await loadWords();
	const program = library.program(id);
	if (program) await startProgram(program);
}

// Which timers a list shows up front: during a flare only the simple ones (rest, ice, heat), the
// others one tap away, so a person in pain has fewer choices to read.
import type { PhaseKind, Program } from './model';

type Simple = 'relax' | 'ice' | 'heat';

/** Simple timers in the order people usually try them: rest, then cold, then warmth. */
const SIMPLE_ORDER: readonly Simple[] = ['relax', 'ice', 'heat'];

export interface ArrangedTimers {
	/** Shown at once. */
	shown: Program[];
	/** Behind "Show all"; empty outside flare mode. */
	more: Program[];
}

/** Rest alone, heat alone, or ice with its warm-up breaks; null for anything mixed. */
export function simpleKind(program: Program): Simple | null {
	const kinds = new Set<PhaseKind>(program.phases.map((p) => p.kind));
	if (kinds.size === 1 && kinds.has('relax')) return 'relax';
	if (kinds.size === 1 && kinds.has('heat')) return 'heat';
	if (kinds.has('ice') && [...kinds].every((k) => k === 'ice' || k === 'warm-up')) return 'ice';
	return null;
}

export function arrangeTimers(programs: readonly Program[], flare: boolean): ArrangedTimers {
	if (!flare) return { shown: [...programs], more: [] };
	const ranked = programs.flatMap((program, i) => {
		const kind = simpleKind(program);
		return kind ? [{ program, i, rank: SIMPLE_ORDER.indexOf(kind) }] : [];
	});
	// Stable within a kind, so the list's own order (shorter presets first) is kept.
	ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
	return {
		shown: ranked.map((r) => r.program),
		more: programs.filter((p) => simpleKind(p) === null)
	};
}

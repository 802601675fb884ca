// Which routines and timer presets are built in, by id alone: small enough for the storage code
// (its migrations and restores keep only these ids in a session's record, never their titles),
// and checked against the content by the type (every id listed, none extra).
import type { ProgramId, RoutineId } from '$lib/core/builtin-ids';

const ROUTINES: Readonly<Record<RoutineId, true>> = {
	'first-hours-floor': true,
	'first-hours': true,
	'first-hours-standing': true,
	'get-up-from-floor': true,
	'get-up-from-bed': true,
	'spasm-relief': true,
	'flare-day': true,
	'desk-break': true,
	'morning-mobility': true,
	'bedtime-wind-down': true,
	'walk-and-stretch': true,
	'in-bed': true,
	'breathe-and-let-go': true,
	'short-walk': true,
	'walk-5': true
};

const PROGRAMS: Readonly<Record<ProgramId, true>> = {
	'ice-20': true,
	'heat-15': true,
	'heat-20': true,
	'rest-10': true,
	'rest-20': true,
	'walk-10': true
};

export function isBuiltInRoutine(id: string): id is RoutineId {
	return Object.hasOwn(ROUTINES, id);
}

export function isBuiltInProgram(id: string): id is ProgramId {
	return Object.hasOwn(PROGRAMS, id);
}

/**
 * The built-in a session was of, by its kind and source id; null for a person's own routine or
 * timer (whose title is their own words) and for an id no longer built in.
 */
export function builtInSource(
	kind: string,
	sourceId: string
): { kind: 'routine'; id: RoutineId } | { kind: 'timer'; id: ProgramId } | null {
	if (kind === 'routine' && isBuiltInRoutine(sourceId)) return { kind, id: sourceId };
	if (kind === 'timer' && isBuiltInProgram(sourceId)) return { kind, id: sourceId };
	return null;
}

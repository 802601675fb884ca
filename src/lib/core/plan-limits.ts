// What a routine or program may hold: the limits the editors keep, which every routine or timer
// coming in (a shared link, a file, a backup) must keep too; what a stored one may hold so that
// its session can be recorded; and free text cleaned of characters that can spoof. Apart from
// json.ts, whose limits the first screen needs: these load only with the editors, the schemas,
// the share links and the backups.
import { LIMITS } from './json';

/**
 * The routine editor's limits (core/routine-rules.ts checks them). Narrower than the storage
 * schema's caps: these are what a sensible home routine needs, and they keep a shared link short
 * enough to travel in a URL. Links, files and backups are held to them at the door.
 */
export const ROUTINE_LIMITS = {
	titleMax: 80,
	purposeMax: 280,
	stepsMin: 1,
	stepsMax: 40,
	holdSeconds: { min: 5, max: 300 },
	reps: { min: 1, max: 30 },
	secondsPerRep: { min: 1, max: 30 },
	restSeconds: { min: 0, max: 120 }
} as const;

/** The timer builder's limits (core/program-draft.ts checks them); backups are held to them too. */
export const PROGRAM_LIMITS = {
	minPhaseSeconds: 10,
	maxPhaseSeconds: 2 * 3600,
	minRounds: 1,
	maxRounds: 10,
	maxPhases: 12,
	maxTitle: 80,
	maxPurpose: 500
} as const;

/** The longest session a history record holds (its `activeMs` and `plannedMs` cap). */
export const MAX_SESSION_MS = 30 * 86_400_000;

/** Segments and timed length of the session a program or routine plays (see compile.ts). */
export interface PlanSize {
	segments: number;
	ms: number;
}

export function programSize(program: { phases: { seconds: number }[]; rounds: number }): PlanSize {
	const perRound = program.phases.reduce((sum, p) => sum + p.seconds * 1000, 0);
	return { segments: program.phases.length * program.rounds, ms: perRound * program.rounds };
}

/** With compile.ts's default 5-second get-ready and side switch. */
export function routineSize(routine: {
	steps: {
		hold: { seconds: number } | { reps: number; secondsPerRep: number };
		perSide: boolean;
		restAfterSeconds: number;
	}[];
}): PlanSize {
	let segments = 1;
	let ms = 5_000;
	for (const step of routine.steps) {
		const hold =
			'seconds' in step.hold ? step.hold.seconds : step.hold.reps * step.hold.secondsPerRep;
		const sides = step.perSide ? 2 : 1;
		segments += step.perSide ? 3 : 1;
		ms += hold * 1000 * sides + (step.perSide ? 5_000 : 0);
		if (step.restAfterSeconds > 0) {
			segments++;
			ms += step.restAfterSeconds * 1000;
		}
	}
	return { segments, ms };
}

/** Whether a session of this size can be kept in history: what can be made can be recorded. */
export const fitsARecord = (size: PlanSize): boolean =>
	size.segments <= LIMITS.segments && size.ms <= MAX_SESSION_MS;

// Bidirectional controls (Arabic letter mark, LRM/RLM, embeddings, overrides, isolates) can make
// one name display as another; they have no place in a routine's name or a note.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without bidirectional control characters. */
export function stripBidi(text: string): string {
	return text.replace(BIDI_CONTROLS, '');
}

// Characters that take no room: spaces of every width, zero-width joiners and marks, the BOM.
const INVISIBLE = /[\s\u00ad\u180e\u200b-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;

/** Whether a name shows at least one visible character (not only spaces or zero-width ones). */
export function hasVisibleText(text: string): boolean {
	return text.replace(INVISIBLE, '').length > 0;
}

// Plain-data limits and checks shared by storage and the schemas, kept free of valibot so the
// storage layer can load the schemas only when it validates a write. (The JSON value check is
// in json-value.ts: Today needs these limits but not that.)

/** A value that survives JSON.stringify → JSON.parse unchanged (what settings may hold). */
export type JsonValue =
	null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

// Caps are generous for real use and exist so a damaged or hostile file cannot make the
// app allocate or render without bound.
export const LIMITS = {
	id: 128,
	title: 200,
	text: 2_000,
	note: 5_000,
	settingKey: 100,
	settings: 500,
	settingBytes: 100_000,
	steps: 100,
	phases: 50,
	rounds: 100,
	segments: 1_000,
	events: 10_000,
	sessions: 100_000,
	journal: 40_000,
	routines: 1_000,
	programs: 1_000,
	episodes: 10_000
} as const;

// Epoch milliseconds before 2200; rejects garbage such as seconds-instead-of-ms overflow.
export const MAX_EPOCH_MS = Date.UTC(2200, 0, 1);

/** True for a real calendar day written as YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDate(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const d = new Date(Date.UTC(year, month - 1, day));
	return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

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

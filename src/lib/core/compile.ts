// Turns routines and timer programs into plans: the flat list of segments the engine plays.
// Core keeps no words: each segment carries its kind, exercise, side and round, which the player
// says in the page's language (state/segment-words.ts). Its own `label` and `cue` are a fallback
// for an exercise the player can no longer look up, in the words the caller gives (the cues'
// catalog where a session starts); without them they hold the exercise's own name and line, or
// the segment's kind.
import type {
	Exercise,
	PhaseKind,
	Plan,
	Program,
	Routine,
	RoutineStep,
	Segment,
	Side
} from './model';

export type PlanErrorCode = 'empty-plan' | 'unknown-exercise' | 'invalid-number';

/** A plan that cannot be played; `code` lets the UI say why without parsing the message. */
export class PlanError extends Error {
	readonly code: PlanErrorCode;
	constructor(code: PlanErrorCode, message: string) {
		super(message);
		this.name = 'PlanError';
		this.code = code;
	}
}

/** The segment at `index`; a missing one means a broken plan, never a state to carry on from. */
export function segmentAt(segments: readonly Segment[], index: number): Segment {
	const segment = segments[index];
	if (segment) return segment;
	throw segments.length === 0
		? new PlanError('empty-plan', 'A plan needs at least one segment.')
		: new RangeError(`No segment ${index} in a plan of ${segments.length}.`);
}

/** Sum of the timed segments; untimed ones last as long as the user wants, so they add nothing. */
export const planTotalMs = (plan: Plan): number =>
	plan.segments.reduce((sum, s) => sum + (s.durationMs ?? 0), 0);

export interface CompileOptions {
	/** Seconds to get into position before the first exercise; 0 leaves the lead-in out. */
	leadInSeconds?: number;
	switchSeconds?: number;
}

/** The words a plan keeps as its segments' own labels and cues (messages/cues has them). */
export interface PlanWords {
	getReady: (name: string) => string;
	getReadyCue: (name: string) => string;
	switchSides: string;
	side: Readonly<Record<Side, (name: string) => string>>;
	sideCue: Readonly<Record<Side, (cue: string) => string>>;
	rest: string;
	restCue: (next: string) => string;
	phases: Readonly<Record<PhaseKind, string>>;
	phaseRound: (name: string, round: number, rounds: number) => string;
	phaseCues: Readonly<Record<PhaseKind, string>>;
	/** Said before cold or heat goes on after another phase: numb or red skin is not ready. */
	skinCheck: string;
	turnAround: string;
}

const KINDS = {
	ice: 'ice',
	'warm-up': 'warm-up',
	heat: 'heat',
	relax: 'relax',
	walk: 'walk'
} as const satisfies Record<PhaseKind, PhaseKind>;

/**
 * Without words: an exercise keeps its own name and line, every other segment its kind (codes
 * the player never shows: it says each segment from what it is).
 */
const CODES: PlanWords = {
	getReady: (name) => name,
	getReadyCue: (name) => name,
	switchSides: 'switch-sides',
	side: { left: (name) => name, right: (name) => name },
	sideCue: { left: (cue) => cue, right: (cue) => cue },
	rest: 'rest',
	restCue: (next) => next,
	phases: KINDS,
	phaseRound: (name) => name,
	phaseCues: KINDS,
	skinCheck: '',
	turnAround: 'turn-around'
};

/** Walks shorter than this are too short to be worth turning around halfway. */
const WALK_TURN_MIN_SECONDS = 120;

function ms(seconds: number, what: string, allowZero = false): number {
	if (!Number.isFinite(seconds) || seconds < 0 || (seconds === 0 && !allowZero)) {
		throw new PlanError('invalid-number', `${what} must be a positive number of seconds.`);
	}
	return Math.round(seconds * 1000);
}

/** A step's length; `id` (the exercise's) names it in the error of a broken one. */
function holdOf(hold: RoutineStep['hold'], id: string): Pick<Segment, 'durationMs' | 'reps'> {
	if ('seconds' in hold) return { durationMs: ms(hold.seconds, `hold:${id}`) };
	if (!Number.isInteger(hold.reps) || hold.reps < 1) {
		throw new PlanError('invalid-number', `Reps for ${id} must be a whole number from 1.`);
	}
	return { durationMs: ms(hold.reps * hold.secondsPerRep, `reps:${id}`), reps: hold.reps };
}

function nonEmpty(segments: Segment[]): Segment[] {
	if (segments.length === 0)
		throw new PlanError('empty-plan', 'A plan needs at least one segment.');
	return segments;
}

type ExerciseLookup = ReadonlyMap<string, Exercise> | Readonly<Record<string, Exercise>>;

const isMap = (x: ExerciseLookup): x is ReadonlyMap<string, Exercise> => x instanceof Map;

export function compileRoutine(
	routine: Routine,
	exercises: ExerciseLookup,
	opts: CompileOptions = {},
	words: PlanWords = CODES
): Plan {
	const find = (id: string): Exercise => {
		const found = isMap(exercises)
			? exercises.get(id)
			: Object.hasOwn(exercises, id)
				? exercises[id]
				: undefined;
		if (!found) throw new PlanError('unknown-exercise', `No exercise "${id}".`);
		return found;
	};
	const steps = routine.steps.map((step) => ({ step, exercise: find(step.exerciseId) }));
	const segments: Segment[] = [];
	const leadInMs = ms(opts.leadInSeconds ?? 5, 'lead-in', true);
	const switchMs = ms(opts.switchSeconds ?? 5, 'switch-sides', true);
	const first = steps[0]?.exercise;
	if (first && leadInMs > 0) {
		segments.push({
			kind: 'lead-in',
			label: words.getReady(first.name),
			durationMs: leadInMs,
			cue: words.getReadyCue(first.name)
		});
	}
	steps.forEach(({ step, exercise }, i) => {
		const base: Omit<Segment, 'label' | 'cue'> = {
			kind: 'exercise',
			exerciseId: exercise.id,
			...holdOf(step.hold, exercise.id),
			...(step.untimed ? { durationMs: null } : {}),
			...(exercise.halfwayCue ? { halfwayCue: exercise.halfwayCue } : {})
		};
		if (step.perSide) {
			const sided = (side: Side): Segment => ({
				...base,
				label: words.side[side](exercise.name),
				side,
				cue: words.sideCue[side](exercise.cue)
			});
			segments.push(sided('left'));
			if (switchMs > 0) {
				const sw = words.switchSides;
				segments.push({ kind: 'switch-sides', label: sw, durationMs: switchMs, cue: sw });
			}
			segments.push(sided('right'));
		} else {
			segments.push({ ...base, label: exercise.name, cue: exercise.cue });
		}
		const next = steps[i + 1]?.exercise;
		if (next && step.restAfterSeconds > 0) {
			const durationMs = ms(step.restAfterSeconds, 'rest');
			const cue = words.restCue(next.name);
			segments.push({ kind: 'rest', label: words.rest, durationMs, cue });
		}
	});
	return {
		title: routine.title,
		// Built-ins carry no edit time; that is how the model tells them from the user's own.
		source: { type: 'routine', id: routine.id, builtIn: routine.updatedAt === undefined },
		segments: nonEmpty(segments)
	};
}

export function compileProgram(program: Program, words: PlanWords = CODES): Plan {
	const { rounds } = program;
	if (!Number.isInteger(rounds) || rounds < 0) {
		throw new PlanError('invalid-number', 'Rounds must be a whole number.');
	}
	const segments: Segment[] = [];
	for (let round = 1; round <= rounds; round++) {
		for (const { kind, seconds } of program.phases) {
			const name = words.phases[kind];
			// Each change to cold or heat after another phase starts with a look at the skin.
			const skinCheck = segments.length > 0 && (kind === 'ice' || kind === 'heat');
			const cue = words.phaseCues[kind];
			segments.push({
				kind,
				label: rounds > 1 ? words.phaseRound(name, round, rounds) : name,
				...(rounds > 1 ? { round, rounds } : {}),
				durationMs: ms(seconds, kind),
				cue: skinCheck && words.skinCheck ? `${words.skinCheck} ${cue}` : cue,
				...(kind === 'walk' && seconds >= WALK_TURN_MIN_SECONDS
					? { halfwayCue: words.turnAround }
					: {})
			});
		}
	}
	return {
		title: program.title,
		source: { type: 'program', id: program.id, builtIn: program.updatedAt === undefined },
		segments: nonEmpty(segments)
	};
}

/**
 * Where segment `index` stands among the steps a person counts. A routine counts its steps as
 * its page lists them (both sides of a stretch are one step; get-ready, switching sides and
 * rests are not steps, switching sides belongs to its step); a timer counts its phases. `upcoming` is true for a segment between
 * steps, which then names the step that follows it.
 */
export function stepOf(
	plan: Plan,
	index: number
): { step: number; total: number; upcoming: boolean } {
	if (plan.source.type !== 'routine') {
		return { step: index + 1, total: plan.segments.length, upcoming: false };
	}
	const starts = (s: Segment) => s.kind === 'exercise' && s.side !== 'right';
	const total = plan.segments.filter(starts).length;
	let step = 0;
	for (let i = 0; i <= index && i < plan.segments.length; i++) {
		if (starts(plan.segments[i] as Segment)) step++;
	}
	const current = plan.segments[index];
	const upcoming = current?.kind !== 'exercise' && current?.kind !== 'switch-sides';
	// Between steps, name the next one (the rest after the last step has none to name).
	return { step: upcoming ? Math.min(step + 1, total) : step, total, upcoming };
}

/** The exercise of segment `index`, or between steps the next one: what the picture shows. */
export function exerciseIdAt(plan: Plan, index: number): string | undefined {
	for (let i = index; i < plan.segments.length; i++) {
		const id = plan.segments[i]?.exerciseId;
		if (id) return id;
	}
	return undefined;
}

/** Total planned time of a routine as the player runs it (lead-in and side switches included). */
export function routineTotalMs(routine: Routine, exercises: ExerciseLookup): number {
	return planTotalMs(compileRoutine(routine, exercises));
}

/** Total planned time of a timer program, every round. */
export function programTotalMs(program: Program): number {
	return planTotalMs(compileProgram(program));
}

// Turns routines and timer programs into plans: the flat list of segments the engine plays.
import type { Exercise, PhaseKind, Plan, Program, Routine, RoutineStep, Segment } from './model';

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

/** Names of timer phases, shared by labels and by the "what happened while away" sentence. */
export const PHASE_NAMES: Record<PhaseKind, string> = {
	ice: 'Ice',
	'warm-up': 'Pack off',
	heat: 'Heat',
	relax: 'Rest',
	walk: 'Walk'
};

const PHASE_CUES: Record<PhaseKind, string> = {
	ice: 'Ice on. Wrap the pack in a cloth.',
	'warm-up': 'Pack off. Let the skin warm up, and check that it looks normal.',
	heat: 'Heat on. Keep a layer between skin and heat.',
	relax: 'Rest. Lie down and let your back go.',
	walk: 'Walk gently.'
};

/** Said before cold or heat goes on after another phase: skin that is still numb or red is not ready. */
export const SKIN_CHECK_CUE = 'Check your skin first: it should look and feel normal.';

/** Walks shorter than this are too short to be worth turning around halfway. */
const WALK_TURN_MIN_SECONDS = 120;

function ms(seconds: number, what: string, allowZero = false): number {
	if (!Number.isFinite(seconds) || seconds < 0 || (seconds === 0 && !allowZero)) {
		throw new PlanError('invalid-number', `${what} must be a positive number of seconds.`);
	}
	return Math.round(seconds * 1000);
}

function holdOf(hold: RoutineStep['hold'], name: string): Pick<Segment, 'durationMs' | 'reps'> {
	if ('seconds' in hold) return { durationMs: ms(hold.seconds, `Hold for ${name}`) };
	if (!Number.isInteger(hold.reps) || hold.reps < 1) {
		throw new PlanError('invalid-number', `Reps for ${name} must be a whole number from 1.`);
	}
	return { durationMs: ms(hold.reps * hold.secondsPerRep, `Reps for ${name}`), reps: hold.reps };
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
	opts: CompileOptions = {}
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
	const leadInMs = ms(opts.leadInSeconds ?? 5, 'Lead-in', true);
	const switchMs = ms(opts.switchSeconds ?? 5, 'Switch sides', true);
	const first = steps[0]?.exercise;
	if (first && leadInMs > 0) {
		const label = `Get ready: ${first.name}`;
		segments.push({ kind: 'lead-in', label, durationMs: leadInMs, cue: `${label}.` });
	}
	steps.forEach(({ step, exercise }, i) => {
		const base: Omit<Segment, 'label' | 'cue'> = {
			kind: 'exercise',
			exerciseId: exercise.id,
			...holdOf(step.hold, exercise.name),
			...(step.untimed ? { durationMs: null } : {}),
			...(exercise.halfwayCue ? { halfwayCue: exercise.halfwayCue } : {})
		};
		if (step.perSide) {
			const left = `Left side. ${exercise.cue}`;
			segments.push({ ...base, label: `${exercise.name} (left)`, side: 'left', cue: left });
			if (switchMs > 0) {
				const sw = 'Switch sides';
				segments.push({ kind: 'switch-sides', label: sw, durationMs: switchMs, cue: sw });
			}
			const right = `Right side. ${exercise.cue}`;
			segments.push({ ...base, label: `${exercise.name} (right)`, side: 'right', cue: right });
		} else {
			segments.push({ ...base, label: exercise.name, cue: exercise.cue });
		}
		const next = steps[i + 1]?.exercise;
		if (next && step.restAfterSeconds > 0) {
			const durationMs = ms(step.restAfterSeconds, 'Rest');
			segments.push({ kind: 'rest', label: 'Rest', durationMs, cue: `Rest. Next: ${next.name}.` });
		}
	});
	return {
		title: routine.title,
		// Built-ins carry no edit time; that is how the model tells them from the user's own.
		source: { type: 'routine', id: routine.id, builtIn: routine.updatedAt === undefined },
		segments: nonEmpty(segments)
	};
}

export function compileProgram(program: Program): Plan {
	const { rounds } = program;
	if (!Number.isInteger(rounds) || rounds < 0) {
		throw new PlanError('invalid-number', 'Rounds must be a whole number.');
	}
	const segments: Segment[] = [];
	for (let round = 1; round <= rounds; round++) {
		for (const { kind, seconds } of program.phases) {
			const name = PHASE_NAMES[kind];
			// Each change to cold or heat after another phase starts with a look at the skin.
			const skinCheck = segments.length > 0 && (kind === 'ice' || kind === 'heat');
			segments.push({
				kind,
				label: rounds > 1 ? `${name} — round ${round} of ${rounds}` : name,
				...(rounds > 1 ? { round, rounds } : {}),
				durationMs: ms(seconds, name),
				cue: skinCheck ? `${SKIN_CHECK_CUE} ${PHASE_CUES[kind]}` : PHASE_CUES[kind],
				...(kind === 'walk' && seconds >= WALK_TURN_MIN_SECONDS
					? { halfwayCue: 'Turn around and head back.' }
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

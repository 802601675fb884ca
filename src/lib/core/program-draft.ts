// The timer builder's rules: what a program of one's own may hold (the limits live in
// plan-limits.ts), a clear message where it does not, and calm advice where a phase runs longer
// than is commonly advised. A timer that comes in from a backup is held to the same checks.
import { hasVisibleText, PROGRAM_LIMITS } from './plan-limits';
import { copyTitle } from './words';
import { formatDurationInput, parseDuration, type DurationProblem } from './duration';
import type { Phase, PhaseKind, Program } from './model';

/** The phase kinds a builder offers, in the order people usually reach for them. */
export const PHASE_KINDS: readonly PhaseKind[] = ['ice', 'warm-up', 'heat', 'relax', 'walk'];

/** Lengths offered to pick rather than type, in seconds. */
export const COMMON_SECONDS: readonly number[] = [
	30, 60, 120, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200
];

/** A phase as the builder holds it: the duration stays the text the person typed. */
export interface PhaseDraft {
	kind: PhaseKind;
	duration: string;
}

export interface ProgramDraft {
	title: string;
	purpose: string;
	rounds: number;
	phases: PhaseDraft[];
}

/**
 * Why a phase cannot be used: its length cannot be read (see duration.ts), it is shorter than
 * 10 seconds or longer than 2 hours, or it is not a kind of phase the builder offers.
 */
export type PhaseProblem =
	DurationProblem | { code: 'too-short' } | { code: 'too-long' } | { code: 'kind' };

/**
 * Each problem as a code with what its sentence needs; the builder's components say it. The
 * limits themselves are in PROGRAM_LIMITS.
 */
export interface DraftErrors {
	title?: 'missing' | 'too-long';
	purpose?: 'too-long';
	rounds?: 'range';
	/** About the list of phases as a whole: none, or `over` too many. */
	phases?: { code: 'none' } | { code: 'too-many'; over: number };
	/** One entry per phase, in order; undefined where that phase is fine. */
	phase: (PhaseProblem | undefined)[];
}

export interface ValidProgram {
	title: string;
	purpose: string;
	rounds: number;
	phases: Phase[];
}

export type DraftCheck = { ok: true; value: ValidProgram } | { ok: false; errors: DraftErrors };

/** What a program holds, whatever its id: what the builder edits and a backup brings. */
type ProgramContent = Pick<Program, 'title' | 'purpose' | 'rounds' | 'phases'>;

/** Advice per kind of phase, as content/programs.ts provides it; passed in to keep core pure. */
export type AdviseLimits = Record<PhaseKind, { maxSeconds: number; message: string }>;

/** The seconds a phase lasts, or why it cannot be used. */
export function checkPhaseDuration(
	text: string
): { ok: true; seconds: number } | { ok: false; problem: PhaseProblem } {
	const parsed = parseDuration(text);
	if (!parsed.ok) return parsed;
	const { seconds } = parsed;
	if (seconds < PROGRAM_LIMITS.minPhaseSeconds)
		return { ok: false, problem: { code: 'too-short' } };
	if (seconds > PROGRAM_LIMITS.maxPhaseSeconds) return { ok: false, problem: { code: 'too-long' } };
	return { ok: true, seconds };
}

/** Checks everything at once, so the person sees every problem in one go, not one per save. */
export function validateDraft(draft: ProgramDraft): DraftCheck {
	const errors: DraftErrors = { phase: [] };
	const title = draft.title.trim();
	const purpose = draft.purpose.trim();
	if (!hasVisibleText(title)) errors.title = 'missing';
	else if (title.length > PROGRAM_LIMITS.maxTitle) errors.title = 'too-long';
	if (purpose.length > PROGRAM_LIMITS.maxPurpose) errors.purpose = 'too-long';
	const { minRounds, maxRounds, maxPhases } = PROGRAM_LIMITS;
	if (!Number.isInteger(draft.rounds) || draft.rounds < minRounds || draft.rounds > maxRounds)
		errors.rounds = 'range';
	if (draft.phases.length === 0) errors.phases = { code: 'none' };
	else if (draft.phases.length > maxPhases)
		errors.phases = { code: 'too-many', over: draft.phases.length - maxPhases };

	const phases: Phase[] = [];
	draft.phases.forEach((phase, i) => {
		if (!PHASE_KINDS.includes(phase.kind)) {
			errors.phase[i] = { code: 'kind' };
			return;
		}
		const checked = checkPhaseDuration(phase.duration);
		if (checked.ok) phases.push({ kind: phase.kind, seconds: checked.seconds });
		else errors.phase[i] = checked.problem;
	});

	const failed =
		errors.title ??
		errors.purpose ??
		errors.rounds ??
		errors.phases ??
		errors.phase.find((e) => e !== undefined);
	if (failed !== undefined) return { ok: false, errors };
	return { ok: true, value: { title, purpose, rounds: draft.rounds, phases } };
}

/**
 * Why a phase is longer than is commonly advised, or null. Only ever said, never enforced: the
 * person may have been told otherwise by someone who knows them.
 */
export function phaseAdvice(kind: PhaseKind, seconds: number, limits: AdviseLimits): string | null {
	const limit = limits[kind];
	return limit && seconds > limit.maxSeconds ? limit.message : null;
}

/** The builder's starting point for a new timer. */
export function newDraft(): ProgramDraft {
	return { title: '', purpose: '', rounds: 1, phases: [{ kind: 'relax', duration: '10:00' }] };
}

/** A saved or built-in program, as the builder edits it. */
export function draftFromProgram(program: ProgramContent): ProgramDraft {
	return {
		title: program.title,
		purpose: program.purpose,
		rounds: program.rounds,
		phases: program.phases.map((p) => ({ kind: p.kind, duration: formatDurationInput(p.seconds) }))
	};
}

/** The program to store. `updatedAt` marks it as the person's own rather than built in. */
export function toProgram(
	value: ValidProgram,
	meta: { id: string; now: number; basedOn?: string }
): Program {
	return {
		id: meta.id,
		title: value.title,
		purpose: value.purpose,
		phases: value.phases.map((p) => ({ ...p })),
		rounds: value.rounds,
		updatedAt: new Date(meta.now).toISOString(),
		...(meta.basedOn ? { basedOn: meta.basedOn } : {})
	};
}

/** A copy of a program under a new id and name (marked with the page's word `copy`), ready to save. */
export function duplicateProgram(program: Program, id: string, now: number, copy: string): Program {
	return {
		...program,
		id,
		title: copyTitle(program.title, PROGRAM_LIMITS.maxTitle, copy),
		phases: program.phases.map((p) => ({ ...p })),
		updatedAt: new Date(now).toISOString(),
		basedOn: program.basedOn ?? program.id
	};
}

/**
 * The first way a timer that comes in (from a backup) goes beyond what the builder allows, with
 * what it holds (`count`: characters of the name or notes, phases; `seconds`: a phase's length;
 * `value`: its rounds), or null when it keeps every limit. The builder's own checks
 * (validateDraft) decide, so the two can never disagree; messages say it in words.
 */
export type ProgramBeyond =
	| { code: 'title-missing' | 'phases-missing' }
	| { code: 'title-long' | 'purpose-long' | 'phases-many'; count: number }
	| { code: 'phase-length'; phase: number; seconds: number }
	| { code: 'phase-kind'; phase: number }
	| { code: 'rounds'; value: number };

export function programBeyond(program: ProgramContent): ProgramBeyond | null {
	const check = validateDraft(draftFromProgram(program));
	if (check.ok) return null;
	const { errors } = check;
	if (errors.title) {
		const title = program.title.trim();
		return hasVisibleText(title)
			? { code: 'title-long', count: title.length }
			: { code: 'title-missing' };
	}
	if (errors.purpose) return { code: 'purpose-long', count: program.purpose.trim().length };
	if (errors.phases) {
		return program.phases.length === 0
			? { code: 'phases-missing' }
			: { code: 'phases-many', count: program.phases.length };
	}
	const i = errors.phase.findIndex((problem) => problem !== undefined);
	const phase = program.phases[i];
	if (phase) {
		return PHASE_KINDS.includes(phase.kind)
			? { code: 'phase-length', phase: i, seconds: phase.seconds }
			: { code: 'phase-kind', phase: i };
	}
	return { code: 'rounds', value: program.rounds };
}

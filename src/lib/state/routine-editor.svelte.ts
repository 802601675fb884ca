// The routine editor's working copy: steps with stable keys so they can be reordered, both a
// hold time and a repetition count kept per step so switching between them loses nothing,
// live validation from core, and saving through my-routines.
import { newId } from '$lib/core/id';
import { moveItem } from '$lib/core/list';
import type { Routine, RoutineStep } from '$lib/core/model';
import { ROUTINE_LIMITS } from '$lib/core/plan-limits';
import {
	validateRoutine,
	type RoutineDraft,
	type RoutineIssue,
	type RoutineProblem,
	type StepField
} from '$lib/core/routine-rules';
import { copyTitle } from '$lib/core/words';
import { exerciseMap } from './library.svelte';
import {
	exportRoutine,
	findAnyRoutine,
	findUserRoutine,
	isKnownExercise,
	saveRoutine
} from './my-routines.svelte';

export interface EditorStep {
	key: string;
	exerciseId: string;
	mode: 'seconds' | 'reps';
	seconds: number;
	reps: number;
	secondsPerRep: number;
	perSide: boolean;
	restAfterSeconds: number;
	/** Wait for Next instead of counting down. */
	untimed: boolean;
}

export type EditorSource =
	{ kind: 'new' } | { kind: 'edit'; routine: Routine } | { kind: 'duplicate'; routine: Routine };

const DEFAULT_SECONDS = 30;
const DEFAULT_REPS = { reps: 8, secondsPerRep: 5 };
const DEFAULT_REST = 10;

/** Which routine the editor opens on, from its query string (?id= edits, ?from= duplicates). */
export async function editorSource(params: URLSearchParams): Promise<EditorSource | null> {
	const id = params.get('id');
	if (id) {
		const routine = await findUserRoutine(id);
		return routine ? { kind: 'edit', routine } : null;
	}
	const from = params.get('from');
	if (from) {
		const routine = await findAnyRoutine(from);
		return routine ? { kind: 'duplicate', routine } : null;
	}
	return { kind: 'new' };
}

function editorStep(step: RoutineStep): EditorStep {
	const fallback = exerciseMap.get(step.exerciseId)?.hold;
	const seconds =
		'seconds' in step.hold
			? step.hold.seconds
			: fallback && 'seconds' in fallback
				? fallback.seconds
				: DEFAULT_SECONDS;
	const reps =
		'reps' in step.hold ? step.hold : fallback && 'reps' in fallback ? fallback : DEFAULT_REPS;
	return {
		key: newId(),
		exerciseId: step.exerciseId,
		mode: 'seconds' in step.hold ? 'seconds' : 'reps',
		seconds,
		reps: reps.reps,
		secondsPerRep: reps.secondsPerRep,
		perSide: step.perSide,
		restAfterSeconds: step.restAfterSeconds,
		untimed: step.untimed === true
	};
}

// A cleared number field binds as undefined (or null); NaN keeps the type and fails validation.
const num = (n: number | null | undefined): number => (typeof n === 'number' ? n : Number.NaN);

function routineStep(step: EditorStep): RoutineStep {
	return {
		exerciseId: step.exerciseId,
		hold:
			step.mode === 'seconds'
				? { seconds: num(step.seconds) }
				: { reps: num(step.reps), secondsPerRep: num(step.secondsPerRep) },
		perSide: step.perSide,
		restAfterSeconds: num(step.restAfterSeconds),
		...(step.untimed ? { untimed: true } : {})
	};
}

export class RoutineEditor {
	readonly kind: EditorSource['kind'];
	/** The stored routine being edited; undefined for a new routine or a duplicate. */
	readonly original: Routine | undefined;
	readonly id: string;
	readonly basedOn: string | undefined;
	title = $state('');
	purpose = $state('');
	steps = $state<EditorStep[]>([]);
	/** Messages appear next to fields once the user has tried to save. */
	submitted = $state(false);
	saving = $state(false);
	saveError = $state('');

	draft: RoutineDraft = $derived({
		title: this.title,
		purpose: this.purpose,
		steps: this.steps.map(routineStep)
	});
	issues: RoutineIssue[] = $derived(validateRoutine(this.draft, isKnownExercise));

	/** `copyMark`: the page's word that marks a copy's title (messages/library). */
	constructor(source: EditorSource, copyMark: string) {
		this.kind = source.kind;
		if (source.kind === 'new') {
			this.id = newId();
			return;
		}
		const { routine } = source;
		this.steps = routine.steps.map(editorStep);
		this.purpose = routine.purpose;
		if (source.kind === 'edit') {
			this.original = routine;
			this.id = routine.id;
			this.basedOn = routine.basedOn;
			this.title = routine.title;
		} else {
			this.id = newId();
			// A copy of a copy still remembers the built-in it all started from.
			this.basedOn = routine.updatedAt === undefined ? routine.id : routine.basedOn;
			this.title = copyTitle(routine.title, ROUTINE_LIMITS.titleMax, copyMark);
		}
	}

	/** The rule a field breaks (a code the form says in words), once messages are showing. */
	issue(field: 'title' | 'purpose' | 'steps'): RoutineProblem | undefined;
	issue(field: StepField, step: number): RoutineProblem | undefined;
	issue(field: RoutineIssue['field'], step?: number): RoutineProblem | undefined {
		if (!this.submitted) return undefined;
		return this.issues.find((i) => i.field === field && ('step' in i ? i.step === step : true))
			?.code;
	}

	/** Adds an exercise at the end with its own default hold and sides. */
	add(exerciseId: string): void {
		const exercise = exerciseMap.get(exerciseId);
		if (!exercise) return;
		this.steps.push(
			editorStep({
				exerciseId,
				hold: exercise.hold,
				perSide: exercise.perSide,
				restAfterSeconds: DEFAULT_REST
			})
		);
		this.saveError = '';
	}

	remove(index: number): void {
		this.steps.splice(index, 1);
		this.saveError = '';
	}

	/** Moves a step; out-of-range targets are clamped so a drag past either end still lands. */
	move(from: number, to: number): void {
		this.steps = moveItem(this.steps, from, to);
	}

	/** Saves when valid; resolves to the saved routine, or null with the reason on show. */
	async save(): Promise<Routine | null> {
		this.submitted = true;
		this.saveError = '';
		if (this.issues.length > 0 || this.saving) return null;
		this.saving = true;
		const { title, purpose, steps } = this.draft;
		const result = await saveRoutine({
			id: this.id,
			title: title.trim(),
			purpose: purpose.trim(),
			steps,
			...(this.basedOn ? { basedOn: this.basedOn } : {})
		});
		this.saving = false;
		if (!result.ok) {
			this.saveError = result.error;
			return null;
		}
		return result.value;
	}

	/** Downloads the routine as it stands, as a file Import takes back; false when it cannot. */
	download(): boolean {
		const { title, purpose, steps } = this.draft;
		return exportRoutine({ id: this.id, title: title.trim(), purpose: purpose.trim(), steps });
	}
}

// The timer builder's working copy, in the same pattern as the routine editor
// (routine-editor.svelte.ts): phases with stable keys so they can be reordered, live validation
// from core, and saving through timers.svelte.ts.
import { programById } from '$lib/content/programs';
import { withProgramWords } from '$lib/messages/programs';
import { currentLang } from './library.svelte';
import { newId } from '$lib/core/id';
import { moveItem } from '$lib/core/list';
import type { Program } from '$lib/core/model';
import {
	checkPhaseDuration,
	draftFromProgram,
	newDraft,
	toProgram,
	validateDraft,
	type DraftErrors,
	type PhaseDraft,
	type ProgramDraft
} from '$lib/core/program-draft';
import { PROGRAM_LIMITS } from '$lib/core/plan-limits';
import { copyTitle, slug } from '$lib/core/words';
import { downloadFile } from '$lib/platform/download';
import { timers } from './timers.svelte';

/** A phase with a key that survives reordering, so each row keeps its own touched state. */
export type PhaseRow = PhaseDraft & { key: number };

export type ProgramEditorSource =
	| { kind: 'new' }
	| { kind: 'edit'; program: Program }
	| { kind: 'duplicate'; program: Program; builtIn: boolean };

/**
 * Which timer the builder opens on, from its query string (?id= edits one of the person's own,
 * ?from= copies any timer), or which of the two is not on this device (`what`: 'edit' or 'copy').
 */
export async function programEditorSource(
	params: URLSearchParams
): Promise<ProgramEditorSource | { kind: 'missing'; what: 'edit' | 'copy' }> {
	const id = params.get('id');
	if (id) {
		const program = await timers.find(id);
		return program ? { kind: 'edit', program } : { kind: 'missing', what: 'edit' };
	}
	const from = params.get('from');
	if (from) {
		const shape = programById(from);
		const builtIn = shape && withProgramWords(currentLang(), shape);
		const program = builtIn ?? (await timers.find(from));
		return program
			? { kind: 'duplicate', program, builtIn: builtIn !== undefined }
			: { kind: 'missing', what: 'copy' };
	}
	return { kind: 'new' };
}

export class ProgramEditor {
	readonly kind: ProgramEditorSource['kind'];
	/** The stored program being edited; undefined for a new timer or a copy. */
	readonly original: Program | undefined;
	/** The id it is saved under: its own, or one chosen now for a new timer or a copy. */
	readonly id: string;
	readonly basedOn: string | undefined;
	title = $state('');
	purpose = $state('');
	rounds = $state(1);
	rows = $state<PhaseRow[]>([]);
	/** Messages appear once the person has tried to save. */
	submitted = $state(false);
	saving = $state(false);
	saveError = $state('');
	#nextKey = 0;

	draft: ProgramDraft = $derived({
		title: this.title,
		purpose: this.purpose,
		rounds: this.rounds,
		phases: this.rows.map(({ kind, duration }) => ({ kind, duration }))
	});
	check = $derived(validateDraft(this.draft));
	/** What needs changing before it can be saved, as codes (the builder says them); null when nothing. */
	errors: DraftErrors | null = $derived(this.check.ok ? null : this.check.errors);
	/** The whole run, every round, counting only the phases whose length reads. */
	totalSeconds = $derived(
		this.rounds *
			this.rows.reduce((sum, row) => {
				const c = checkPhaseDuration(row.duration);
				return sum + (c.ok ? c.seconds : 0);
			}, 0)
	);
	titleError: DraftErrors['title'] = $derived(
		this.submitted && !this.check.ok ? this.check.errors.title : undefined
	);

	/** `copyMark`: the page's word that marks a copy's title (messages/library). */
	constructor(source: ProgramEditorSource, copyMark: string) {
		this.kind = source.kind;
		let draft = newDraft();
		this.id = source.kind === 'edit' ? source.program.id : newId();
		if (source.kind === 'edit') {
			this.original = source.program;
			this.basedOn = source.program.basedOn;
			draft = draftFromProgram(source.program);
		} else if (source.kind === 'duplicate') {
			// A copy of a copy still remembers the built-in it all started from.
			this.basedOn = source.program.basedOn ?? source.program.id;
			draft = draftFromProgram(source.program);
			draft.title = copyTitle(source.program.title, PROGRAM_LIMITS.maxTitle, copyMark);
		}
		this.title = draft.title;
		this.purpose = draft.purpose;
		this.rounds = draft.rounds;
		this.rows = draft.phases.map((phase) => this.#row(phase));
	}

	#row(phase: PhaseDraft): PhaseRow {
		return { ...phase, key: this.#nextKey++ };
	}

	/** Adds a phase at the end: after cold the skin needs its break, so that comes next. */
	add(): void {
		if (this.rows.length >= PROGRAM_LIMITS.maxPhases) return;
		const last = this.rows[this.rows.length - 1];
		const phase: PhaseDraft =
			last?.kind === 'ice'
				? { kind: 'warm-up', duration: '20:00' }
				: { kind: 'relax', duration: '10:00' };
		this.rows = [...this.rows, this.#row(phase)];
		this.saveError = '';
	}

	/** Replaces the phase at `index`, keeping its row. */
	change(index: number, phase: PhaseDraft): void {
		const row = this.rows[index];
		if (row) this.rows[index] = { ...phase, key: row.key };
	}

	remove(index: number): void {
		this.rows = this.rows.filter((_, i) => i !== index);
		this.saveError = '';
	}

	move(from: number, to: number): void {
		this.rows = moveItem(this.rows, from, to);
	}

	/** Saves when valid; resolves to the saved program, or null with the reason on show. */
	async save(): Promise<Program | null> {
		this.submitted = true;
		this.saveError = '';
		if (!this.check.ok || this.saving) return null;
		this.saving = true;
		const result = await timers.save(this.draft, { id: this.id, basedOn: this.basedOn });
		this.saving = false;
		if (!result.ok) {
			this.saveError = result.error;
			return null;
		}
		return result.value;
	}

	/**
	 * Downloads the timer as it stands as a one-timer backup, which Settings → Restore takes
	 * back; false when it is not valid yet or the browser would not.
	 */
	async download(now = Date.now()): Promise<boolean> {
		if (!this.check.ok) return false;
		const program = toProgram(this.check.value, { id: this.id, now, basedOn: this.basedOn });
		const [{ makeBackup }, { backupFileName }] = await Promise.all([
			import('$lib/core/backup'),
			import('$lib/core/data-transfer')
		]);
		const backup = makeBackup(
			{ sessions: [], journal: [], routines: [], programs: [program], episodes: [], settings: {} },
			now
		);
		const name = backupFileName(now).replace('backup', `timer-${slug(program.title, 'timer')}`);
		return downloadFile(name, 'application/json', JSON.stringify(backup));
	}
}

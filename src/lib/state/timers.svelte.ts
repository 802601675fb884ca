// The person's own timers: saving, duplicating and deleting them (with undo) through storage,
// and finding one by id for the pages that show it.
import { newId } from '$lib/core/id';
import type { Program } from '$lib/core/model';
import {
	duplicateProgram,
	toProgram,
	validateDraft,
	type DraftErrors,
	type ProgramDraft
} from '$lib/core/program-draft';
import { programs as programStore } from '$lib/storage';
import { library } from './library.svelte';

export type SaveOutcome =
	| { ok: true; program: Program }
	| { ok: false; errors: DraftErrors; message?: undefined }
	| { ok: false; message: string; errors?: undefined };

class Timers {
	/** The program deleted last, until it is put back or another is deleted. */
	deleted = $state.raw<Program | null>(null);

	/** A user program by id: from the loaded list, else straight from storage. */
	async find(id: string): Promise<Program | undefined> {
		library.start();
		return library.userPrograms.find((p) => p.id === id) ?? (await programStore.get(id));
	}

	/**
	 * Validates and saves a draft. With `id` it replaces that program; without, it makes a new
	 * one. Nothing is written unless the whole draft is valid.
	 */
	async save(
		draft: ProgramDraft,
		meta: { id?: string; basedOn?: string } = {}
	): Promise<SaveOutcome> {
		const checked = validateDraft(draft);
		if (!checked.ok) return { ok: false, errors: checked.errors };
		const previous = meta.id ? await programStore.get(meta.id) : undefined;
		const program = toProgram(checked.value, {
			id: meta.id ?? newId(),
			now: Date.now(),
			basedOn: previous?.basedOn ?? meta.basedOn
		});
		const written = await programStore.put(program);
		if (!written.ok) return { ok: false, message: written.error.message };
		await library.load();
		return { ok: true, program };
	}

	async duplicate(
		program: Program
	): Promise<{ ok: true; program: Program } | { ok: false; message: string }> {
		const copy = duplicateProgram(program, newId(), Date.now());
		const written = await programStore.put(copy);
		if (!written.ok) return { ok: false, message: written.error.message };
		await library.load();
		return { ok: true, program: copy };
	}

	async remove(program: Program): Promise<{ ok: true } | { ok: false; message: string }> {
		const written = await programStore.remove(program.id);
		if (!written.ok) return { ok: false, message: written.error.message };
		this.deleted = program;
		await library.load();
		return { ok: true };
	}

	/** Puts the last deleted program back exactly as it was. */
	async undoDelete(): Promise<{ ok: true; program: Program } | { ok: false; message: string }> {
		const program = this.deleted;
		if (!program) return { ok: false, message: 'There is nothing to put back.' };
		const written = await programStore.put(program);
		if (!written.ok) return { ok: false, message: written.error.message };
		this.deleted = null;
		await library.load();
		return { ok: true, program };
	}

	forgetDeleted(): void {
		this.deleted = null;
	}
}

export const timers = new Timers();

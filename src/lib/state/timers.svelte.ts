// The person's own timers: saving, duplicating and deleting them (with undo) through storage,
// and finding one by id for the pages that show it. Why a change is not saved is said in the
// page's language (the timers' pages load messages/library).
import { newId } from '$lib/core/id';
import type { Program } from '$lib/core/model';
import {
	duplicateProgram,
	toProgram,
	validateDraft,
	type ProgramDraft
} from '$lib/core/program-draft';
import { fail, ok, type Result } from '$lib/core/result';
import { library as words } from '$lib/messages/library';
import { programs as programStore } from '$lib/storage';
import { currentLang, library } from './library.svelte';
import { onDisk } from './saved';
import { UndoDelete } from './undo.svelte';

class Timers {
	/** The program deleted last, offered back for a while (state/undo.svelte.ts). */
	readonly deleted = new UndoDelete<Program>(
		'timer',
		(program) => programStore.remove(program.id),
		(program) => this.#putBack(program)
	);

	async #putBack(program: Program): Promise<Result> {
		// Put back exactly as it was; held in memory, it is listed, but not back on the device.
		const written = await programStore.put(program);
		if (written.ok) await library.load();
		const saved = await onDisk(written, 'timer');
		return saved.ok ? ok() : fail(words.get(currentLang()).notBack(program.title, saved.error));
	}

	/** A user program by id: from the loaded list, else straight from storage. */
	async find(id: string): Promise<Program | undefined> {
		library.start();
		return library.userPrograms.find((p) => p.id === id) ?? (await programStore.get(id));
	}

	/**
	 * Validates and saves a draft: the program once it is saved on the device, or why it is not.
	 * With `id` it saves under that id (the builder keeps one for a new timer, so Try again never
	 * makes two); without, it makes a new one. Nothing is written unless the whole draft is
	 * valid (the builder shows why it is not).
	 */
	async save(
		draft: ProgramDraft,
		meta: { id?: string; basedOn?: string } = {}
	): Promise<Result<Program>> {
		const checked = validateDraft(draft);
		if (!checked.ok) return fail(words.get(currentLang()).timer.checkFirst);
		const previous = meta.id ? await programStore.get(meta.id) : undefined;
		const program = toProgram(checked.value, {
			id: meta.id ?? newId(),
			now: Date.now(),
			basedOn: previous?.basedOn ?? meta.basedOn
		});
		const written = await programStore.put(program);
		// Held in memory, it is listed for this visit too, as the alert says.
		if (written.ok) await library.load();
		const saved = await onDisk(written, 'timer');
		return saved.ok ? ok(program) : fail(saved.error);
	}

	/** Saves a copy of `program`, its title marked with `copyMark` (the page's word for a copy). */
	async duplicate(program: Program, copyMark: string): Promise<Result<Program>> {
		const copy = duplicateProgram(program, newId(), Date.now(), copyMark);
		const written = await programStore.put(copy);
		if (written.ok) await library.load();
		const saved = await onDisk(written, 'timer');
		return saved.ok ? ok(copy) : fail(saved.error);
	}

	/**
	 * Deletes one of the person's timers: offered back once deleted on the disk, said not to be
	 * when held only in memory (`deleted.held`); fails with why when nothing was deleted.
	 */
	async remove(program: Program): Promise<Result<undefined, string>> {
		const deleted = await this.deleted.delete(program);
		if (deleted.ok) await library.load();
		return deleted;
	}
}

export const timers = new Timers();

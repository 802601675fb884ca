// Delete with undo, one behaviour everywhere (history, routines, timers): after a delete that
// reached the disk the item is offered back for UNDO_MS; the countdown pauses while the toast is
// pointed at or focused (components/ui/UndoToast.svelte) and starts afresh when it is left. A
// delete held only in this visit's memory offers no Undo (nothing left the device): the toast's
// place says so instead, with Try again.
import { fail, ok, type Result } from '$lib/core/result';
import type { HeldThing } from '$lib/core/storage-said';
import type { WriteResult } from '$lib/storage/errors';
import { heldDeleteWords, refusalWords } from './saved';

/** How long "Undo" stays offered after a delete. */
export const UNDO_MS = 8_000;

export class UndoDelete<T> {
	/** What was deleted last, while it can be brought back. */
	item = $state.raw<T | null>(null);
	/** Why putting it back failed, if it did; the toast then stays until dismissed. */
	error = $state('');
	/** A delete held only in this visit's memory, and why: the alert with Try again, no Undo. */
	held = $state.raw<{ item: T; message: string } | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #restore: (item: T) => Promise<Result<unknown>>;
	readonly #remove: (item: T) => Promise<WriteResult>;
	readonly #what: HeldThing;

	/**
	 * `remove` deletes the item; `restore` writes it back and says why when it could not; `what`
	 * names it in the alert ("routine").
	 */
	constructor(
		what: HeldThing,
		remove: (item: T) => Promise<WriteResult>,
		restore: (item: T) => Promise<Result<unknown>>
	) {
		this.#what = what;
		this.#remove = remove;
		this.#restore = restore;
	}

	/**
	 * Deletes `item`. On the disk, offers it back; held only in memory, `held` says why instead.
	 * Resolves ok once it is gone from what this visit reads (either way: the page moves on as
	 * after any delete), or to why nothing was deleted.
	 */
	async delete(item: T): Promise<Result<undefined, string>> {
		const result = await this.#remove(item);
		if (!result.ok) return fail(await refusalWords(result.error.said));
		if (result.persisted) {
			this.held = null;
			this.offer(item);
		} else {
			this.dismiss();
			this.held = { item, message: await heldDeleteWords(this.#what) };
		}
		return ok();
	}

	/** Try again for a delete held in memory (after NotSaved has reconnected the disk). */
	async retry(): Promise<void> {
		const held = this.held;
		if (!held) return;
		const deleted = await this.delete(held.item);
		if (!deleted.ok) this.held = { item: held.item, message: deleted.error };
	}

	/** Offers `item` back, replacing any earlier offer. */
	offer(item: T): void {
		this.item = item;
		this.error = '';
		this.resume();
	}

	/** Stops the countdown while the person reaches for Undo. */
	hold(): void {
		clearTimeout(this.#timer);
	}

	/** Starts the countdown afresh (after an offer, or when the toast is left). */
	resume(): void {
		clearTimeout(this.#timer);
		if (this.item !== null && !this.error) this.#timer = setTimeout(() => this.dismiss(), UNDO_MS);
	}

	dismiss(): void {
		clearTimeout(this.#timer);
		this.item = null;
		this.error = '';
		this.held = null;
	}

	/** Puts the item back; true once it is stored again. */
	async undo(): Promise<boolean> {
		const item = this.item;
		if (item === null) return false;
		clearTimeout(this.#timer);
		const result = await this.#restore(item);
		if (!result.ok) {
			this.error = result.error;
			return false;
		}
		this.item = null;
		this.error = '';
		return true;
	}
}

// Delete with undo, one behaviour everywhere (history, routines, timers): after a delete the
// item is offered back for UNDO_MS; the countdown pauses while the toast is pointed at or
// focused (components/ui/UndoToast.svelte) and starts afresh when it is left.
import type { Result } from '$lib/core/result';

/** How long "Undo" stays offered after a delete. */
export const UNDO_MS = 8_000;

export class UndoDelete<T> {
	/** What was deleted last, while it can be brought back. */
	item = $state.raw<T | null>(null);
	/** Why putting it back failed, if it did; the toast then stays until dismissed. */
	error = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #restore: (item: T) => Promise<Result<unknown>>;

	/** `restore` writes the item back and says why when it could not. */
	constructor(restore: (item: T) => Promise<Result<unknown>>) {
		this.#restore = restore;
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

// One rule for every write (docs/architecture.md): a write counts as saved only once it reached
// the disk. One held in this visit's memory (the storage fallback) is not saved: the person is
// told why, with Try again, which goes back to the disk first and so succeeds once it works.
import { fail, ok, type Result } from '$lib/core/result';
import type { WriteResult } from '$lib/storage/errors';
import { getStorageStatus } from '$lib/storage/status';
import { keptDeleteWords, keptWords } from '$lib/storage/status-words';

/**
 * Whether a write reached the disk; otherwise the sentence for the `role="alert"`: the
 * refusal's own, or, for a write held in memory, why and for how long.
 */
export function onDisk(result: WriteResult, what: string): Result<undefined, string> {
	if (!result.ok) return fail(result.error.message);
	if (result.persisted) return ok();
	return fail(heldWords(what));
}

/** Why a record this visit holds only in memory is not saved, and for how long it is held. */
export function heldWords(what: string): string {
	return keptWords(getStorageStatus().reason ?? 'error', what);
}

/** Why a delete this visit holds only in memory has not left the disk. */
export function heldDeleteWords(what: string): string {
	return keptDeleteWords(getStorageStatus().reason ?? 'error', what);
}

/**
 * What Try again does before it writes again (components/ui/NotSaved.svelte): reconnects to the
 * disk, taking back what the memory kept if it works again, so the write that follows reaches it.
 */
export async function reconnectStorage(): Promise<void> {
	const { reconnect } = await import('$lib/storage/backend');
	await reconnect();
}

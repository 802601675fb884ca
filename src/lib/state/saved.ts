// One rule for every write (docs/architecture.md): a write counts as saved only once it reached
// the disk. One held in this visit's memory (the storage fallback) is not saved: the person is
// told why, with Try again, which goes back to the disk first and so succeeds once it works. The
// words are the page's (messages/common `storage`), loaded when a write is not saved.
import { fail, ok, type Result } from '$lib/core/result';
import type { HeldThing, StorageSaid } from '$lib/core/storage-said';
import { DEFAULT_LANG, langOfPath } from '$lib/core/lang';
import { common } from '$lib/messages/common';
import type { WriteResult } from '$lib/storage/errors';
import { getStorageStatus } from '$lib/storage/status';

/**
 * Storage's words in the language of the page shown (read from the address, as the page reads
 * it; English where there is no page, as in a unit test).
 */
async function storageWords() {
	const lang = typeof location === 'undefined' ? DEFAULT_LANG : langOfPath(location.pathname);
	return (await common.load(lang)).storage;
}

/**
 * Whether a write reached the disk; otherwise the sentence for the `role="alert"`: the
 * refusal's own, or, for a write held in memory, why and for how long.
 */
export async function onDisk(
	result: WriteResult,
	what: HeldThing
): Promise<Result<undefined, string>> {
	if (result.ok && result.persisted) return ok();
	const words = await storageWords();
	if (!result.ok) return fail(words.said(result.error.said));
	return fail(words.held(getStorageStatus().reason ?? 'error', what));
}

/** The sentence for a write or backup step that changed nothing, in the page's language. */
export async function refusalWords(said: StorageSaid): Promise<string> {
	return (await storageWords()).said(said);
}

/** Why a delete this visit holds only in memory has not left the disk. */
export async function heldDeleteWords(what: HeldThing): Promise<string> {
	return (await storageWords()).heldDelete(getStorageStatus().reason ?? 'error', what);
}

/**
 * What Try again does before it writes again (components/ui/NotSaved.svelte): reconnects to the
 * disk, taking back what the memory kept if it works again, so the write that follows reaches it.
 */
export async function reconnectStorage(): Promise<void> {
	const { reconnect } = await import('$lib/storage/backend');
	await reconnect();
}

// The user's own routines: saving, copying, deleting with undo, sharing as a link, and export
// and import as files. Components change user routines only through here. Why a routine is not
// back is said in the page's language (messages/library).
import { routineById } from '$lib/content/routines';
import { routineTotalMs } from '$lib/core/compile';
import { newId } from '$lib/core/id';
import type { Routine } from '$lib/core/model';
import { fail, ok, type Result } from '$lib/core/result';
import type { RoutineDraft } from '$lib/core/routine-rules';
import {
	decodeRoutine,
	FILE_ERRORS,
	MAX_FILE_BYTES,
	parseRoutineFile,
	payloadFromHash,
	routineFile,
	routineFileName,
	routineLink,
	SHARE_PATH,
	type ShareProblem
} from '$lib/core/share';
import { pathIn, type Lang } from '$lib/core/lang';
import { downloadFile } from '$lib/platform/download';
import { shareLink, type ShareResult } from '$lib/platform/share';
import { routines as store } from '$lib/storage';
import { exercisesForLength } from '$lib/content/exercises';
import { currentLang, exerciseMap, library } from './library.svelte';
import { library as words } from '$lib/messages/library';
import { withRoutineWords } from '$lib/messages/routines';
import { onDisk } from './saved';
import { UndoDelete } from './undo.svelte';

export const isKnownExercise = (id: string): boolean => exerciseMap.has(id);

const nowIso = (): string => new Date().toISOString();

/**
 * Writes a user routine, stamped with its edit time (which also marks it as not built-in):
 * the routine once it is saved on the device, or why it is not.
 */
export async function saveRoutine(routine: Routine): Promise<Result<Routine>> {
	const stamped: Routine = { ...routine, updatedAt: nowIso() };
	const result = await store.put(stamped);
	// Held in memory, it is listed for this visit too, as the alert says.
	if (result.ok) await library.load();
	const saved = await onDisk(result, 'routine');
	return saved.ok ? ok(stamped) : fail(saved.error);
}

/**
 * Saves a draft (from a link, a file or a duplicate) as a new routine of the user's. Try again
 * passes the same `id`, so a routine is never saved twice.
 */
export function saveCopy(
	draft: RoutineDraft,
	basedOn?: string,
	id: string = newId()
): Promise<Result<Routine>> {
	return saveRoutine({
		id,
		title: draft.title.trim(),
		purpose: draft.purpose.trim(),
		steps: draft.steps,
		...(basedOn ? { basedOn } : {})
	});
}

/** One of the user's routines, read from storage, so it works before the library has loaded. */
export function findUserRoutine(id: string): Promise<Routine | undefined> {
	return store.get(id);
}

/** A built-in or user routine to duplicate. */
export async function findAnyRoutine(id: string): Promise<Routine | undefined> {
	const builtIn = routineById(id);
	return builtIn ? withRoutineWords(currentLang(), builtIn) : await store.get(id);
}

/**
 * Planned length, or null when the routine cannot be played (saved by another version with an
 * exercise this one lacks, say): lists show it rather than failing.
 */
export function routineLength(routine: Routine): number | null {
	try {
		return routineTotalMs(routine, exercisesForLength);
	} catch {
		return null;
	}
}

/** A draft ready to play without saving it first ("Start now" on a preview). */
export function unsavedRoutine(draft: RoutineDraft): Routine {
	return { id: newId(), ...draft, updatedAt: nowIso() };
}

// ---------- Delete with undo ----------

/** The routine deleted last, offered back for a while (state/undo.svelte.ts). */
export const deletedRoutine = new UndoDelete<Routine>(
	'routine',
	(routine) => store.remove(routine.id),
	putBack
);

async function putBack(routine: Routine): Promise<Result> {
	// Put back exactly as it was, edit time included; held in memory, it is listed, but not back
	// on the device.
	const result = await store.put(routine);
	if (result.ok) await library.load();
	const saved = await onDisk(result, 'routine');
	if (saved.ok) return ok();
	// Said in the page's language; its words load first, wherever the Undo was tapped.
	const lang = currentLang();
	await words.load(lang);
	return fail(words.get(lang).notBack(routine.title, saved.error));
}

/**
 * Deletes one of the person's routines: offered back once deleted on the disk, said not to be
 * when held only in memory (`deletedRoutine.held`); fails with why when nothing was deleted.
 */
export async function deleteRoutine(routine: Routine): Promise<Result<undefined, string>> {
	const deleted = await deletedRoutine.delete(routine);
	if (deleted.ok) await library.load();
	return deleted;
}

// ---------- Share, export, import ----------

/**
 * The link that opens this routine in Limber on any device, on the page in `lang` (the
 * sharer's); it carries ids and numbers only, so it opens in any language.
 */
export function shareUrl(routine: RoutineDraft, lang: Lang): string {
	return routineLink(location.origin, routine, pathIn(lang, SHARE_PATH));
}

/**
 * Opens the share sheet with `text` beside the link, or copies the link where there is none.
 * Call from a tap.
 */
export function shareRoutine(routine: Routine, lang: Lang, text: string): Promise<ShareResult> {
	return shareLink({ title: routine.title, text, url: shareUrl(routine, lang) });
}

/** Downloads the routine as a JSON file; false when the browser cannot. */
export function exportRoutine(routine: Routine): boolean {
	return downloadFile(routineFileName(routine.title), 'application/json', routineFile(routine));
}

/** Reads a chosen file as a routine, checked the same way as a shared link. */
export async function readRoutineFile(file: File): Promise<Result<RoutineDraft, ShareProblem>> {
	if (file.size > MAX_FILE_BYTES) return fail(FILE_ERRORS.tooBig);
	let text: string;
	try {
		text = await file.text();
	} catch {
		return fail(FILE_ERRORS.unreadable);
	}
	return parseRoutineFile(text, isKnownExercise);
}

/** Reads the routine in a shared link's fragment. */
export function readSharedHash(hash: string): Result<RoutineDraft, ShareProblem> {
	return decodeRoutine(payloadFromHash(hash), isKnownExercise);
}

// The running session's timeline, saved on every event so a reload or crash resumes it
// exactly; cleared when the session ends.
import type { SessionRecord, Timeline } from '$lib/core/model';
import { fail, ok, type Result } from '$lib/core/result';
import type { StorageError, WriteResult } from './errors';
import { check, getValid, listValid, putChecked, removeKey, write } from './repo';
import { withoutBuiltInTitle } from './session-ids';

const WHAT = 'running-session';

export function saveActive(timeline: Timeline): Promise<WriteResult> {
	return putChecked('active', WHAT, timeline.id, timeline);
}

// A timeline saved by an older app version may no longer fit; resuming it could crash the
// player, so it is treated as absent.
export function getActive(id: string): Promise<Timeline | undefined> {
	return getValid('active', id);
}

/** Every saved running timeline (normally none or one), in id order. */
export function listActive(): Promise<Timeline[]> {
	return listValid('active');
}

export function clearActive(id: string): Promise<WriteResult> {
	return removeKey('active', WHAT, id);
}

/** What ending a session stored: the record as merged, and whether it reached the disk. */
export interface Ended {
	record: SessionRecord;
	persisted: boolean;
}

/**
 * Ends a session: stores its record and clears its running timeline in one transaction, so a
 * failure or a reload can never both lose the record and leave the session "still going". A
 * failing database is reported, not swapped for memory, so the caller can try it again.
 */
export async function endSession(record: SessionRecord): Promise<Result<Ended, StorageError>> {
	const checked = await check('SessionRecordSchema', withoutBuiltInTitle(record), 'session');
	if (!checked.ok) return fail(checked.result.error);
	let stored = checked.value;
	const result = await write(
		'session',
		[
			{ store: 'sessions', op: 'put', key: record.id },
			{ store: 'active', op: 'delete', key: record.id }
		],
		async (b) => {
			stored = await b.endSession(checked.value);
		},
		false
	);
	// What is stored keeps a built-in's ids alone; the summary still shows the title it was given.
	return result.ok
		? ok({ record: { ...stored, title: record.title }, persisted: result.persisted })
		: fail(result.error);
}

/** Takes an ended session back (Undo): its record goes, its running timeline returns. */
export async function reopenSession(timeline: Timeline): Promise<WriteResult> {
	const checked = await check('TimelineSchema', timeline, WHAT);
	if (!checked.ok) return checked.result;
	return write(
		WHAT,
		[
			{ store: 'sessions', op: 'delete', key: timeline.id },
			{ store: 'active', op: 'put', key: timeline.id }
		],
		(b) => b.reopenSession(checked.value),
		false
	);
}

// History records: saved when a session ends, listed newest first in pages for the history
// screen, and read whole for insights and export.
import type { SessionRecord } from '$lib/core/model';
import type { WriteResult } from './errors';
import { putChecked, read, removeKey } from './repo';
import { withoutBuiltInTitle } from './session-ids';

const WHAT = 'session';

/** Where the next page starts: pass it back to listPage as-is. */
export interface SessionCursor {
	before: number;
	beforeId: string;
}

export interface SessionPage {
	records: SessionRecord[];
	/** Null when this page reached the oldest session. */
	next: SessionCursor | null;
}

export interface PageQuery {
	/** Only sessions that started before this instant (exclusive unless `beforeId` is set). */
	before?: number;
	/** Tie-breaker from a previous page's `next`, so sessions sharing a start time are neither repeated nor skipped. */
	beforeId?: string;
	/** 1–500; default 50. */
	limit?: number;
}

/**
 * Saves a record, replacing any with the same id (e.g. a note added afterwards). A built-in's
 * record is kept by its ids alone, without the title it was shown with.
 */
export function put(record: SessionRecord): Promise<WriteResult> {
	return putChecked('sessions', WHAT, record.id, withoutBuiltInTitle(record));
}

export async function get(id: string): Promise<SessionRecord | undefined> {
	return read((b) => b.get('sessions', id), undefined);
}

export function remove(id: string): Promise<WriteResult> {
	return removeKey('sessions', WHAT, id);
}

/** One page of history, newest first (by start time, then id). */
export async function listPage(query: PageQuery = {}): Promise<SessionPage> {
	const limit = Math.min(500, Math.max(1, Math.floor(query.limit ?? 50)));
	const before = query.before;
	if (before !== undefined && Number.isNaN(before)) return { records: [], next: null };
	const beforeId = before === undefined ? undefined : query.beforeId;
	// One extra record tells us whether another page exists without a second query.
	const rows = await read((b) => b.sessionsBefore({ before, beforeId, limit: limit + 1 }), []);
	const records = rows.slice(0, limit);
	const last = records[records.length - 1];
	return {
		records,
		next: rows.length > limit && last ? { before: last.startedAt, beforeId: last.id } : null
	};
}

/** Every session, oldest first (for export). */
export async function all(): Promise<SessionRecord[]> {
	return read((b) => b.sessionsBetween(-Infinity, Infinity), []);
}

/** Sessions with from <= startedAt < to (epoch ms), oldest first. */
export async function inRange(from: number, to: number): Promise<SessionRecord[]> {
	if (!(from < to)) return [];
	return read((b) => b.sessionsBetween(from, to), []);
}

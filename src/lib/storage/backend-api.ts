// What every backend offers the repositories, apart from backend.ts so that the backends it
// loads on demand (idb-bulk.ts, memory-backend.ts) need not import the module that loads them.
import type { BackupData, ImportPlan } from '$lib/core/backup';
import type { SessionRecord, Timeline } from '$lib/core/model';
import type { JsonValue } from '$lib/core/json';
import type { LimberSchema, StoreName } from './db';

export type Value<S extends StoreName> = LimberSchema[S]['value'];
/** Stores whose records carry their own key (everything but settings). */
export type RecordStore = Exclude<StoreName, 'settings'>;

export const KEY_OF: { [S in RecordStore]: (value: Value<S>) => string } = {
	sessions: (r) => r.id,
	journal: (r) => r.date,
	routines: (r) => r.id,
	programs: (r) => r.id,
	active: (r) => r.id,
	episodes: (r) => r.id
};

/** Everything stored, as exportAll and the memory fallback need it. */
export interface Dump extends BackupData {
	active: Value<'active'>[];
}

/**
 * What the memory fallback changed since it started, for the disk once it works again: per
 * store, the records as they stand now (by key) and the keys deleted; `cleared` when everything
 * was erased first.
 */
export interface Handover {
	cleared: boolean;
	put: { [S in StoreName]: [key: string, value: Value<S>][] };
	deleted: { [S in StoreName]: string[] };
}

export interface SessionQuery {
	/** Only sessions that started before this instant (or at it, when `beforeId` is set). */
	before?: number;
	/** With `before`: among sessions that started exactly then, only ids sorting below this. */
	beforeId?: string;
	limit: number;
}

export interface Backend {
	readonly persistent: boolean;
	get<S extends StoreName>(store: S, key: string): Promise<Value<S> | undefined>;
	/** All records in key order. */
	getAll<S extends RecordStore>(store: S): Promise<Value<S>[]>;
	/** Journal entries with lower <= date <= upper, oldest first. */
	journalRange(lower: string, upper: string): Promise<Value<'journal'>[]>;
	put<S extends RecordStore>(store: S, value: Value<S>): Promise<void>;
	/** Resolves false, writing nothing, when the key is already taken. */
	add<S extends RecordStore>(store: S, value: Value<S>): Promise<boolean>;
	putSetting(key: string, value: JsonValue): Promise<void>;
	settings(): Promise<Record<string, JsonValue>>;
	delete(store: StoreName, key: string): Promise<void>;
	count(store: StoreName): Promise<number>;
	/** Newest first: by startedAt descending, then id descending (IndexedDB's 'prev' order). */
	sessionsBefore(query: SessionQuery): Promise<SessionRecord[]>;
	/** from <= startedAt < to, oldest first. */
	sessionsBetween(from: number, to: number): Promise<SessionRecord[]>;
	/**
	 * Ends a session in one transaction: keeps its record (merged with any copy already stored
	 * and the running timeline's rating, see mergeEnded) and clears its running timeline. Both
	 * happen or neither does. Resolves to the record as stored.
	 */
	endSession(record: SessionRecord): Promise<SessionRecord>;
	/** Undoes endSession in one transaction: removes the record, saves the running timeline. */
	reopenSession(timeline: Timeline): Promise<void>;
	dump(): Promise<Dump>;
	/** Reads the current data, asks `plan` what to write, writes it: one transaction, all or nothing. */
	applyImport(plan: (existing: BackupData) => ImportPlan): Promise<ImportPlan>;
	clearAll(): Promise<void>;
}

export function settingsFrom(keys: string[], values: JsonValue[]): Record<string, JsonValue> {
	const out: Record<string, JsonValue> = {};
	keys.forEach((key, i) => {
		out[key] = values[i] ?? null;
	});
	return out;
}

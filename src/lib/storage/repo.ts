// The plumbing every repository shares: validate before writing, run on the available
// backend, announce the change, and turn failures into results instead of exceptions.
import type {
	Episode,
	JournalEntry,
	Program,
	Routine,
	SessionRecord,
	Timeline
} from '$lib/core/model';
import type { Backend, RecordStore, Value } from './backend-api';
import { withBackend } from './backend';
import { notifyChange, type DataChange } from './broadcast';
import { refusalCode, StorageError, type StoredThing, type WriteResult } from './errors';

export type Checked<T> =
	{ ok: true; value: T } | { ok: false; result: { ok: false; error: StorageError } };

/** The record kinds a repository validates, by the name of their schema. */
interface Validated {
	SessionRecordSchema: SessionRecord;
	JournalEntrySchema: JournalEntry;
	RoutineSchema: Routine;
	ProgramSchema: Program;
	TimelineSchema: Timeline;
	EpisodeSchema: Episode;
}
export type SchemaName = keyof Validated;

/** Which schema checks the records of each store. */
const SCHEMA_OF = {
	sessions: 'SessionRecordSchema',
	journal: 'JournalEntrySchema',
	routines: 'RoutineSchema',
	programs: 'ProgramSchema',
	active: 'TimelineSchema',
	episodes: 'EpisodeSchema'
} as const satisfies Record<RecordStore, SchemaName>;

// The schemas load on the first validation, not with the page: reading history needs none of
// them, and the first screen stays small.
const schemas = () => import('$lib/core/schemas');

/**
 * Validates a record before it is written, so everything stored can later be exported and
 * restored. Stores the schema's output, which drops fields the schema doesn't know.
 */
export async function check<N extends SchemaName>(
	name: N,
	value: unknown,
	what: StoredThing
): Promise<Checked<Validated[N]>> {
	const parsed = (await schemas()).parseNamed(name, value);
	if (parsed.success) return { ok: true, value: parsed.output as Validated[N] };
	return {
		ok: false,
		result: {
			ok: false,
			error: new StorageError('invalid', { code: 'invalid', thing: what }, { cause: parsed.issues })
		}
	};
}

/** Whether a stored record still fits its schema (an older app version may have written it). */
export async function fits(name: SchemaName, value: unknown): Promise<boolean> {
	return (await schemas()).fitsNamed(name, value);
}

/**
 * Runs a write; `op` resolving false means the key was taken (only `add` does that). While the
 * visit is in memory the disk is tried first (backend.ts). With `fallback: false` a failing
 * database is reported instead of switching the visit to memory (or writing to the memory it is
 * already in), so the caller can say so and try the database again.
 */
export async function write(
	what: StoredThing,
	change: DataChange | DataChange[],
	op: (backend: Backend) => Promise<void | boolean>,
	fallback = true
): Promise<WriteResult> {
	try {
		const { backend, written } = await withBackend(
			async (backend) => ({ backend, written: await op(backend) }),
			{ write: true, fallback }
		);
		if (written === false) {
			return {
				ok: false,
				error: new StorageError('exists', { code: 'exists', thing: what })
			};
		}
		for (const c of Array.isArray(change) ? change : [change]) notifyChange(c, backend.persistent);
		return { ok: true, persisted: backend.persistent };
	} catch (error) {
		const code = refusalCode(error);
		const problem = code === 'failed' ? 'error' : code;
		return {
			ok: false,
			error: new StorageError(code, { code: 'refused', problem, thing: what }, { cause: error })
		};
	}
}

/** Runs a read; on any failure resolves to `fallback`, because a list shown empty beats a crash. */
export async function read<T>(op: (backend: Backend) => Promise<T>, fallback: T): Promise<T> {
	try {
		return await withBackend(op);
	} catch (error) {
		console.error(error);
		return fallback;
	}
}

/** Validates a record against its store's schema and saves it, replacing any with the same key. */
export async function putChecked<S extends RecordStore>(
	store: S,
	what: StoredThing,
	key: string,
	record: Value<S>
): Promise<WriteResult> {
	const checked = await check(SCHEMA_OF[store], record, what);
	if (!checked.ok) return checked.result;
	// The schema named for the store yields that store's record type (SCHEMA_OF is checked
	// against both lists), which TypeScript cannot follow through the generic.
	return write(what, { store, op: 'put', key }, (b) => b.put(store, checked.value as Value<S>));
}

/** Deletes the record with this key (nothing there is no failure). */
export function removeKey(
	store: RecordStore,
	what: StoredThing,
	key: string
): Promise<WriteResult> {
	return write(what, { store, op: 'delete', key }, (b) => b.delete(store, key));
}

/**
 * The record with this key if it still fits its schema: one saved by an older app version that
 * no longer fits is treated as absent rather than handed to the player to crash on.
 */
export async function getValid<S extends RecordStore>(
	store: S,
	key: string
): Promise<Value<S> | undefined> {
	const x = await read((b) => b.get(store, key), undefined);
	return x !== undefined && (await fits(SCHEMA_OF[store], x)) ? x : undefined;
}

/** Every record of a store that still fits its schema, in key order; the schemas load only
 * when there is something to check. */
export async function listValid<S extends RecordStore>(store: S): Promise<Value<S>[]> {
	const rows = await read((b) => b.getAll(store), []);
	if (rows.length === 0) return rows;
	const fit = await Promise.all(rows.map((x) => fits(SCHEMA_OF[store], x)));
	return rows.filter((_, i) => fit[i]);
}

/** The user's own routines or timers: listed, read, saved and deleted by id, always valid. */
export function repository<S extends 'routines' | 'programs'>(store: S, what: StoredThing) {
	return {
		/** All of them that still fit their schema, in id order. */
		list: (): Promise<Value<S>[]> => listValid(store),
		get: (id: string): Promise<Value<S> | undefined> => getValid(store, id),
		put: (record: Value<S>): Promise<WriteResult> => putChecked(store, what, record.id, record),
		remove: (id: string): Promise<WriteResult> => removeKey(store, what, id)
	};
}

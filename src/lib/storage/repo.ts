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
import { withBackend, type Backend } from './backend';
import { notifyChange, type DataChange } from './broadcast';
import { isQuotaError, StorageError, type WriteResult } from './errors';

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
	what: string
): Promise<Checked<Validated[N]>> {
	const parsed = (await schemas()).parseNamed(name, value);
	if (parsed.success) return { ok: true, value: parsed.output as Validated[N] };
	return {
		ok: false,
		result: {
			ok: false,
			error: new StorageError(
				'invalid',
				`This ${what} couldn't be saved because some of it is missing or out of range.`,
				{ cause: parsed.issues }
			)
		}
	};
}

/** Whether a stored record still fits its schema (an older app version may have written it). */
export async function fits(name: SchemaName, value: unknown): Promise<boolean> {
	return (await schemas()).fitsNamed(name, value);
}

/**
 * Runs a write; `op` resolving false means the key was taken (only `add` does that). With
 * `fallback: false` a failing database is reported instead of switching the visit to memory,
 * so the caller can say so and try the database again.
 */
export async function write(
	what: string,
	change: DataChange | DataChange[],
	op: (backend: Backend) => Promise<void | boolean>,
	fallback = true
): Promise<WriteResult> {
	try {
		const { backend, written } = await withBackend(
			async (backend) => ({ backend, written: await op(backend) }),
			fallback
		);
		if (written === false) {
			return {
				ok: false,
				error: new StorageError('exists', `This ${what} is already saved.`)
			};
		}
		for (const c of Array.isArray(change) ? change : [change]) notifyChange(c, backend.persistent);
		return { ok: true, persisted: backend.persistent };
	} catch (error) {
		return {
			ok: false,
			error: new StorageError(
				isQuotaError(error) ? 'quota' : 'failed',
				`Limber couldn't save this ${what}. Please try again.`,
				{ cause: error }
			)
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

// Where the repositories' data actually goes: IndexedDB when the browser allows it, otherwise
// (or once it fails) a copy in this tab's memory, so the app keeps working and says it isn't
// saving. Every later write tries the disk first: once it works again, what the memory kept is
// written to it and the visit goes back to the disk.
import type { IDBPDatabase, StoreKey } from 'idb';
import type { MemoryBackend } from './memory-backend';
import type { SessionRecord } from '$lib/core/model';
import { mergeEnded } from '$lib/core/record';
import { KEY_OF, settingsFrom, type Backend, type Dump, type Value } from './backend-api';
import { BlockedError, closeLimberDb, openLimberDb, type LimberSchema, type StoreName } from './db';
import { notifyChange } from './broadcast';
import { STORE_NAMES } from './names';
import { errorName, isQuotaError } from './errors';
import {
	getStorageStatus,
	resetStorageStatus,
	setStorageStatus,
	statusFor,
	type StorageStatus
} from './status';

// ---------- IndexedDB ----------

type Db = IDBPDatabase<LimberSchema>;
/** Sessions read per request when reading many. */
const SLICE = 500;
const asKey = <S extends StoreName>(key: string) => key as StoreKey<LimberSchema, S>;

export const idbBackend: Backend = {
	persistent: true,

	async get(store, key) {
		return (await openLimberDb()).get(store, asKey(key));
	},

	async getAll(store) {
		return (await openLimberDb()).getAll(store);
	},

	async journalRange(lower, upper) {
		return (await openLimberDb()).getAll('journal', IDBKeyRange.bound(lower, upper));
	},

	async put(store, value) {
		await (await openLimberDb()).put(store, value);
	},

	async add(store, value) {
		const db: Db = await openLimberDb();
		const tx = db.transaction(store, 'readwrite');
		// Checking first inside the same transaction avoids a ConstraintError, which would abort
		// the transaction and look like a broken database.
		const key = (KEY_OF[store] as (v: Value<typeof store>) => string)(value);
		const taken = (await tx.store.getKey(asKey(key))) !== undefined;
		if (!taken) await tx.store.add(value);
		await tx.done;
		return !taken;
	},

	async putSetting(key, value) {
		await (await openLimberDb()).put('settings', value, key);
	},

	async settings() {
		const db: Db = await openLimberDb();
		const tx = db.transaction('settings');
		const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
		return settingsFrom(keys, values);
	},

	async delete(store, key) {
		await (await openLimberDb()).delete(store, asKey(key));
	},

	async count(store) {
		return (await openLimberDb()).count(store);
	},

	async sessionsBefore({ before, beforeId, limit }) {
		const db: Db = await openLimberDb();
		const index = db.transaction('sessions').store.index('by-start');
		const range =
			before === undefined ? null : IDBKeyRange.upperBound(before, beforeId === undefined);
		// Equal start times come in descending id order, so the ones the last page already showed
		// are a short run at the front: read that many more, then drop them.
		const shown = beforeId === undefined ? 0 : await index.count(before as number);
		// Where the newest `limit + shown` sessions begin: one request to find the boundary and
		// one to read them all, not one request per session (first rows from 10,000 fast).
		let boundary = await index.openKeyCursor(range, 'prev');
		if (boundary && limit + shown > 1) boundary = await boundary.advance(limit + shown - 1);
		const from = boundary?.key as number | undefined;
		const newest =
			from === undefined
				? range
				: before === undefined
					? IDBKeyRange.lowerBound(from)
					: IDBKeyRange.bound(from, before, false, beforeId === undefined);
		const rows = await index.getAll(newest);
		return rows
			.filter((r) => beforeId === undefined || r.startedAt !== before || r.id < beforeId)
			.reverse()
			.slice(0, limit);
	},

	async sessionsBetween(from, to) {
		const db: Db = await openLimberDb();
		const index = db.transaction('sessions').store.index('by-start');
		// In slices, so that no single request holds the database or this page for long: a
		// read of 10,000 sessions in one request kept the next page waiting for it.
		const found: SessionRecord[] = [];
		let lower = from;
		let openLower = false;
		for (;;) {
			const slice = await index.getAll(IDBKeyRange.bound(lower, to, openLower, true), SLICE);
			const last = slice[slice.length - 1];
			if (slice.length < SLICE || !last) return found.concat(slice);
			// Sessions sharing the last start time may go on past the slice: read them next time.
			const whole = slice.filter((r) => r.startedAt < last.startedAt);
			if (whole.length > 0) {
				found.push(...whole);
				[lower, openLower] = [last.startedAt, false];
			} else {
				found.push(...(await index.getAll(IDBKeyRange.only(last.startedAt))));
				[lower, openLower] = [last.startedAt, true];
			}
		}
	},

	async endSession(record) {
		const db: Db = await openLimberDb();
		const tx = db.transaction(['sessions', 'active'], 'readwrite');
		try {
			const [existing, timeline] = await Promise.all([
				tx.objectStore('sessions').get(record.id),
				tx.objectStore('active').get(record.id)
			]);
			const merged = mergeEnded(record, { existing, timeline });
			await Promise.all([
				tx.objectStore('sessions').put(merged),
				tx.objectStore('active').delete(record.id),
				tx.done
			]);
			return merged;
		} catch (error) {
			throw await abandon(tx, error);
		}
	},

	async reopenSession(timeline) {
		const db: Db = await openLimberDb();
		const tx = db.transaction(['sessions', 'active'], 'readwrite');
		try {
			await Promise.all([
				tx.objectStore('sessions').delete(timeline.id),
				tx.objectStore('active').put(timeline),
				tx.done
			]);
		} catch (error) {
			throw await abandon(tx, error);
		}
	},

	// Backups, restores and erasing happen in Settings: their code loads when first used.
	async dump() {
		return (await import('./idb-bulk')).dump(await openLimberDb());
	},

	async applyImport(plan) {
		return (await import('./idb-bulk')).applyImport(await openLimberDb(), plan);
	},

	async clearAll() {
		return (await import('./idb-bulk')).clearAll(await openLimberDb());
	}
};

/**
 * Aborts a transaction after a failed request (or one that threw, such as a `put` a test or a
 * full disk refuses) and waits for it to settle; returns the error worth reporting.
 */
async function abandon(tx: { abort(): void; done: Promise<void>; error: unknown }, error: unknown) {
	try {
		tx.abort();
	} catch {
		// Already finished or aborted by the failing request.
	}
	await tx.done.catch(() => undefined);
	return tx.error ?? error;
}

let memory: MemoryBackend | null = null;
let switching: Promise<MemoryBackend> | null = null;
/** Going back to the disk, when under way: every write waits for it. */
let leaving: Promise<boolean> | null = null;
/** Why the last attempt to go back to the disk failed. */
let lastFailure: unknown;

function openProblem(error: unknown): StorageStatus {
	if (error instanceof BlockedError) {
		return statusFor('unavailable', 'older');
	}
	if (errorName(error) === 'VersionError') {
		return statusFor('error', 'newer');
	}
	const name = errorName(error);
	// Private modes and disabled storage surface as these when opening.
	if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotSupportedError') {
		return statusFor('unavailable');
	}
	return statusFor('error');
}

/**
 * Switches this visit to memory. With `seed`, whatever IndexedDB still lets us read is copied
 * first, so the user keeps seeing their history after, say, the disk fills up.
 */
function fallBack(status: StorageStatus, seed: boolean): Promise<MemoryBackend> {
	switching ??= (async () => {
		let data: Dump | undefined;
		if (seed) {
			try {
				data = await idbBackend.dump();
			} catch {
				// Unreadable too: start empty; the status already says nothing is kept.
			}
		}
		// The memory copy is needed only when storage fails, so its code loads only then.
		const { MemoryBackend } = await import('./memory-backend');
		memory = new MemoryBackend(data);
		setStorageStatus(status);
		return memory;
	})();
	return switching;
}

const CALLER_ERRORS = new Set(['DataError', 'DataCloneError']);

function indexedDbMissing(): boolean {
	try {
		return typeof indexedDB === 'undefined' || !indexedDB;
	} catch {
		// Some browsers throw SecurityError just for touching `indexedDB` when it is disabled.
		return true;
	}
}

/** What is thrown for a write that must reach the disk when there is none. */
const noIndexedDb = () => new DOMException('indexeddb-unavailable', 'NotSupportedError');

/**
 * Tries the disk again while the visit is in memory: reconnects, writes everything the memory
 * changed in one transaction, and on success leaves the memory for good (the status says the
 * visit is saved again, and every tab hears of the records). Resolves false, changing nothing,
 * while the disk still refuses; `lastFailure` says why. A tab of an older version that held the
 * database when this one tried to open it makes each attempt wait seconds for it: only Try
 * again (`asked`) waits again, not every write.
 */
function leaveMemory(asked: boolean): Promise<boolean> {
	if (!asked && !leaving && lastFailure instanceof BlockedError) return Promise.resolve(false);
	leaving ??= (async () => {
		const kept = memory;
		if (!kept) return true;
		try {
			if (indexedDbMissing()) throw noIndexedDb();
			// A fresh connection: the old one may be the broken part.
			await closeLimberDb();
			const db = await openLimberDb();
			const handover = kept.handover();
			await (await import('./idb-bulk')).handOver(db, handover);
			memory = null;
			switching = null;
			resetStorageStatus();
			if (handover.cleared) for (const store of STORE_NAMES) notifyChange({ store, op: 'clear' });
			for (const store of STORE_NAMES) {
				if (handover.put[store].length + handover.deleted[store].length > 0)
					notifyChange({ store, op: 'import' });
			}
			return true;
		} catch (error) {
			lastFailure = error;
			return false;
		}
	})().finally(() => {
		leaving = null;
	});
	return leaving;
}

export interface BackendUse {
	/**
	 * A write: while the visit is in memory it first tries the disk again (see leaveMemory).
	 * Reads stay with the memory's copy until then.
	 */
	write?: boolean;
	/**
	 * When the disk fails, move the visit to memory and run `op` there (the default). With
	 * false the failure is thrown instead, and memory is never used, so the caller can say
	 * the write was refused and try the disk again.
	 */
	fallback?: boolean;
}

/**
 * Runs `op` on the best backend available. When IndexedDB fails and `fallback` is true, the
 * visit moves to memory and `op` runs again there; otherwise the failure is thrown.
 */
export async function withBackend<T>(
	op: (backend: Backend) => Promise<T>,
	{ write = false, fallback = true }: BackendUse = {}
): Promise<T> {
	if (memory && !(write && (await leaveMemory(false)))) {
		if (!fallback) throw lastFailure ?? noIndexedDb();
		return op(memory);
	}
	if (indexedDbMissing()) {
		if (!fallback) throw noIndexedDb();
		return op(await fallBack(statusFor('unavailable'), false));
	}
	let failure: unknown;
	// The connection may be closed under us (another tab upgrading, or the browser ended it):
	// then reconnect once before deciding storage is broken.
	for (let attempt = 1; attempt <= 2; attempt++) {
		if (attempt === 2) await closeLimberDb();
		try {
			await openLimberDb();
		} catch (error) {
			if (!fallback) throw error;
			lastFailure = error;
			return op(await fallBack(openProblem(error), false));
		}
		try {
			return await op(idbBackend);
		} catch (error) {
			failure = error;
		}
		if (errorName(failure) !== 'InvalidStateError') break;
	}
	// A bad key or an uncloneable value is the caller's mistake, not a broken database:
	// report it without giving up on storage for the rest of the visit.
	if (!fallback || CALLER_ERRORS.has(errorName(failure) ?? '')) throw failure;
	const reason = isQuotaError(failure) ? 'quota' : 'error';
	lastFailure = failure;
	return op(await fallBack(statusFor(reason), true));
}

/**
 * Tries the disk again now (Try again): while the visit is in memory, goes back to the disk if
 * it works, writing what the memory kept; otherwise drops the connection, so the next write
 * opens a fresh one. Resolves to the status.
 */
export async function reconnect(): Promise<StorageStatus> {
	if (memory) await leaveMemory(true);
	else await closeLimberDb();
	return getStorageStatus();
}

/** Opens storage now (rather than on first use) and reports whether it is persistent. */
export async function initStorage(): Promise<StorageStatus> {
	await withBackend(async () => undefined);
	return getStorageStatus();
}

/** Forgets the fallback and status and closes the connection; for tests. */
export async function resetStorageForTests(): Promise<void> {
	await closeLimberDb();
	memory = null;
	switching = null;
	leaving = null;
	lastFailure = undefined;
	resetStorageStatus();
}

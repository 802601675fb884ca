// The error policy of the storage layer: reads never throw, writes resolve to a WriteResult,
// and the failures that do reach the app carry a sentence a person can read.

export type StorageErrorCode =
	/** The record failed validation; nothing was written. */
	| 'invalid'
	/** `add` found a record with the same key; nothing was written. */
	| 'exists'
	/** The device is out of space for this operation; nothing was written. */
	| 'quota'
	/** The browser refuses to store anything (private browsing, storage turned off); nothing was written. */
	| 'unavailable'
	/** The database refused the operation; nothing was written. */
	| 'failed';

/** What a write was of, as a code: the words for it are chosen where the failure is shown. */
export type StoredThing =
	'session' | 'journal-entry' | 'running-session' | 'setting' | 'episode' | 'routine' | 'program';

export class StorageError extends Error {
	override name = 'StorageError';
	readonly code: StorageErrorCode;

	constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.code = code;
	}
}

/**
 * Every write resolves to one of these and never rejects. `persisted: false` means the write
 * landed in this visit's memory only (see the storage status for why).
 */
export type WriteResult = { ok: true; persisted: boolean } | { ok: false; error: StorageError };

/** The DOMException-style name of an error, if it has one. */
export function errorName(error: unknown): string | undefined {
	if (typeof error === 'object' && error !== null && 'name' in error) {
		const name = (error as { name: unknown }).name;
		if (typeof name === 'string') return name;
	}
	return undefined;
}

export function isQuotaError(error: unknown): boolean {
	const name = errorName(error);
	// Old Firefox reported quota as NS_ERROR_DOM_QUOTA_REACHED.
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Why the disk refused a write, from the error it threw. */
export function refusalCode(error: unknown): 'quota' | 'unavailable' | 'failed' {
	if (isQuotaError(error)) return 'quota';
	const name = errorName(error);
	return name === 'SecurityError' || name === 'NotSupportedError' ? 'unavailable' : 'failed';
}

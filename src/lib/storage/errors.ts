// The error policy of the storage layer: reads never throw, writes resolve to a WriteResult,
// and the failures that do reach the app carry codes for the sentence a person reads.

import type { StorageSaid, StoredThing } from '$lib/core/storage-said';

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

export type { StoredThing };

/**
 * A write or backup step that changed nothing: `code` for the program, `said` for the person
 * (worded where it is shown, messages/common `storage.said`). Its `message` names the codes, for
 * a log, never for a person.
 */
export class StorageError extends Error {
	override name = 'StorageError';
	readonly code: StorageErrorCode;
	readonly said: StorageSaid;

	constructor(code: StorageErrorCode, said: StorageSaid, options?: { cause?: unknown }) {
		super(`${code}: ${JSON.stringify(said)}`, options);
		this.code = code;
		this.said = said;
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

// The one shape every operation that can fail returns, across core, storage and state: check
// `ok`, then read `value` or `error`. A failure's `error` is what the caller needs to explain it
// (a sentence for the person, or a StorageError that state turns into one).

export type Result<T = undefined, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** A success carrying `value`. */
export function ok(): { ok: true; value: undefined };
export function ok<T>(value: T): { ok: true; value: T };
export function ok<T>(value?: T): { ok: true; value: T | undefined } {
	return { ok: true, value };
}

/** A failure carrying `error`. */
export function fail<E>(error: E): { ok: false; error: E } {
	return { ok: false, error };
}

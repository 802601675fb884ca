// Preferences as key → JSON value, read with a fallback so a missing or mistyped value never
// breaks the screen that asked for it.
import { LIMITS, type JsonValue } from '$lib/core/json';
import { isJsonValue } from '$lib/core/json-value';
import { StorageError, type WriteResult } from './errors';
import { read, write } from './repo';

const WHAT = 'setting';

/** `getSetting('theme', 'light')` is a string setting, not one that can only be 'light'. */
export type Widen<T> = T extends string
	? string
	: T extends number
		? number
		: T extends boolean
			? boolean
			: T;

/** Same JSON kind as the fallback: both arrays, both null, or the same typeof. */
function sameKind(value: JsonValue, fallback: JsonValue): boolean {
	if (Array.isArray(fallback)) return Array.isArray(value);
	if (fallback === null) return value === null;
	if (typeof fallback === 'object') {
		return typeof value === 'object' && value !== null && !Array.isArray(value);
	}
	return typeof value === typeof fallback;
}

/**
 * The stored value, or `fallback` when there is none or it doesn't fit. Without `guard`,
 * "fits" means the same JSON kind as the fallback; pass a guard (e.g. `(x) => v.is(schema, x)`)
 * for anything stricter.
 */
export function getSetting<T extends JsonValue>(
	key: string,
	fallback: T,
	guard: (value: JsonValue) => value is T
): Promise<T>;
export function getSetting<T extends JsonValue>(key: string, fallback: T): Promise<Widen<T>>;
export async function getSetting<T extends JsonValue>(
	key: string,
	fallback: T,
	guard?: (value: JsonValue) => value is T
): Promise<T> {
	const value = await read((b) => b.get('settings', key), undefined);
	if (value === undefined) return fallback;
	if (guard) return guard(value) ? value : fallback;
	return sameKind(value, fallback) ? (value as T) : fallback;
}

export async function setSetting(key: string, value: JsonValue): Promise<WriteResult> {
	if (key.length === 0 || key.length > LIMITS.settingKey || key === '__proto__') {
		return { ok: false, error: new StorageError('invalid', { code: 'setting', problem: 'name' }) };
	}
	if (!isJsonValue(value) || JSON.stringify(value).length > LIMITS.settingBytes) {
		return {
			ok: false,
			error: new StorageError('invalid', { code: 'setting', problem: 'value' })
		};
	}
	return write(WHAT, { store: 'settings', op: 'put', key }, (b) => b.putSetting(key, value));
}

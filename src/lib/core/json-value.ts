// Whether a value is plain JSON data, for settings (stored and exported as-is) and the schemas.
import type { JsonValue } from './json';

/**
 * True when `value` is plain JSON data within depth and size limits. Settings are stored and
 * exported as-is, so anything JSON cannot carry (undefined, NaN, Date, Map, cycles) is refused
 * up front rather than silently changing on the next restore.
 */
export function isJsonValue(value: unknown, maxDepth = 16, maxNodes = 10_000): value is JsonValue {
	let nodes = 0;
	const walk = (x: unknown, depth: number): boolean => {
		if (++nodes > maxNodes || depth > maxDepth) return false;
		if (x === null || typeof x === 'string' || typeof x === 'boolean') return true;
		if (typeof x === 'number') return Number.isFinite(x);
		if (Array.isArray(x)) return x.every((item) => walk(item, depth + 1));
		if (typeof x === 'object') {
			const proto: unknown = Object.getPrototypeOf(x);
			if (proto !== Object.prototype && proto !== null) return false;
			return Object.values(x).every((item) => walk(item, depth + 1));
		}
		return false;
	};
	return walk(value, 0);
}

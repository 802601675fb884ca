// Plain-data limits and checks shared by storage and the schemas, kept free of valibot so the
// storage layer can load the schemas only when it validates a write.

/** A value that survives JSON.stringify → JSON.parse unchanged (what settings may hold). */
export type JsonValue =
	null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

// Caps are generous for real use and exist so a damaged or hostile file cannot make the
// app allocate or render without bound.
export const LIMITS = {
	id: 128,
	title: 200,
	text: 2_000,
	note: 5_000,
	settingKey: 100,
	settings: 500,
	settingBytes: 100_000,
	steps: 100,
	phases: 50,
	rounds: 100,
	segments: 1_000,
	events: 10_000,
	sessions: 100_000,
	journal: 40_000,
	routines: 1_000,
	programs: 1_000
} as const;

// Epoch milliseconds before 2200; rejects garbage such as seconds-instead-of-ms overflow.
export const MAX_EPOCH_MS = Date.UTC(2200, 0, 1);

/** True for a real calendar day written as YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDate(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const d = new Date(Date.UTC(year, month - 1, day));
	return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

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

// Plain-data limits and checks shared by storage and the schemas, kept free of valibot so the
// storage layer can load the schemas only when it validates a write. (The JSON value check is
// in json-value.ts: Today needs these limits but not that.)

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
	programs: 1_000,
	episodes: 10_000
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

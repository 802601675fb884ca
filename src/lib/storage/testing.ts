// Test support for the storage suites: a fresh fake IndexedDB per test and valid sample records.
// Imported only by *.test.ts files, so none of it reaches the app bundle.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Episode, JournalEntry, SessionRecord, Timeline } from '$lib/core/model';
import { journalEntry, sessionRecord } from '$lib/core/testing';
import type { JsonValue } from '$lib/core/json';
import { resetStorageForTests, withBackend } from './backend';
import type { StoreName } from './db';
import { closeBroadcast } from './broadcast';
import { setBlockedTimeout } from './db';
import { resetFirstUseForTests } from './first-use';

/** Every test gets an empty database of its own and a clean storage status. */
export async function freshStorage(): Promise<void> {
	await resetStorageForTests();
	closeBroadcast();
	resetFirstUseForTests();
	setBlockedTimeout(5_000);
	globalThis.indexedDB = new IDBFactory();
}

/** How many records a store holds. */
export const storedCount = (store: StoreName): Promise<number> =>
	withBackend((b) => b.count(store));

/** Every setting as stored, this device's own (`device.` keys) included. */
export const storedSettings = (): Promise<Record<string, JsonValue>> =>
	withBackend((b) => b.settings());

export const T0 = Date.UTC(2024, 4, 1, 8, 0, 0);

export { program, routine } from '$lib/core/testing';

export const session = (n: number, overrides: Partial<SessionRecord> = {}): SessionRecord =>
	sessionRecord(`s${String(n).padStart(5, '0')}`, T0 + n * 3_600_000, 600_000, {
		kind: 'routine',
		// A person's own routine: its record keeps its title (a built-in's keeps only its id).
		sourceId: 'r-morning',
		title: 'Morning mobility',
		activity: 'stretch',
		activeMs: 590_000,
		completedSegments: 12,
		totalSegments: 12,
		painBefore: 6,
		painAfter: 4,
		...overrides
	});

export const entry = (date: string, overrides: Partial<JournalEntry> = {}): JournalEntry =>
	journalEntry(date, { spasms: true, water: 6, updatedAt: T0, ...overrides });

export function episode(id: string, overrides: Partial<Episode> = {}): Episode {
	return { id, startedAt: T0, startDay: '2024-05-01', updatedAt: T0, ...overrides };
}

export function timeline(id: string, overrides: Partial<Timeline> = {}): Timeline {
	return {
		id,
		plan: {
			title: 'Ice 20 / 20',
			source: { type: 'program', id: 'ice-20-20', builtIn: true },
			segments: [
				{ kind: 'ice', label: 'Ice', durationMs: 1_200_000, cue: 'Ice on' },
				{ kind: 'warm-up', label: 'Warm up', durationMs: 1_200_000, cue: 'Ice off' }
			]
		},
		events: [{ type: 'start', at: T0 }],
		...overrides
	};
}

// Test support for the storage suites: a fresh fake IndexedDB per test and valid sample records.
// Imported only by *.test.ts files, so none of it reaches the app bundle.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type {
	Episode,
	JournalEntry,
	Program,
	Routine,
	SessionRecord,
	Timeline
} from '$lib/core/model';
import { resetStorageForTests } from './backend';
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

export const T0 = Date.UTC(2024, 4, 1, 8, 0, 0);

export function session(n: number, overrides: Partial<SessionRecord> = {}): SessionRecord {
	const startedAt = T0 + n * 3_600_000;
	return {
		id: `s${String(n).padStart(5, '0')}`,
		kind: 'routine',
		sourceId: 'morning-mobility',
		title: 'Morning mobility',
		activity: 'stretch',
		startedAt,
		endedAt: startedAt + 600_000,
		activeMs: 590_000,
		plannedMs: 600_000,
		completedSegments: 12,
		totalSegments: 12,
		completed: true,
		painBefore: 6,
		painAfter: 4,
		...overrides
	};
}

export function entry(date: string, overrides: Partial<JournalEntry> = {}): JournalEntry {
	return {
		date,
		pain: 5,
		spasms: true,
		numbness: false,
		water: 6,
		note: '',
		updatedAt: T0,
		...overrides
	};
}

export function routine(id: string, overrides: Partial<Routine> = {}): Routine {
	return {
		id,
		title: `Routine ${id}`,
		purpose: 'Loosen the lower back',
		steps: [
			{ exerciseId: 'childs-pose', hold: { seconds: 30 }, perSide: false, restAfterSeconds: 5 },
			{
				exerciseId: 'pelvic-tilt',
				hold: { reps: 10, secondsPerRep: 3 },
				perSide: false,
				restAfterSeconds: 0
			}
		],
		updatedAt: '2024-05-01T08:00:00.000Z',
		...overrides
	};
}

export function program(id: string, overrides: Partial<Program> = {}): Program {
	return {
		id,
		title: `Program ${id}`,
		purpose: 'Calm a flare-up',
		phases: [
			{ kind: 'ice', seconds: 1_200 },
			{ kind: 'warm-up', seconds: 1_200 }
		],
		rounds: 3,
		updatedAt: '2024-05-01T08:00:00.000Z',
		...overrides
	};
}

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

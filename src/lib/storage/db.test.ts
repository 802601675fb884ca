// Schema and migrations: each version opens with data from the one before and keeps all of it.
import { openDB, type IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initStorage } from './backend';
import {
	closeLimberDb,
	DB_VERSION,
	migrations,
	openLimberDb,
	setBlockedTimeout,
	type LimberSchema,
	type UpgradeTx
} from './db';
import { DB_NAME } from './names';
import { getStorageStatus } from './status';
import { entry, freshStorage, program, routine, session, T0, timeline } from './testing';

beforeEach(freshStorage);

/** Opens the database as version `version` of the app would have, using only its migrations. */
async function openAsVersion(version: number): Promise<IDBPDatabase> {
	return openDB(DB_NAME, version, {
		async upgrade(db, oldVersion, _newVersion, tx) {
			for (let v = oldVersion; v < version; v++) {
				await migrations[v]?.(
					db as unknown as IDBPDatabase<LimberSchema>,
					tx as unknown as UpgradeTx
				);
			}
		}
	});
}

describe('a new database', () => {
	it('has every store and index of the current version', async () => {
		const db = await openLimberDb();
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual([
			'active',
			'episodes',
			'journal',
			'programs',
			'routines',
			'sessions',
			'settings'
		]);
		const tx = db.transaction('sessions');
		expect([...tx.store.indexNames].sort()).toEqual(['by-kind', 'by-start']);
		expect(tx.store.keyPath).toBe('id');
		expect(db.transaction('journal').store.keyPath).toBe('date');
		expect(db.transaction('settings').store.keyPath).toBeNull();
		await closeLimberDb();
	});

	it('is shared: openLimberDb returns the same connection until it is closed', async () => {
		const a = await openLimberDb();
		expect(await openLimberDb()).toBe(a);
		await closeLimberDb();
		expect(await openLimberDb()).not.toBe(a);
		await closeLimberDb();
	});
});

const v1Journal = [
	{
		date: '2024-05-01',
		pain: 6,
		spasms: true,
		numbness: false,
		water: 4,
		note: 'bad day',
		updatedAt: T0
	},
	{
		date: '2024-05-02',
		pain: 3,
		spasms: false,
		numbness: false,
		water: 8,
		note: '',
		updatedAt: T0
	}
];

describe('migration 1 → 2', () => {
	// What version 1 of the app stored: sessions had no `activity` yet.
	const v1Sessions = [
		{
			id: 'a',
			kind: 'routine',
			sourceId: 'r1',
			title: 'Stretch',
			startedAt: T0,
			endedAt: T0 + 1,
			activeMs: 1,
			plannedMs: 1,
			completedSegments: 1,
			totalSegments: 1,
			completed: true
		},
		{
			id: 'b',
			kind: 'timer',
			sourceId: 'p1',
			title: 'Ice',
			startedAt: T0 + 10,
			endedAt: T0 + 20,
			activeMs: 10,
			plannedMs: 10,
			completedSegments: 1,
			totalSegments: 2,
			completed: false,
			note: 'cut short'
		},
		{
			id: 'c',
			kind: 'timer',
			sourceId: 'p2',
			title: 'Heat',
			activity: 'heat',
			startedAt: T0 + 30,
			endedAt: T0 + 40,
			activeMs: 10,
			plannedMs: 10,
			completedSegments: 2,
			totalSegments: 2,
			completed: true
		}
	];

	async function seedVersion1(): Promise<void> {
		const db = await openAsVersion(1);
		expect(db.version).toBe(1);
		expect([...db.objectStoreNames].sort()).toEqual(['journal', 'sessions', 'settings']);
		const tx = db.transaction(['sessions', 'journal', 'settings'], 'readwrite');
		for (const s of v1Sessions) await tx.objectStore('sessions').put(s);
		for (const j of v1Journal) await tx.objectStore('journal').put(j);
		await tx.objectStore('settings').put('dark', 'theme');
		await tx.objectStore('settings').put({ voice: true, volume: 0.8 }, 'cues');
		await tx.done;
		db.close();
	}

	it('keeps every record and fills in the activity version 1 lacked', async () => {
		await seedVersion1();
		const db = await openLimberDb();
		expect(db.version).toBe(DB_VERSION);

		const sessions = await db.getAll('sessions');
		expect(sessions.map((s) => s.id)).toEqual(['a', 'b', 'c']);
		expect(sessions.map((s) => s.activity)).toEqual(['stretch', 'relax', 'heat']);
		expect(sessions[1]?.note).toBe('cut short');
		expect(await db.getAll('journal')).toEqual(v1Journal);
		expect(await db.get('settings', 'theme')).toBe('dark');
		expect(await db.get('settings', 'cues')).toEqual({ voice: true, volume: 0.8 });

		// The index added in version 2 covers records written in version 1.
		expect((await db.getAllFromIndex('sessions', 'by-kind', 'timer')).map((s) => s.id)).toEqual([
			'b',
			'c'
		]);
		expect((await db.getAllFromIndex('sessions', 'by-start')).map((s) => s.id)).toEqual([
			'a',
			'b',
			'c'
		]);
		// And the stores version 2 added are there and usable.
		await db.put('routines', {
			id: 'mine',
			title: 'Mine',
			purpose: '',
			steps: []
		});
		expect(await db.count('routines')).toBe(1);
		expect(await db.count('programs')).toBe(0);
		expect(await db.count('active')).toBe(0);
		await closeLimberDb();
	});

	it('a migration that fails leaves the version-1 database and its data untouched', async () => {
		await seedVersion1();
		const createIndex = vi.spyOn(IDBObjectStore.prototype, 'createIndex').mockImplementation(() => {
			throw new DOMException('no', 'UnknownError');
		});
		await expect(openLimberDb()).rejects.toMatchObject({ name: 'UnknownError' });
		createIndex.mockRestore();

		const db = await openDB(DB_NAME);
		expect(db.version).toBe(1);
		expect([...db.objectStoreNames].sort()).toEqual(['journal', 'sessions', 'settings']);
		expect(await db.getAll('sessions')).toEqual(v1Sessions);
		expect(await db.count('journal')).toBe(2);
		db.close();
	});

	it('upgrades an empty version-1 database too', async () => {
		(await openAsVersion(1)).close();
		const db = await openLimberDb();
		expect(db.version).toBe(DB_VERSION);
		expect(await db.count('sessions')).toBe(0);
		await closeLimberDb();
	});
});

describe('migration 2 → 3', () => {
	const v2Session = {
		id: 's',
		kind: 'routine',
		sourceId: 'r1',
		title: 'Stretch',
		activity: 'stretch',
		startedAt: T0,
		endedAt: T0 + 600_000,
		activeMs: 600_000,
		plannedMs: 600_000,
		completedSegments: 3,
		totalSegments: 3,
		completed: true,
		painBefore: 6,
		note: 'looser'
	};
	// A check-in as every version so far stores it.
	const v2Journal = { ...v1Journal[0] };
	const steps = [
		{ exerciseId: 'childs-pose', hold: { seconds: 30 }, perSide: false, restAfterSeconds: 0 }
	];
	const mine = {
		id: 'mine',
		title: 'Mine',
		purpose: '',
		steps,
		updatedAt: '2024-05-01T08:00:00.000Z'
	};
	const undated = { id: 'undated', title: 'Undated', purpose: '', steps };
	const program = {
		id: 'p',
		title: 'Ice',
		purpose: '',
		phases: [{ kind: 'ice', seconds: 1200 }],
		rounds: 1,
		updatedAt: '2024-05-01T08:00:00.000Z'
	};
	const running = {
		id: 'run',
		plan: { title: 'Ice', source: { type: 'program', id: 'p', builtIn: false }, segments: [] },
		events: []
	};

	it('gives every record an edit time and keeps every record and field', async () => {
		const old = await openAsVersion(2);
		const tx = old.transaction(
			['sessions', 'journal', 'routines', 'programs', 'active', 'settings'],
			'readwrite'
		);
		await tx.objectStore('sessions').put(v2Session);
		await tx.objectStore('journal').put(v2Journal);
		await tx.objectStore('routines').put(mine);
		await tx.objectStore('routines').put(undated);
		await tx.objectStore('programs').put(program);
		await tx.objectStore('active').put(running);
		await tx.objectStore('settings').put('dark', 'theme');
		await tx.done;
		old.close();

		const before = Date.now();
		const db = await openLimberDb();
		expect(db.version).toBe(DB_VERSION);
		expect(await db.getAll('sessions')).toEqual([{ ...v2Session, updatedAt: T0 + 600_000 }]);
		expect(await db.getAll('journal')).toEqual([v2Journal]);
		const routines = await db.getAll('routines');
		expect(routines.find((r) => r.id === 'mine')).toEqual(mine);
		const stamped = routines.find((r) => r.id === 'undated');
		expect(stamped).toMatchObject(undated);
		expect(Date.parse(stamped?.updatedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
		expect(await db.getAll('programs')).toEqual([program]);
		expect(await db.getAll('active')).toEqual([running]);
		expect(await db.get('settings', 'theme')).toBe('dark');
		expect((await db.getAllFromIndex('sessions', 'by-kind', 'routine')).map((r) => r.id)).toEqual([
			's'
		]);
		await closeLimberDb();
	});
});

describe('the episodes step', () => {
	// Version 3, the last before episodes: every store it has holds data.
	const before = 3;
	const samples: Record<string, unknown[]> = {
		sessions: [session(1), session(2, { kind: 'timer', activity: 'ice' })],
		journal: [entry('2024-05-01'), entry('2024-05-02', { spasms: false })],
		routines: [routine('mine')],
		programs: [program('my-ice')],
		active: [timeline('t1')]
	};

	it('opens the previous version with data in every store, upgrades, and finds every record', async () => {
		const old = await openAsVersion(before);
		const stores = [...old.objectStoreNames];
		expect(stores).not.toContain('episodes');
		const tx = old.transaction(stores, 'readwrite');
		for (const name of stores) {
			if (name === 'settings') {
				await tx.objectStore(name).put('dark', 'theme');
				continue;
			}
			const records = samples[name];
			expect(records, `sample records for ${name}`).toBeDefined();
			for (const r of records ?? []) await tx.objectStore(name).put(r);
		}
		await tx.done;
		old.close();

		const db = await openLimberDb();
		expect(db.version).toBe(DB_VERSION);
		for (const name of stores) {
			if (name === 'settings') expect(await db.get('settings', 'theme')).toBe('dark');
			else expect(await db.getAll(name as 'sessions')).toEqual(samples[name]);
		}
		const episode = {
			id: 'e1',
			startedAt: T0,
			startDay: '2024-05-01',
			updatedAt: T0
		};
		await db.put('episodes', episode);
		expect(await db.getAll('episodes')).toEqual([episode]);
		await closeLimberDb();
	});

	it('does nothing to a database that already has the store', async () => {
		const db = await openAsVersion(before);
		db.close();
		const raw = await openDB(DB_NAME, before + 1, {
			upgrade(d) {
				d.createObjectStore('episodes', { keyPath: 'id' });
			}
		});
		await raw.put('episodes', { id: 'kept', startedAt: T0, startDay: '2024-05-01', updatedAt: T0 });
		raw.close();
		// Running the step again (as a renumbered copy would) keeps what is there.
		const again = await openDB(DB_NAME, before + 2, {
			async upgrade(d, _o, _n, t) {
				await migrations[before]?.(
					d as unknown as IDBPDatabase<LimberSchema>,
					t as unknown as UpgradeTx
				);
			}
		});
		expect(await again.count('episodes')).toBe(1);
		again.close();
	});
});

describe('migration 4 → 5: numbness in every place', () => {
	it('turns the one place an old check-in logged into a list, and keeps every other entry', async () => {
		const old = await openAsVersion(4);
		const saddle = { ...entry('2024-05-01'), numbness: true, numbnessWhere: 'saddle' };
		const leg = { ...entry('2024-05-02'), numbness: true, numbnessWhere: 'one-leg' };
		const unsaid = { ...entry('2024-05-03'), numbness: true };
		const none = entry('2024-05-04');
		for (const e of [saddle, leg, unsaid, none]) await old.put('journal', e as never);
		old.close();

		const db = await openLimberDb();
		expect(db.version).toBe(DB_VERSION);
		expect(await db.getAll('journal')).toEqual([
			{ ...saddle, numbnessWhere: ['saddle'] },
			{ ...leg, numbnessWhere: ['one-leg'] },
			unsaid,
			none
		]);
		await closeLimberDb();
	});
});

describe('migration 5 → 6: a built-in’s session keeps its ids, not its title', () => {
	it('drops the stored title of a built-in’s record, and keeps every other record as it was', async () => {
		const old = await openAsVersion(5);
		const builtIn = session(1, { sourceId: 'morning-mobility', title: 'Morning loosen-up' });
		const timer = session(2, {
			kind: 'timer',
			sourceId: 'ice-20',
			title: 'Ice 20 / 20',
			activity: 'ice'
		});
		const own = session(3, { sourceId: 'r-mine', title: 'My evening stretch' });
		// Named like a built-in routine, but a timer: a person's own timer, by its kind.
		const ownTimer = session(4, { kind: 'timer', sourceId: 'morning-mobility', title: 'Mine' });
		const migrated = session(5, { sourceId: 'desk-break', title: '' });
		const gone = session(6, { sourceId: 'a-routine-no-longer-built-in', title: 'Old routine' });
		for (const s of [builtIn, timer, own, ownTimer, migrated, gone]) await old.put('sessions', s);
		old.close();

		const db = await openLimberDb();
		expect(db.version).toBe(DB_VERSION);
		expect(await db.getAll('sessions')).toEqual([
			{ ...builtIn, title: '' },
			{ ...timer, title: '' },
			own,
			ownTimer,
			migrated,
			gone
		]);
		await closeLimberDb();
	});
});

describe('other tabs', () => {
	it('closes its connection when another tab needs a newer version', async () => {
		const ours = await openLimberDb();
		// A newer app version in another tab: it can only open because ours steps aside.
		const theirs = await openDB(DB_NAME, DB_VERSION + 1);
		expect(theirs.version).toBe(DB_VERSION + 1);
		expect(() => ours.transaction('sessions')).toThrow(/closed|InvalidState/i);
		// This tab's code is now too old for the database; the next open says so.
		await expect(openLimberDb()).rejects.toMatchObject({ name: 'VersionError' });
		theirs.close();
	});

	it('after stepping aside for a newer version, falls back to memory and says why', async () => {
		await initStorage();
		const theirs = await openDB(DB_NAME, DB_VERSION + 1);
		await initStorage();
		expect(getStorageStatus()).toMatchObject({ persistent: false, reason: 'error' });
		expect(getStorageStatus().tab).toBe('newer');
		theirs.close();
	});

	it('stops waiting for an old tab that never lets go, and says so', async () => {
		setBlockedTimeout(20);
		// An old tab at version 1 that ignores versionchange.
		const old = await openAsVersion(1);
		const status = await initStorage();
		expect(status).toMatchObject({ persistent: false, reason: 'unavailable' });
		expect(status.tab).toBe('older');
		old.close();
	});
});

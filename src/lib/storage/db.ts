// The one IndexedDB database: its typed schema, the ordered migrations that build it, and a
// shared connection that steps aside when another tab needs to upgrade.
import {
	openDB,
	type DBSchema,
	type IDBPDatabase,
	type IDBPTransaction,
	type StoreNames
} from 'idb';
import type {
	Episode,
	JournalEntry,
	Program,
	Routine,
	SessionKind,
	SessionRecord,
	Timeline
} from '$lib/core/model';
import type { JsonValue } from '$lib/core/json';
import { DB_NAME } from './names';
import { withoutBuiltInTitle } from './session-ids';

export { STORE_NAMES } from './names';

export interface LimberSchema extends DBSchema {
	sessions: {
		key: string;
		value: SessionRecord;
		indexes: { 'by-start': number; 'by-kind': SessionKind };
	};
	/** One check-in per local day, keyed by its YYYY-MM-DD date. */
	journal: { key: string; value: JournalEntry };
	routines: { key: string; value: Routine };
	programs: { key: string; value: Program };
	/** Out-of-line keys: the setting's name is the key, its JSON value the value. */
	settings: { key: string; value: JsonValue };
	/** Timelines still running, saved on every event so a reload resumes them. */
	active: { key: string; value: Timeline };
	/** Spasm episodes, from "my back has gone" to "it's better". */
	episodes: { key: string; value: Episode };
}

export type StoreName = StoreNames<LimberSchema>;

export type UpgradeTx = IDBPTransaction<LimberSchema, StoreName[], 'versionchange'>;
/** Migration n (1-based) brings a database from version n-1 to version n. */
export type Migration = (db: IDBPDatabase<LimberSchema>, tx: UpgradeTx) => void | Promise<void>;

/** What a version-1 record lacked, guessed from what it has. */
export function defaultActivity(kind: unknown): SessionRecord['activity'] {
	return kind === 'routine' ? 'stretch' : 'relax';
}

/** Append only. Never edit a migration that has shipped: users' databases already ran it. */
export const migrations: readonly Migration[] = [
	// 1: history, journal and settings.
	(db) => {
		const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
		sessions.createIndex('by-start', 'startedAt');
		db.createObjectStore('journal', { keyPath: 'date' });
		db.createObjectStore('settings');
	},
	// 2: the user's own routines and programs, the running timeline, sessions by kind, and
	// `activity` on every session (version 1 did not record it).
	async (db, tx) => {
		db.createObjectStore('routines', { keyPath: 'id' });
		db.createObjectStore('programs', { keyPath: 'id' });
		db.createObjectStore('active', { keyPath: 'id' });
		const sessions = tx.objectStore('sessions');
		sessions.createIndex('by-kind', 'kind');
		let cursor = await sessions.openCursor();
		while (cursor) {
			const record: Partial<SessionRecord> = cursor.value;
			if (record.activity === undefined) {
				await cursor.update({ ...cursor.value, activity: defaultActivity(record.kind) });
			}
			cursor = await cursor.continue();
		}
	},
	// 3: an edit time on every record, so a restore can keep the newer copy. Sessions get their
	// end time (epoch ms, as the journal's); a routine or program without one (a built-in
	// brought in by an old backup) gets the upgrade's time, as an ISO string like the rest.
	async (_db, tx) => {
		const sessions = tx.objectStore('sessions');
		let cursor = await sessions.openCursor();
		while (cursor) {
			const record: Partial<SessionRecord> = cursor.value;
			if (record.updatedAt === undefined) {
				await cursor.update({ ...cursor.value, updatedAt: record.endedAt ?? Date.now() });
			}
			cursor = await cursor.continue();
		}
		const now = new Date().toISOString();
		for (const name of ['routines', 'programs'] as const) {
			let row = await tx.objectStore(name).openCursor();
			while (row) {
				if (row.value.updatedAt === undefined) await row.update({ ...row.value, updatedAt: now });
				row = await row.continue();
			}
		}
	},
	// 4: spasm episodes. Self-contained: it depends on no other step's number, only on the store
	// not being there yet, so it keeps working wherever it lands in this list.
	(db) => {
		if (!db.objectStoreNames.contains('episodes')) {
			db.createObjectStore('episodes', { keyPath: 'id' });
		}
	},
	// 5: numbness in every place it was felt. The check-in asked for one place; it now ticks
	// several (the saddle area with a leg is an emergency), so a single place becomes a list.
	async (_db, tx) => {
		const journal = tx.objectStore('journal');
		let cursor = await journal.openCursor();
		while (cursor) {
			const where: unknown = (cursor.value as { numbnessWhere?: unknown }).numbnessWhere;
			if (typeof where === 'string') {
				await cursor.update({ ...cursor.value, numbnessWhere: [where] } as JournalEntry);
			}
			cursor = await cursor.continue();
		}
	},
	// 6: a built-in routine's or timer's session keeps its ids, not the title it was shown with
	// (in English, or the language it was run in), so History names it in the page's language.
	// Recognised by the ids the content knows; a person's own keeps its title, as does a record
	// of an id no longer built in.
	async (_db, tx) => {
		const sessions = tx.objectStore('sessions');
		let cursor = await sessions.openCursor();
		while (cursor) {
			const kept = withoutBuiltInTitle(cursor.value);
			if (kept !== cursor.value) await cursor.update(kept);
			cursor = await cursor.continue();
		}
	}
];

export const DB_VERSION = migrations.length;

/**
 * Runs migrations[from..to) inside the upgrade transaction. Synchronous migrations run
 * without awaiting so the transaction cannot go inactive between them.
 */
export async function runMigrations(
	db: IDBPDatabase<LimberSchema>,
	tx: UpgradeTx,
	from: number,
	to: number
): Promise<void> {
	for (let version = from + 1; version <= to; version++) {
		const migrate = migrations[version - 1];
		if (!migrate) throw new Error(`No migration to version ${version}`);
		const pending = migrate(db, tx);
		if (pending) await pending;
	}
}

/** Raised when another tab keeps an old connection open and never lets the upgrade proceed. */
export class BlockedError extends Error {
	override name = 'BlockedError';
}

let connection: Promise<IDBPDatabase<LimberSchema>> | null = null;
let blockedTimeoutMs = 5_000;

/**
 * How long to wait for other tabs to close an old connection before giving up (tests shorten it).
 * @internal
 */
export function setBlockedTimeout(ms: number): void {
	blockedTimeoutMs = ms;
}

/** Opens `name` at `version`, applying only the migrations needed to get there. */
export function openAt(
	version: number,
	name: string = DB_NAME,
	hooks: { onClosed?: () => void } = {}
): Promise<IDBPDatabase<LimberSchema>> {
	return new Promise((resolve, reject) => {
		let settled = false;
		let timer: ReturnType<typeof setTimeout> | undefined;
		let migrationError: unknown;
		const done = (fn: () => void) => {
			clearTimeout(timer);
			if (!settled) {
				settled = true;
				fn();
			}
		};
		openDB<LimberSchema>(name, version, {
			upgrade(db, oldVersion, newVersion, tx) {
				// The open request reports a failed upgrade; this only keeps it from also
				// surfacing as an unhandled rejection.
				tx.done.catch(() => undefined);
				runMigrations(db, tx, oldVersion, newVersion ?? version).catch((error: unknown) => {
					migrationError = error;
					try {
						tx.abort();
					} catch {
						// Already finished or aborted; the open request reports the failure.
					}
				});
			},
			blocked() {
				timer ??= setTimeout(
					() => done(() => reject(new BlockedError('blocked-by-another-tab'))),
					blockedTimeoutMs
				);
			},
			blocking(_current, _blocked, event) {
				// Let the other tab's newer version upgrade; this tab reconnects on its next call
				// (and, if it is now too old, falls back to memory and says so).
				(event.target as IDBDatabase).close();
				hooks.onClosed?.();
			},
			terminated() {
				hooks.onClosed?.();
			}
		}).then(
			(db) => {
				// Opened after we stopped waiting: the upgrade is done for next time; let it go.
				if (settled) db.close();
				done(() => resolve(db));
			},
			(error: unknown) => done(() => reject(migrationError ?? error))
		);
	});
}

/** The app's shared connection at the current version, opened on first use. */
export function openLimberDb(): Promise<IDBPDatabase<LimberSchema>> {
	if (!connection) {
		const opening = openAt(DB_VERSION, DB_NAME, {
			onClosed: () => {
				if (connection === opening) connection = null;
			}
		});
		connection = opening;
		opening.catch(() => {
			if (connection === opening) connection = null;
		});
	}
	return connection;
}

/** Closes the shared connection; the next openLimberDb() opens a fresh one. */
export async function closeLimberDb(): Promise<void> {
	const current = connection;
	connection = null;
	if (current) {
		try {
			(await current).close();
		} catch {
			// It never opened; nothing to close.
		}
	}
}

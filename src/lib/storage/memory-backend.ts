// The in-memory stand-in for IndexedDB, used while the browser will not store anything (private
// window, storage turned off, disk full): the app keeps working. It remembers which records it
// changed, so that they can be written to the disk once it works again (backend.ts).
import type { BackupData, ImportPlan } from '$lib/core/backup';
import type { SessionRecord, Timeline } from '$lib/core/model';
import { mergeEnded } from '$lib/core/record';
import type { JsonValue } from '$lib/core/json';
import type { Backend, Dump, Handover, RecordStore, SessionQuery, Value } from './backend-api';
import { KEY_OF } from './backend-api';
import { STORE_NAMES, type StoreName } from './db';

// Values are cloned in and out, as IndexedDB does, so a caller mutating an object it passed
// or received cannot change what is "stored".
const clone = <T>(value: T): T => structuredClone(value);

function byKey<T>(map: Map<string, T>): T[] {
	return [...map.keys()].sort().map((k) => clone(map.get(k) as T));
}

function newestFirst(a: SessionRecord, b: SessionRecord): number {
	return b.startedAt - a.startedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export class MemoryBackend implements Backend {
	readonly persistent = false;
	private readonly maps: { [S in StoreName]: Map<string, Value<S>> } = {
		sessions: new Map(),
		journal: new Map(),
		routines: new Map(),
		programs: new Map(),
		settings: new Map(),
		active: new Map(),
		episodes: new Map()
	};

	/** Keys written or deleted here since the fallback started, per store. */
	private readonly changed: { [S in StoreName]: Set<string> } = {
		sessions: new Set(),
		journal: new Set(),
		routines: new Set(),
		programs: new Set(),
		settings: new Set(),
		active: new Set(),
		episodes: new Set()
	};
	/** Everything was erased here: the disk is to be erased too before the hand-over. */
	private cleared = false;

	constructor(seed?: Dump) {
		if (!seed) return;
		for (const r of seed.sessions) this.maps.sessions.set(r.id, r);
		for (const r of seed.journal) this.maps.journal.set(r.date, r);
		for (const r of seed.routines) this.maps.routines.set(r.id, r);
		for (const r of seed.programs) this.maps.programs.set(r.id, r);
		for (const r of seed.active) this.maps.active.set(r.id, r);
		for (const r of seed.episodes) this.maps.episodes.set(r.id, r);
		for (const [k, value] of Object.entries(seed.settings)) this.maps.settings.set(k, value);
	}

	private map<S extends StoreName>(store: S): Map<string, Value<S>> {
		return this.maps[store] as Map<string, Value<S>>;
	}

	private set<S extends StoreName>(store: S, key: string, value: Value<S>): void {
		this.map(store).set(key, clone(value));
		this.changed[store].add(key);
	}

	private remove(store: StoreName, key: string): void {
		this.maps[store].delete(key);
		this.changed[store].add(key);
	}

	/** What changed here since the fallback started, as it stands now. */
	handover(): Handover {
		const put = {} as Handover['put'];
		const deleted = {} as Handover['deleted'];
		for (const store of STORE_NAMES) {
			const map = this.map(store);
			const keys = [...this.changed[store]].sort();
			(put as Record<StoreName, [string, unknown][]>)[store] = keys.flatMap((key) =>
				map.has(key) ? [[key, clone(map.get(key))] as [string, unknown]] : []
			);
			deleted[store] = keys.filter((key) => !map.has(key));
		}
		return { cleared: this.cleared, put, deleted };
	}

	async get<S extends StoreName>(store: S, key: string) {
		const value = this.map(store).get(key);
		return value === undefined ? undefined : clone(value);
	}

	async getAll<S extends RecordStore>(store: S) {
		return byKey(this.map(store));
	}

	async journalRange(lower: string, upper: string) {
		return byKey(this.maps.journal).filter((j) => j.date >= lower && j.date <= upper);
	}

	async put<S extends RecordStore>(store: S, value: Value<S>) {
		const key = (KEY_OF[store] as (v: Value<S>) => string)(value);
		this.set(store, key, value);
	}

	async add<S extends RecordStore>(store: S, value: Value<S>) {
		const key = (KEY_OF[store] as (v: Value<S>) => string)(value);
		if (this.map(store).has(key)) return false;
		this.set(store, key, value);
		return true;
	}

	async putSetting(key: string, value: JsonValue) {
		this.set('settings', key, value);
	}

	async settings() {
		return (await this.dump()).settings;
	}

	async delete(store: StoreName, key: string) {
		this.remove(store, key);
	}

	async count(store: StoreName) {
		return this.maps[store].size;
	}

	async sessionsBefore({ before, beforeId, limit }: SessionQuery) {
		const all = [...this.maps.sessions.values()].filter(
			(r) =>
				before === undefined ||
				r.startedAt < before ||
				(beforeId !== undefined && r.startedAt === before && r.id < beforeId)
		);
		return all.sort(newestFirst).slice(0, limit).map(clone);
	}

	async sessionsBetween(from: number, to: number) {
		return [...this.maps.sessions.values()]
			.filter((r) => r.startedAt >= from && r.startedAt < to)
			.sort((a, b) => -newestFirst(a, b))
			.map(clone);
	}

	async endSession(record: SessionRecord) {
		const merged = mergeEnded(record, {
			existing: this.maps.sessions.get(record.id),
			timeline: this.maps.active.get(record.id)
		});
		this.set('sessions', record.id, merged);
		this.remove('active', record.id);
		return clone(merged);
	}

	async reopenSession(timeline: Timeline) {
		this.remove('sessions', timeline.id);
		this.set('active', timeline.id, timeline);
	}

	async dump(): Promise<Dump> {
		return {
			sessions: byKey(this.maps.sessions),
			journal: byKey(this.maps.journal),
			routines: byKey(this.maps.routines),
			programs: byKey(this.maps.programs),
			settings: Object.fromEntries(
				[...this.maps.settings.keys()]
					.sort()
					.map((k) => [k, clone(this.maps.settings.get(k) ?? null)])
			),
			active: byKey(this.maps.active),
			episodes: byKey(this.maps.episodes)
		};
	}

	async applyImport(plan: (existing: BackupData) => ImportPlan) {
		// Planning completes before the first write, and map writes cannot fail, so this is
		// all or nothing too.
		const result = plan(await this.dump());
		const { writes } = result;
		for (const r of writes.sessions) this.set('sessions', r.id, r);
		for (const r of writes.journal) this.set('journal', r.date, r);
		for (const r of writes.routines) this.set('routines', r.id, r);
		for (const r of writes.programs) this.set('programs', r.id, r);
		for (const r of writes.episodes) this.set('episodes', r.id, r);
		for (const [k, value] of Object.entries(writes.settings)) this.set('settings', k, value);
		return result;
	}

	async clearAll() {
		for (const name of STORE_NAMES) {
			this.maps[name].clear();
			this.changed[name].clear();
		}
		this.cleared = true;
	}
}

// ---------- Choosing, and falling back ----------

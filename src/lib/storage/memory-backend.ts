// The in-memory stand-in for IndexedDB, used for the rest of a visit when the browser will not
// store anything (private window, storage turned off, disk full): the app keeps working.
import type { BackupData, ImportPlan } from '$lib/core/backup';
import type { SessionRecord, Timeline } from '$lib/core/model';
import { mergeEnded } from '$lib/core/record';
import type { JsonValue } from '$lib/core/json';
import type { Backend, Dump, RecordStore, SessionQuery, Value } from './backend';
import { KEY_OF } from './backend';
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
		this.map(store).set(key, clone(value));
	}

	async add<S extends RecordStore>(store: S, value: Value<S>) {
		const key = (KEY_OF[store] as (v: Value<S>) => string)(value);
		if (this.map(store).has(key)) return false;
		this.map(store).set(key, clone(value));
		return true;
	}

	async putSetting(key: string, value: JsonValue) {
		this.maps.settings.set(key, clone(value));
	}

	async settings() {
		return (await this.dump()).settings;
	}

	async delete(store: StoreName, key: string) {
		this.maps[store].delete(key);
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
		this.maps.sessions.set(record.id, clone(merged));
		this.maps.active.delete(record.id);
		return clone(merged);
	}

	async reopenSession(timeline: Timeline) {
		this.maps.sessions.delete(timeline.id);
		this.maps.active.set(timeline.id, clone(timeline));
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
		for (const r of writes.sessions) this.maps.sessions.set(r.id, clone(r));
		for (const r of writes.journal) this.maps.journal.set(r.date, clone(r));
		for (const r of writes.routines) this.maps.routines.set(r.id, clone(r));
		for (const r of writes.programs) this.maps.programs.set(r.id, clone(r));
		for (const r of writes.episodes) this.maps.episodes.set(r.id, clone(r));
		for (const [k, value] of Object.entries(writes.settings))
			this.maps.settings.set(k, clone(value));
		return result;
	}

	async clearAll() {
		for (const name of STORE_NAMES) this.maps[name].clear();
	}
}

// ---------- Choosing, and falling back ----------

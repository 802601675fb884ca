// Every change to a running session (its start with the pain rating, Pause, Resume, Next,
// Previous, Undo after a Stop) kept aside synchronously, in the tap's own task, in localStorage:
// the write to the database is asynchronous, and an app swiped away in that instant would lose
// it. The whole timeline is kept (one per session, the newest), so applying it applies every
// change in order. A write that reached the disk takes it back; what the app never saw land is
// written the next time Limber starts (`flush`), once, unless something newer is stored. The end
// of a session is the recorder's (its record is set aside the same way, see unsaved.ts).
import type { SessionRecord, Timeline } from '$lib/core/model';
import { listActive, reopenSession, saveActive, sessions } from '$lib/storage';
import type { WriteResult } from '$lib/storage/errors';
import { keptAsideStore, TIMELINES_ASIDE_KEY } from './unsaved';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface Kept {
	timeline: Timeline;
	/** An Undo after a Stop: the session runs again, though its record may be stored. */
	reopen: boolean;
}

/** What flushing reads and writes: the app's storage, fakes in tests. */
export interface AsideTarget {
	/** The session's history record, if it ended and was recorded. */
	recorded(id: string): Promise<SessionRecord | undefined>;
	/** The running sessions stored. */
	active(): Promise<Timeline[]>;
	save(timeline: Timeline): Promise<WriteResult>;
	/** Puts a recorded session back to running (its record goes). */
	reopen(timeline: Timeline): Promise<WriteResult>;
}

/** The time of a timeline's last change. */
const lastAt = (timeline: Timeline): number => timeline.events.at(-1)?.at ?? -Infinity;

/** Whether `kept` holds changes that `stored` has not. */
const isNewer = (kept: Timeline, stored: Timeline): boolean =>
	lastAt(kept) > lastAt(stored) ||
	(lastAt(kept) === lastAt(stored) && kept.events.length > stored.events.length);

export class TimelineAside {
	readonly #store: () => Store | null;

	constructor(store: () => Store | null) {
		this.#store = store;
	}

	/**
	 * Sets `timeline` aside, replacing the copy of the same session; `reopen` for an Undo (kept
	 * by every later change until it has landed). False where the browser keeps nothing.
	 */
	keep(timeline: Timeline, reopen = false): boolean {
		const kept = this.#read();
		const before = kept[timeline.id];
		kept[timeline.id] = { timeline, reopen: reopen || (before?.reopen ?? false) };
		return this.#write(kept);
	}

	/** `timeline` reached the disk: forgets it, unless a later change has replaced it meanwhile. */
	done(timeline: Timeline): void {
		const kept = this.#read();
		const entry = kept[timeline.id];
		if (!entry || entry.timeline.events.length !== timeline.events.length) return;
		if (lastAt(entry.timeline) !== lastAt(timeline)) return;
		delete kept[timeline.id];
		this.#write(kept);
	}

	/** Forgets session `id` whatever is kept (it ended, and the recorder has it). */
	forget(id: string): void {
		const kept = this.#read();
		if (!(id in kept)) return;
		delete kept[id];
		this.#write(kept);
	}

	/** The sessions kept aside. */
	kept(): Timeline[] {
		return Object.values(this.#read()).map((entry) => entry.timeline);
	}

	/**
	 * Writes what is kept, oldest first: a session's newest change, unless what is stored is as
	 * new; an Undo reopens a recorded session; a change made before a session was recorded is
	 * dropped (the record is newer). Each is forgotten once written (or out of range, which it
	 * would always be); one the disk refuses stays for the next start. Resolves to how many wait.
	 */
	async flush(target: AsideTarget): Promise<number> {
		const entries = Object.values(this.#read()).sort(
			(a, b) => (a.timeline.events[0]?.at ?? 0) - (b.timeline.events[0]?.at ?? 0)
		);
		if (entries.length === 0) return 0;
		const running = await target.active();
		let waiting = 0;
		for (const { timeline, reopen } of entries) {
			const record = await target.recorded(timeline.id);
			const stored = running.find((t) => t.id === timeline.id);
			let result: WriteResult | null = null;
			if (record) {
				if (reopen && lastAt(timeline) >= record.endedAt) result = await target.reopen(timeline);
			} else if (!stored || isNewer(timeline, stored)) {
				result = await target.save(timeline);
			}
			if (result && !(result.ok ? result.persisted : result.error.code === 'invalid')) {
				waiting++;
				continue;
			}
			// Unless this tab or another kept a newer change meanwhile.
			this.done(timeline);
		}
		return waiting;
	}

	#read(): Record<string, Kept> {
		try {
			const parsed: unknown = JSON.parse(this.#store()?.getItem(TIMELINES_ASIDE_KEY) ?? '{}');
			if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
			const kept: Record<string, Kept> = {};
			for (const [id, entry] of Object.entries(parsed as Record<string, Partial<Kept>>)) {
				const timeline = entry?.timeline;
				if (timeline?.id === id && Array.isArray(timeline.events))
					kept[id] = { timeline, reopen: entry.reopen === true };
			}
			return kept;
		} catch {
			return {};
		}
	}

	#write(kept: Record<string, Kept>): boolean {
		try {
			const store = this.#store();
			if (!store) return false;
			if (Object.keys(kept).length === 0) store.removeItem(TIMELINES_ASIDE_KEY);
			else store.setItem(TIMELINES_ASIDE_KEY, JSON.stringify(kept));
			return true;
		} catch {
			return false;
		}
	}
}

/**
 * The app's storage as the target of a flush; `ended` are records the recorder still holds aside
 * (a session that ended but is not yet written is not running again).
 */
export const storageTarget = (ended: SessionRecord[] = []): AsideTarget => ({
	recorded: async (id) => ended.find((record) => record.id === id) ?? (await sessions.get(id)),
	active: listActive,
	save: saveActive,
	reopen: reopenSession
});

export const timelineAside = new TimelineAside(keptAsideStore);

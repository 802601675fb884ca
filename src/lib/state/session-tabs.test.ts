// One session in two tabs, with fake channels, store and lock: a change saved by another tab is
// read back and shown, or ends the session here when the other tab recorded it; a Stop sent from
// a tab that only shows the session stops it in the tab that runs it, and nowhere else; a tab
// that only shows an ended session reads its record back once the lock is free, or writes it
// itself when the running tab closed or froze; and listening stops when asked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionRecord, Timeline } from '$lib/core/model';
import { ok } from '$lib/core/result';
import type { SessionMessage } from '$lib/platform/session-channel';
import type { DataChange, DataListener } from '$lib/storage/broadcast';
import {
	HOLDER_WAIT_MS,
	SessionTabs,
	type SessionLock,
	type TabsHooks,
	type TabsSession
} from './session-tabs';

const T0 = Date.UTC(2026, 2, 2, 9);
const plan: Timeline['plan'] = {
	title: 'Test',
	source: { type: 'demo', id: 'demo', builtIn: true },
	segments: [{ kind: 'rest', label: 'Rest', durationMs: 60_000, cue: 'Rest' }]
};
const running: Timeline = { id: 's1', plan, events: [{ type: 'start', at: T0 }] };
const pausedThere: Timeline = {
	...running,
	events: [...running.events, { type: 'pause', at: T0 + 5_000 }]
};
const record = { id: 's1', title: 'Test' } as SessionRecord;

/** A lock this tab holds, or waits for until `grant()`. */
function fakeLock(holding: boolean) {
	let grant: () => void = () => {};
	let taken: () => void = () => {};
	const turn = new Promise<void>((resolve) => (grant = resolve));
	const lock: SessionLock & { grant(): void; releases: number } = {
		elsewhere: !holding,
		releases: 0,
		claim: async (_id, onTaken) => {
			taken = onTaken ?? (() => {});
			return holding;
		},
		whileHolding: async (task) => {
			if (!holding) await turn;
			return task();
		},
		release: () => void lock.releases++,
		grant: () => {
			lock.elsewhere = false;
			grant();
			taken();
		}
	};
	return lock;
}

/** This tab's session as the player holds it, with `running` read from it as the player does. */
let session: TabsSession & { isEnded: boolean; current: Timeline | null };
let hooks: TabsHooks;
let log: string[];
let dataListeners: Set<DataListener>;
let messageListeners: Set<(message: SessionMessage) => void>;
let sent: SessionMessage[];
let active: Timeline[];
let stored: Map<string, SessionRecord>;
let recorded: string[];
/** How often the saved sessions were read. */
let reads: number;

beforeEach(() => {
	vi.useFakeTimers({ now: T0 + 10_000 });
	dataListeners = new Set();
	messageListeners = new Set();
	sent = [];
	active = [running];
	stored = new Map();
	recorded = [];
	reads = 0;
	log = [];
	session = {
		current: running,
		isEnded: false,
		elsewhere: false,
		get timeline() {
			return this.current;
		},
		get ended() {
			return this.isEnded ? {} : null;
		},
		get running() {
			return this.current !== null && !this.isEnded;
		}
	};
	hooks = {
		adopt: (saved) => {
			session.current = saved;
			log.push(`adopt:${saved.events.length}`);
		},
		gone: () => {
			session.current = null;
			log.push('gone');
		},
		stopAt: (at) => log.push(`stopAt:${at - T0}`)
	};
});
afterEach(() => vi.useRealTimers());

function tabs(lock: SessionLock = fakeLock(true)) {
	return new SessionTabs(session, hooks, lock, {
		onDataChange: (listener) => {
			dataListeners.add(listener);
			return () => dataListeners.delete(listener);
		},
		onMessage: (listener) => {
			messageListeners.add(listener);
			return () => messageListeners.delete(listener);
		},
		send: (message) => sent.push(message) > 0,
		listActive: async () => {
			reads++;
			return active;
		},
		sessions: { get: async (id) => stored.get(id) },
		recorder: {
			end: async (written) => {
				recorded.push(`end:${written.id}`);
				return ok({ record: written, persisted: true });
			},
			setAside: (aside) => recorded.push(`aside:${aside.id}`) > 0,
			release: (id) => void recorded.push(`release:${id}`)
		},
		persisted: () => true
	});
}

const change = (data: DataChange, remote: boolean) =>
	[...dataListeners].forEach((listener) => listener(data, remote));
const message = (data: SessionMessage) =>
	[...messageListeners].forEach((listener) => listener(data));
/** Lets pending promise callbacks run (fake timers leave microtasks alone). */
const settle = async () => {
	for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('SessionTabs: a change another tab saved', () => {
	it.each([
		{ what: 'a command there: shown as saved', saved: [pausedThere], expected: ['adopt:2'] },
		{ what: 'it ended and was recorded there: ended here too', saved: [], expected: ['gone'] },
		{ what: 'another session', saved: [pausedThere], expected: [], key: 's2' },
		{ what: 'a change made in this tab', saved: [pausedThere], expected: [], remote: false },
		{ what: 'another store', saved: [pausedThere], expected: [], store: 'sessions' as const },
		{ what: 'a session ended here already: not even read', saved: [], expected: [], ended: true }
	])('$what', async ({ saved, expected, key = 's1', remote = true, store, ended = false }) => {
		tabs().listen();
		active = saved;
		session.isEnded = ended;
		change({ store: store ?? 'active', op: 'put', key }, remote);
		await settle();
		expect(log).toEqual(expected);
		expect(reads).toBe(expected.length);
	});

	it('a session that ended here while the store was read is left alone', async () => {
		tabs().listen();
		active = [pausedThere];
		change({ store: 'active', op: 'put', key: 's1' }, true);
		session.isEnded = true;
		await settle();
		expect(log).toEqual([]);
	});
});

describe('SessionTabs: a Stop in another tab', () => {
	it.each([
		{ what: 'this tab runs the session: stops it then', id: 's1', shows: false, stops: true },
		{ what: 'this tab only shows it too: nothing', id: 's1', shows: true, stops: false },
		{ what: 'another session: nothing', id: 's2', shows: false, stops: false }
	])('$what', async ({ id, shows, stops }) => {
		tabs().listen();
		session.elsewhere = shows;
		message({ type: 'stop', id, at: T0 + 3_000 });
		expect(log).toEqual(stops ? ['stopAt:3000'] : []);
	});

	it('is sent from a tab that only shows it, with the moment of the tap', () => {
		tabs().sendStop({ ...running, events: [...running.events, { type: 'stop', at: T0 + 7_000 }] });
		expect(sent).toEqual([{ type: 'stop', id: 's1', at: T0 + 7_000 }]);
	});
});

describe('SessionTabs: listening to the other tabs', () => {
	it('stops when asked: nothing heard after, no listener left', async () => {
		const stop = tabs().listen();
		expect([dataListeners.size, messageListeners.size]).toEqual([1, 1]);
		stop();
		expect([dataListeners.size, messageListeners.size]).toEqual([0, 0]);
		active = [];
		change({ store: 'active', op: 'delete', key: 's1' }, true);
		message({ type: 'stop', id: 's1', at: T0 });
		await settle();
		expect(log).toEqual([]);
	});
});

describe('SessionTabs: who plays the cues', () => {
	it('a tab in the queue shows the session, then takes over and reads it back', async () => {
		const lock = fakeLock(false);
		active = [pausedThere];
		await tabs(lock).claim('s1');
		expect(session.elsewhere).toBe(true);
		lock.grant();
		await settle();
		expect(session.elsewhere).toBe(false);
		expect(log).toEqual(['adopt:2']);
	});
});

describe('SessionTabs: the record of a session ended in a tab that only shows it', () => {
	it('is read back once the running tab wrote it and let go', async () => {
		const lock = fakeLock(false);
		const saving = tabs(lock).recordAfterHolder(record);
		expect(recorded).toEqual(['aside:s1']);
		stored.set('s1', { ...record, title: 'As written there' });
		lock.grant();
		const outcome = await saving;
		expect(outcome.ok && outcome.value.record.title).toBe('As written there');
		expect(recorded).toEqual(['aside:s1', 'release:s1']);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('is written here when the running tab closed without writing it', async () => {
		const lock = fakeLock(false);
		const saving = tabs(lock).recordAfterHolder(record);
		lock.grant();
		expect((await saving).ok).toBe(true);
		expect(recorded).toEqual(['aside:s1', 'end:s1']);
	});

	it(`is written here when the running tab froze: after ${HOLDER_WAIT_MS} ms, not before`, async () => {
		const saving = tabs(fakeLock(false)).recordAfterHolder(record);
		await vi.advanceTimersByTimeAsync(HOLDER_WAIT_MS - 1);
		expect(recorded).toEqual(['aside:s1']);
		await vi.advanceTimersByTimeAsync(1);
		expect((await saving).ok).toBe(true);
		expect(recorded).toEqual(['aside:s1', 'end:s1']);
	});
});

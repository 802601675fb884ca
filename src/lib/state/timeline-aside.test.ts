// Changes to a running session kept aside: the newest per session, forgotten once on the disk
// (not when a later change replaced it), written on the next start once and in order unless
// what is stored is as new, an Undo reopening a recorded session, a change from before the
// record dropped, kept while the disk refuses, and harmless where localStorage is missing.
import { describe, expect, it } from 'vitest';
import type { SessionRecord, Timeline } from '$lib/core/model';
import { sessionRecord } from '$lib/core/testing';
import { StorageError, type WriteResult } from '$lib/storage/errors';
import { timeline } from '$lib/storage/testing';
import { TimelineAside, type AsideTarget } from './timeline-aside';
import { TIMELINES_ASIDE_KEY } from './unsaved';

function memory() {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}

const T = Date.UTC(2026, 2, 2, 9);
const started = timeline('s1', { events: [{ type: 'start', at: T }] });
const paused = timeline('s1', {
	events: [
		{ type: 'start', at: T },
		{ type: 'pause', at: T + 5_000 }
	]
});
const resumed = timeline('s1', {
	events: [...paused.events, { type: 'resume', at: T + 9_000 }]
});

const onDisk: WriteResult = { ok: true, persisted: true };
const inMemory: WriteResult = { ok: true, persisted: false };
const refused = (code: 'quota' | 'invalid'): WriteResult => ({
	ok: false,
	error: new StorageError(code, { code: 'refused', problem: 'error', thing: 'session' })
});

/** A fake database: running sessions, records, and every write in order. */
function database(
	running: Timeline[] = [],
	records: SessionRecord[] = [],
	answer: WriteResult = onDisk
) {
	const writes: string[] = [];
	const target: AsideTarget = {
		recorded: async (id) => records.find((r) => r.id === id),
		active: async () => running,
		save: async (t) => {
			writes.push(`save:${t.id}:${t.events.length}`);
			return answer;
		},
		reopen: async (t) => {
			writes.push(`reopen:${t.id}:${t.events.length}`);
			return answer;
		}
	};
	return { writes, target };
}

describe('TimelineAside', () => {
	it('keeps the newest change per session, synchronously, and forgets it once on the disk', () => {
		const store = memory();
		const aside = new TimelineAside(() => store);
		expect(aside.keep(started)).toBe(true);
		expect(aside.keep(paused)).toBe(true);
		expect(aside.kept()).toEqual([paused]);
		// The write of the start lands after Pause was kept: Pause stays.
		aside.done(started);
		expect(aside.kept()).toEqual([paused]);
		aside.done(paused);
		expect(aside.kept()).toEqual([]);
		expect(store.data.has(TIMELINES_ASIDE_KEY)).toBe(false);
	});

	it('on the next start writes what the app was closed on, once', async () => {
		const store = memory();
		const kept = new TimelineAside(() => store);
		kept.keep(paused);
		const { writes, target } = database([started]);
		expect(await kept.flush(target)).toBe(0);
		expect(writes).toEqual(['save:s1:2']);
		expect(await kept.flush(target)).toBe(0);
		expect(writes).toEqual(['save:s1:2']);
		expect(kept.kept()).toEqual([]);
	});

	it('writes a session whose start never reached the disk (the pain rating with it)', async () => {
		const store = memory();
		const aside = new TimelineAside(() => store);
		const rated = { ...started, painBefore: 6 };
		aside.keep(rated);
		const { writes, target } = database();
		await aside.flush(target);
		expect(writes).toEqual(['save:s1:1']);
	});

	it('leaves alone a session stored with newer changes (another tab went on)', async () => {
		const store = memory();
		const aside = new TimelineAside(() => store);
		aside.keep(paused);
		const { writes, target } = database([resumed]);
		await aside.flush(target);
		expect(writes).toEqual([]);
		expect(aside.kept()).toEqual([]);
	});

	it('drops a change from before the session was recorded: the record is newer', async () => {
		const store = memory();
		const aside = new TimelineAside(() => store);
		aside.keep(paused);
		const record = sessionRecord('s1', T, 60_000);
		const { writes, target } = database([], [record]);
		await aside.flush(target);
		expect(writes).toEqual([]);
		expect(aside.kept()).toEqual([]);
	});

	it('an Undo reopens the recorded session, and later changes keep it an Undo until it lands', async () => {
		const store = memory();
		const aside = new TimelineAside(() => store);
		const record = { ...sessionRecord('s1', T, 5_000), endedAt: T + 5_000 };
		aside.keep(resumed, true);
		const later = {
			...resumed,
			events: [...resumed.events, { type: 'pause' as const, at: T + 20_000 }]
		};
		aside.keep(later);
		const { writes, target } = database([], [record]);
		await aside.flush(target);
		expect(writes).toEqual(['reopen:s1:4']);
		expect(aside.kept()).toEqual([]);
	});

	it('keeps what the disk refuses or holds only in memory; drops what can never be written', async () => {
		for (const [answer, left] of [
			[refused('quota'), 1],
			[inMemory, 1],
			[refused('invalid'), 0]
		] as const) {
			const store = memory();
			const aside = new TimelineAside(() => store);
			aside.keep(paused);
			const { target } = database([], [], answer);
			expect(await aside.flush(target)).toBe(left);
			expect(aside.kept()).toHaveLength(left);
		}
	});

	it('writes several sessions oldest first', async () => {
		const store = memory();
		const aside = new TimelineAside(() => store);
		aside.keep(timeline('s2', { events: [{ type: 'start', at: T + 60_000 }] }));
		aside.keep(timeline('s1', { events: [{ type: 'start', at: T }] }));
		const { writes, target } = database();
		await aside.flush(target);
		expect(writes).toEqual(['save:s1:1', 'save:s2:1']);
	});

	it('forgets a session that ended (the recorder has it), and ignores what is not its own', () => {
		const store = memory();
		const aside = new TimelineAside(() => store);
		aside.keep(paused);
		aside.forget('s1');
		expect(aside.kept()).toEqual([]);
		store.setItem(TIMELINES_ASIDE_KEY, '{"s9":{"timeline":{"id":"other"}},"x":5}');
		expect(aside.kept()).toEqual([]);
		store.setItem(TIMELINES_ASIDE_KEY, 'not json');
		expect(aside.kept()).toEqual([]);
	});

	it('where the browser keeps nothing, says so and flushes nothing', async () => {
		const aside = new TimelineAside(() => null);
		expect(aside.keep(paused)).toBe(false);
		const { writes, target } = database();
		expect(await aside.flush(target)).toBe(0);
		expect(writes).toEqual([]);
	});
});

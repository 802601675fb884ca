// The ending of a session with a fake recorder and store: the summary says "saved" only once the
// write landed, Undo is offered only after a Stop here and only for UNDO_MS, and waits for the
// write before the session runs again, Try again only after a failure, and the pain rating
// reaches the record whenever it is given: before, during or after the write.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionRecord, Timeline } from '$lib/core/model';
import { fail, ok } from '$lib/core/result';
import type { RecordOutcome } from './recorder';
import { SessionEnding, UNDO_MS, type EndedSession, type EndingEnv } from './session-ending';

const T0 = Date.UTC(2026, 2, 2, 9);

const plan: Timeline['plan'] = {
	title: 'Test',
	source: { type: 'routine', id: 'r', builtIn: true },
	segments: [
		{ kind: 'exercise', label: 'Hold', durationMs: 60_000, cue: 'Hold' },
		{ kind: 'rest', label: 'Rest', durationMs: 60_000, cue: 'Rest' }
	]
};
/** Stopped 30 s into the first step. */
const stopped: Timeline = {
	id: 's1',
	plan,
	events: [
		{ type: 'start', at: T0 },
		{ type: 'stop', at: T0 + 30_000 }
	]
};

/** A write the test lets land (or fail) when it chooses. */
function pending() {
	let settle: (outcome: RecordOutcome) => void = () => {};
	const promise = new Promise<RecordOutcome>((resolve) => (settle = resolve));
	return { promise, settle };
}
const landed = (record: SessionRecord): RecordOutcome => ok({ record, persisted: true });
const refused = (record: SessionRecord): RecordOutcome =>
	fail({ record, reason: 'failed', keptAside: false });

let now: number;
let log: string[];
let writes: ReturnType<typeof pending>[];
let stored: Map<string, SessionRecord>;
let holder: { ended: EndedSession | null };
let ending: SessionEnding;
/** Whether the fake database writes to the disk (false: the memory fallback). */
let persisted: boolean;

beforeEach(() => {
	now = T0 + 31_000;
	persisted = true;
	log = [];
	writes = [];
	stored = new Map();
	holder = { ended: null };
	const env: EndingEnv = {
		recorder: {
			end: (record) => {
				log.push(`end:${record.id}`);
				const write = pending();
				writes.push(write);
				return write.promise.then((outcome) => {
					if (outcome.ok) stored.set(record.id, outcome.value.record);
					return outcome;
				});
			},
			setAside: (record) => {
				log.push(`aside:${record.painAfter ?? '-'}`);
				return true;
			},
			release: (id) => void log.push(`release:${id}`),
			download: async (record) => {
				log.push(`download:${record.id}`);
				return true;
			}
		},
		aside: {
			keep: (timeline, reopen) => {
				log.push(`keep:${timeline.events.length}:${reopen ? 'reopen' : 'run'}`);
				return true;
			},
			done: (timeline) => void log.push(`done:${timeline.events.length}`)
		},
		reopen: async (timeline) => {
			log.push(`reopen:${timeline.events.length}`);
			return { ok: true, persisted };
		},
		saveActive: async (timeline) => {
			log.push(`saveActive:${timeline.events.length}`);
			return { ok: true, persisted };
		},
		now: () => now
	};
	ending = new SessionEnding(holder, env);
});

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SessionEnding', () => {
	it('shows the session ended at once, and "saved" only once the write landed', async () => {
		const recording = ending.record(stopped, true);
		expect(log).toEqual(['end:s1']);
		expect(holder.ended?.outcome).toBeNull();
		expect(holder.ended?.record).toMatchObject({ id: 's1', activeMs: 30_000, completed: false });
		expect(holder.ended?.undoUntil).toBe(now + UNDO_MS);
		writes[0]!.settle(landed({ ...holder.ended!.record, updatedAt: 1 }));
		await recording;
		expect(holder.ended?.outcome?.ok).toBe(true);
		expect(holder.ended?.record.updatedAt).toBe(1);
	});

	it.each([
		{ how: 'stopped here', stoppedHere: true, at: 0, offered: true },
		{ how: 'stopped here, just before the end', stoppedHere: true, at: UNDO_MS - 1, offered: true },
		{ how: 'stopped here, time up', stoppedHere: true, at: UNDO_MS, offered: false },
		{ how: 'ended by the clock or another tab', stoppedHere: false, at: 0, offered: false }
	])('Undo: $how → offered $offered', async ({ stoppedHere, at, offered }) => {
		void ending.record(stopped, stoppedHere);
		writes[0]!.settle(landed(holder.ended!.record));
		await settle();
		expect(ending.canUndo(now + at)).toBe(offered);
		now += at;
		const resumed = await ending.undo();
		expect(resumed !== null).toBe(offered);
		expect(holder.ended === null).toBe(offered);
	});

	it('Undo during the write waits for it, then puts the recorded session back to running', async () => {
		void ending.record(stopped, true);
		now += 2_000;
		const undoing = ending.undo();
		await settle();
		// Kept aside in the tap's task, before the write it waits for.
		expect(log).toEqual(['end:s1', 'keep:3:reopen']);
		writes[0]!.settle(landed(holder.ended!.record));
		const resumed = await undoing;
		expect(log).toEqual(['end:s1', 'keep:3:reopen', 'release:s1', 'reopen:3', 'done:3']);
		expect(resumed?.events.map((e) => e.type)).toEqual(['start', 'pause', 'resume']);
		expect(resumed?.events[2]?.at).toBe(now);
		expect(holder.ended).toBeNull();
	});

	it('Undo after a failed write saves the session as running again instead', async () => {
		void ending.record(stopped, true);
		writes[0]!.settle(refused(holder.ended!.record));
		await settle();
		expect(await ending.undo()).not.toBeNull();
		expect(log).toEqual(['end:s1', 'keep:3:reopen', 'release:s1', 'saveActive:3', 'done:3']);
	});

	it('an Undo that reaches only memory stays aside for the next start', async () => {
		persisted = false;
		void ending.record(stopped, true);
		writes[0]!.settle(landed(holder.ended!.record));
		await settle();
		expect(await ending.undo()).not.toBeNull();
		expect(log).toEqual(['end:s1', 'keep:3:reopen', 'release:s1', 'reopen:3']);
	});

	it('Try again only after a failure: "saving" again, then the new outcome', async () => {
		void ending.record(stopped, false);
		writes[0]!.settle(refused(holder.ended!.record));
		await settle();
		expect(holder.ended?.outcome?.ok).toBe(false);
		const retrying = ending.retry();
		expect(holder.ended?.outcome).toBeNull();
		writes[1]!.settle(landed(holder.ended!.record));
		await retrying;
		expect(holder.ended?.outcome?.ok).toBe(true);
		await ending.retry();
		expect(log).toEqual(['end:s1', 'end:s1']);
	});

	it('a rating after the write landed is set aside, then written with the record: saved', async () => {
		const recording = ending.record(stopped, false);
		writes[0]!.settle(landed(holder.ended!.record));
		await recording;
		const rating = ending.ratePainAfter(3);
		// Aside first, in the tap's own task.
		expect(log).toEqual(['end:s1', 'aside:3', 'end:s1']);
		expect(holder.ended?.record.painAfter).toBe(3);
		writes[1]!.settle(landed(holder.ended!.record));
		expect(await rating).toEqual(ok('saved'));
		expect(stored.get('s1')?.painAfter).toBe(3);
	});

	it('a rating during the write is set aside at once and written once the record has landed', async () => {
		const recording = ending.record(stopped, false);
		const rating = ending.ratePainAfter(3);
		expect(log).toEqual(['end:s1', 'aside:3']);
		writes[0]!.settle(landed(withoutRating(holder.ended!.record)));
		await recording;
		expect(holder.ended?.record.painAfter).toBe(3);
		await settle();
		writes[1]!.settle(landed(holder.ended!.record));
		expect(await rating).toEqual(ok('saved'));
		expect(stored.get('s1')?.painAfter).toBe(3);
	});

	it('a rating after a failed write goes with the record (its Try again writes both)', async () => {
		const recording = ending.record(stopped, false);
		writes[0]!.settle(refused(holder.ended!.record));
		await recording;
		expect(await ending.ratePainAfter(3)).toEqual(ok('with-session'));
		expect(log).toEqual(['end:s1', 'aside:3']);
		void ending.retry();
		expect(writes[1]).toBeDefined();
		expect(holder.ended?.record.painAfter).toBe(3);
	});

	it('a rating the database refuses is not said to be saved', async () => {
		const recording = ending.record(stopped, false);
		writes[0]!.settle(landed(holder.ended!.record));
		await recording;
		const rating = ending.ratePainAfter(3);
		await settle();
		writes[1]!.settle(refused(holder.ended!.record));
		const outcome = await rating;
		expect(outcome.ok).toBe(false);
		expect(stored.get('s1')?.painAfter).toBeUndefined();
	});

	it('a write that lands after the summary moved on to another session changes nothing', async () => {
		const first = ending.record(stopped, true);
		void ending.record({ ...stopped, id: 's2' }, true);
		writes[0]!.settle(refused(holder.ended!.record));
		await first;
		expect(holder.ended?.record.id).toBe('s2');
		expect(holder.ended?.outcome).toBeNull();
	});

	it('downloads the ended session, and nothing without one', async () => {
		expect(await ending.download()).toBe(false);
		void ending.record(stopped, false);
		expect(await ending.download()).toBe(true);
		expect(log).toEqual(['end:s1', 'download:s1']);
	});
});

/** The record as written before any rating: the store holds none yet. */
function withoutRating(record: SessionRecord): SessionRecord {
	const { painAfter: _, ...rest } = record;
	return rest;
}

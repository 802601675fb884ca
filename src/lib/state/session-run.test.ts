// A session running in this tab, with fakes: it holds updates back once however often it is
// attached, keeps the screen on only when the person wants it, claims the session's lock, and on
// detach lets all of it go (the lock only when the record is not still to be written) and
// clears what Today and the shell show of it.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Timeline } from '$lib/core/model';
import type { LiveSession } from './session-link.svelte';
import { SessionRun } from './session-run';
import { StorageError, type WriteResult } from '$lib/storage/errors';

const T0 = Date.UTC(2026, 2, 2, 9);
const timeline: Timeline = {
	id: 's1',
	plan: {
		title: 'Test',
		source: { type: 'demo', id: 'demo', builtIn: true },
		segments: [{ kind: 'rest', label: 'Rest', durationMs: 60_000, cue: 'Rest' }]
	},
	events: [{ type: 'start', at: T0 }]
};

let log: string[];
let keepAwake: boolean;
let link: { live: LiveSession | null };
let run: SessionRun;
let written: WriteResult;

beforeEach(() => {
	log = [];
	written = { ok: true, persisted: true };
	keepAwake = true;
	link = { live: { title: 'Test', step: 'Rest', paused: false } };
	run = new SessionRun(
		{
			drive: (_timeline, now) => void log.push(`drive:${(now ?? 0) - T0}`),
			stop: () => void log.push('stop')
		},
		{
			claim: async (id) => void log.push(`claim:${id}`),
			release: () => void log.push('release lock')
		},
		link,
		{
			holdUpdates: () => {
				log.push('hold updates');
				return () => log.push('let updates through');
			},
			keepAwake: () => keepAwake,
			screen: {
				acquire: async () => log.push('screen on'),
				release: async () => log.push('screen may sleep')
			},
			aside: {
				keep: (t) => {
					log.push(`keep:${t.events.length}`);
					return true;
				},
				done: (t) => void log.push(`done:${t.events.length}`)
			},
			write: (t) => {
				log.push(`write:${t.events.length}`);
				return Promise.resolve(written);
			}
		}
	);
});

describe('SessionRun', () => {
	it.each([
		{ keepAwake: true, attach: ['hold updates', 'screen on', 'drive:5', 'claim:s1'] },
		{ keepAwake: false, attach: ['hold updates', 'drive:5', 'claim:s1'] }
	])('attach, screen kept on $keepAwake: $attach', async ({ keepAwake: wanted, attach }) => {
		keepAwake = wanted;
		await run.attach(timeline, T0 + 5);
		expect(log).toEqual(attach);
	});

	it('holds updates back once, however often a session is attached', async () => {
		await run.attach(timeline, T0);
		await run.attach(timeline, T0 + 1);
		expect(log.filter((entry) => entry === 'hold updates')).toHaveLength(1);
		run.detach();
		run.detach();
		expect(log.filter((entry) => entry === 'let updates through')).toHaveLength(1);
	});

	it.each([
		{
			keepLock: false,
			detach: ['stop', 'let updates through', 'release lock', 'screen may sleep']
		},
		{ keepLock: true, detach: ['stop', 'let updates through', 'screen may sleep'] }
	])('detach, lock kept $keepLock: $detach', async ({ keepLock, detach }) => {
		await run.attach(timeline, T0);
		log = [];
		run.detach(keepLock);
		expect(log).toEqual(detach);
		expect(link.live).toBeNull();
	});

	it('saves a change aside before the write, in the same task, and forgets it once on the disk', async () => {
		const saving = run.save(timeline);
		expect(log).toEqual(['keep:1', 'write:1']);
		expect(await saving).toBe(true);
		expect(log).toEqual(['keep:1', 'write:1', 'done:1']);
	});

	it.each([
		{ how: 'in memory only', result: { ok: true, persisted: false } as WriteResult },
		{
			how: 'refused',
			result: {
				ok: false,
				error: new StorageError('quota', { code: 'refused', problem: 'error', thing: 'session' })
			} as WriteResult
		}
	])('a change written $how stays aside for the next start', async ({ result }) => {
		written = result;
		expect(await run.save(timeline)).toBe(false);
		expect(log).toEqual(['keep:1', 'write:1']);
	});
});

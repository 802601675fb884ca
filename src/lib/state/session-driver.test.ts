// The engine driver with fake timers: display ticks on second boundaries, cues in order,
// a freeze reported once instead of replayed, the end of the session, and nothing after stop().
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cue } from '$lib/core/cues';
import type { Timeline } from '$lib/core/model';
import { SessionDriver } from './session-driver';

const T0 = Date.UTC(2026, 2, 2, 9);

const plan: Timeline['plan'] = {
	title: 'Test',
	source: { type: 'demo', id: 'demo', builtIn: true },
	segments: [
		{ kind: 'exercise', label: 'Hold', durationMs: 5_000, cue: 'Hold' },
		{ kind: 'rest', label: 'Rest', durationMs: 20_000, cue: 'Rest' }
	]
};
const started: Timeline = { id: 't', plan, events: [{ type: 'start', at: T0 }] };

let hidden = false;
let ticks: number[];
let cues: Cue[];
let gaps: string[];
let ended: Timeline[];
let driver: SessionDriver;

beforeEach(() => {
	vi.useFakeTimers({ now: T0 });
	hidden = false;
	ticks = [];
	cues = [];
	gaps = [];
	ended = [];
	driver = new SessionDriver(
		{
			tick: (now) => ticks.push(now),
			cue: (cue) => cues.push(cue),
			gap: (summary) => gaps.push(summary),
			ended: (timeline) => ended.push(timeline)
		},
		{ now: () => Date.now(), hidden: () => hidden }
	);
});
afterEach(() => vi.useRealTimers());

describe('SessionDriver', () => {
	it('wakes just after each whole second of the countdown', () => {
		vi.setSystemTime(T0 + 300);
		driver.drive(started);
		vi.advanceTimersByTime(3_000);
		// 5 s hold started at T0: boundaries fall at T0 + 1 s, 2 s, 3 s (plus 2 ms).
		expect(ticks.map((t) => t - T0)).toEqual([1_002, 2_002, 3_002]);
	});

	it('plays the cues due in order, moving on to the next segment', () => {
		driver.drive(started, T0);
		vi.advanceTimersByTime(6_000);
		const starts = cues.filter((c) => c.type === 'segment-start').map((c) => c.index);
		expect(starts).toEqual([1]);
		expect(cues.some((c) => c.type === 'countdown')).toBe(true);
	});

	it('after a freeze says what happened once, and plays none of the missed cues', () => {
		driver.drive(started, T0);
		vi.setSystemTime(T0 + 12_000);
		driver.tick();
		expect(gaps).toHaveLength(1);
		expect(gaps[0]).toBe('Hold ended 7 seconds ago — now resting.');
		expect(cues).toEqual([]);
	});

	it('reports the end once and stops ticking', () => {
		driver.drive(started, T0);
		vi.advanceTimersByTime(30_000);
		expect(ended).toEqual([started]);
		const count = ticks.length;
		vi.advanceTimersByTime(5_000);
		expect(ticks.length).toBe(count);
	});

	it('when hidden, sets a wake-up for the next phase end', () => {
		hidden = true;
		driver.drive(started, T0);
		const spy = vi.spyOn(driver, 'tick');
		vi.advanceTimersByTime(5_020);
		expect(spy).toHaveBeenCalled();
		expect(cues.some((c) => c.type === 'segment-start' && c.index === 1)).toBe(true);
	});

	it('does nothing after stop()', () => {
		driver.drive(started, T0);
		driver.stop();
		vi.advanceTimersByTime(30_000);
		expect(ticks).toEqual([]);
		expect(ended).toEqual([]);
	});
});

// The engine driver with fake timers: display ticks on second boundaries, cues in order and
// none from before the moment it drives from, a freeze reported once instead of replayed, the end
// of the session, a wake-up at each phase end while the page is hidden, and nothing after stop().
import type { GapSummary } from '$lib/core/cues';
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
/** Three phases, ending at T0 + 5 s, 25 s and 30 s. */
const threePhases: Timeline = {
	...started,
	plan: { ...plan, segments: [...plan.segments, plan.segments[0]!] }
};

let hidden = false;
let ticks: number[];
let cues: Cue[];
/** Whether the page was hidden when each cue came, in order. */
let cuesHidden: boolean[];
let gaps: GapSummary[];
let ended: Timeline[];
let driver: SessionDriver;

beforeEach(() => {
	vi.useFakeTimers({ now: T0 });
	hidden = false;
	ticks = [];
	cues = [];
	cuesHidden = [];
	gaps = [];
	ended = [];
	driver = new SessionDriver(
		{
			tick: (now) => ticks.push(now),
			cue: (cue, hiddenNow) => {
				cues.push(cue);
				cuesHidden.push(hiddenNow);
			},
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
		expect(gaps[0]).toEqual({ code: 'moved', ended: 0, now: 1, agoMs: 7_000 });
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

	it('drives from the moment it is given: no cue from before it is played', () => {
		vi.setSystemTime(T0 + 3_500);
		driver.drive(started);
		vi.advanceTimersByTime(600);
		// Only the countdown at 1 s left (T0 + 4 s); those at 3 s and 2 s had passed.
		expect(cues).toEqual([{ type: 'countdown', at: T0 + 4_000, index: 0, count: 1 }]);
		expect(gaps).toEqual([]);
	});

	it('while hidden, wakes just after each phase end, and says the page was hidden', () => {
		hidden = true;
		driver.drive(threePhases, T0);
		vi.advanceTimersByTime(26_000);
		// Display ticks fall on the countdown's whole seconds; these two are the one-off wake-ups,
		// 20 ms after each phase end, which Chrome holds to time while it throttles the others.
		expect(ticks.map((t) => t - T0).filter((t) => t % 1_000 === 20)).toEqual([5_020, 25_020]);
		const starts = cues.filter((c) => c.type === 'segment-start').map((c) => c.index);
		expect(starts).toEqual([1, 2]);
		expect(cuesHidden.every(Boolean)).toBe(true);
	});

	it('a page that hides mid-session gets its wake-up then', () => {
		driver.drive(started, T0);
		vi.advanceTimersByTime(1_500);
		hidden = true;
		driver.wakeWhenHidden();
		vi.advanceTimersByTime(4_000);
		expect(ticks).toContain(T0 + 5_020);
	});

	it('a page shown again loses its wake-up: the display ticks carry on alone', () => {
		hidden = true;
		driver.drive(started, T0);
		hidden = false;
		driver.wakeWhenHidden();
		vi.advanceTimersByTime(6_000);
		expect(ticks).not.toContain(T0 + 5_020);
		expect(ticks).toContain(T0 + 5_000);
	});

	it('sets no wake-up while paused or on a step that waits for Next', () => {
		hidden = true;
		const paused: Timeline = {
			...started,
			events: [...started.events, { type: 'pause', at: T0 + 1_000 }]
		};
		const untimed: Timeline = {
			...started,
			plan: { ...plan, segments: [{ kind: 'rest', label: 'Rest', durationMs: null, cue: 'Rest' }] }
		};
		for (const timeline of [paused, untimed]) {
			vi.setSystemTime(T0 + 1_000);
			driver.drive(timeline);
			vi.advanceTimersByTime(10_000);
			driver.stop();
		}
		// Paused or untimed, the display wakes once a second on the second it was driven from.
		expect(ticks.every((t) => (t - T0) % 1_000 === 0)).toBe(true);
		expect(ticks.length).toBeGreaterThan(0);
	});

	it('does nothing after stop(), and leaves no timer behind, hidden or not', () => {
		driver.drive(started, T0);
		driver.stop();
		hidden = true;
		driver.drive(started, T0);
		driver.stop();
		expect(vi.getTimerCount()).toBe(0);
		vi.advanceTimersByTime(30_000);
		expect(ticks).toEqual([]);
		expect(ended).toEqual([]);
	});
});

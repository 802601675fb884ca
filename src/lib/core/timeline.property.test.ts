import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cuesBetween } from './cues';
import type { Plan, SessionEventType, Timeline } from './model';
import { applyEvent, isActive, sessionAt } from './timeline';

const T0 = 1_700_000_000_000;
const TYPES: SessionEventType[] = [
	'start',
	'pause',
	'resume',
	'next',
	'previous',
	'finish',
	'stop'
];

const planOf = (durations: (number | null)[]): Plan => ({
	title: 'Random',
	source: { type: 'demo', id: 'random', builtIn: true },
	segments: durations.map((durationMs, i) => ({
		kind: 'exercise',
		label: `Step ${i}`,
		durationMs,
		cue: `Cue ${i}`
	}))
});

const timedDuration = fc.oneof(
	fc.integer({ min: 0, max: 40_000 }),
	fc.integer({ min: 1, max: 90 }).map((s) => s * 1000)
);
const anyPlan = fc
	.array(fc.option(timedDuration, { freq: 4, nil: null }), { minLength: 1, maxLength: 6 })
	.map(planOf);
const timedPlan = fc.array(timedDuration, { minLength: 1, maxLength: 6 }).map(planOf);

const gap = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 120_000 }));
const steps = (types: SessionEventType[]) =>
	fc.array(fc.record({ type: fc.constantFrom(...types), gap }), { maxLength: 20 });

/** Start at T0, then the steps through applyEvent; also returns every attempted instant. */
function build(plan: Plan, moves: { type: SessionEventType; gap: number }[]) {
	let tl: Timeline = applyEvent({ id: 'p', plan, events: [] }, 'start', T0);
	let now = T0;
	const attempts: { type: SessionEventType; at: number; before: Timeline; after: Timeline }[] = [];
	for (const { type, gap } of moves) {
		now += gap;
		const before = tl;
		tl = applyEvent(tl, type, now);
		attempts.push({ type, at: now, before, after: tl });
	}
	return { tl, end: now, attempts };
}

/** Sorted instants spread over the session, with event instants and their neighbours. */
function instants(tl: Timeline, end: number, extra: number[]): number[] {
	const points = new Set([T0 - 1, ...extra.map((x) => T0 + x), end + 200_000]);
	for (const e of tl.events) for (const d of [-1, 0, 1]) points.add(e.at + d);
	return [...points].sort((a, b) => a - b);
}

const extras = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 12 });

describe('engine properties', () => {
	it('time never runs backwards, runs at most as fast as the clock, and indexes stay in range', () => {
		fc.assert(
			fc.property(anyPlan, steps(TYPES), extras, (plan, moves, extra) => {
				const { tl, end } = build(plan, moves);
				let prev: { t: number; elapsed: number } | null = null;
				for (const t of instants(tl, end, extra)) {
					const v = sessionAt(tl, t);
					expect(v.index).toBeGreaterThanOrEqual(0);
					expect(v.index).toBeLessThan(plan.segments.length);
					expect(v.elapsedInSegmentMs).toBeGreaterThanOrEqual(0);
					expect(v.elapsedInSegmentMs).toBeLessThanOrEqual(v.elapsedTotalMs);
					if (v.remainingInSegmentMs !== null)
						expect(v.remainingInSegmentMs).toBeGreaterThanOrEqual(0);
					if (prev) {
						expect(v.elapsedTotalMs).toBeGreaterThanOrEqual(prev.elapsed);
						expect(v.elapsedTotalMs - prev.elapsed).toBeLessThanOrEqual(t - prev.t);
					}
					prev = { t, elapsed: v.elapsedTotalMs };
				}
			})
		);
	});

	it('pauses add no time, and running adds exactly the time that passed', () => {
		fc.assert(
			fc.property(anyPlan, steps(TYPES), extras, (plan, moves, extra) => {
				const { tl, end } = build(plan, moves);
				const points = instants(tl, end, extra);
				for (let i = 1; i < points.length; i++) {
					const [t1, t2] = [points[i - 1] ?? 0, points[i] ?? 0];
					if (tl.events.some((e) => e.at > t1 && e.at <= t2)) continue;
					const [a, b] = [sessionAt(tl, t1), sessionAt(tl, t2)];
					if (a.status === 'paused') expect(b.elapsedTotalMs).toBe(a.elapsedTotalMs);
					if (b.status === 'running') expect(b.elapsedTotalMs - a.elapsedTotalMs).toBe(t2 - t1);
				}
			})
		);
	});

	it('an event never changes the time spent; Next and Previous land on a segment start', () => {
		fc.assert(
			fc.property(anyPlan, steps(TYPES), (plan, moves) => {
				for (const { type, at, before, after } of build(plan, moves).attempts) {
					const [was, is] = [sessionAt(before, at), sessionAt(after, at)];
					expect(is.elapsedTotalMs).toBe(was.elapsedTotalMs);
					if (after === before) expect(is).toEqual(was);
					else if ((type === 'next' || type === 'previous') && isActive(is)) {
						expect(is.elapsedInSegmentMs).toBe(0);
						expect(is.segmentStartedAt).toBe(at);
					}
				}
			})
		);
	});

	it('replaying a stored list with invalid and out-of-order events matches the filtered one', () => {
		fc.assert(
			fc.property(
				anyPlan,
				fc.array(
					fc.record({ type: fc.constantFrom(...TYPES), at: fc.integer({ min: 0, max: 200_000 }) }),
					{ maxLength: 20 }
				),
				extras,
				(plan, raw, extra) => {
					const events = raw.map((e) => ({ type: e.type, at: T0 + e.at }));
					const stored: Timeline = { id: 'p', plan, events };
					// A stored event is clamped to the one before it, even one that changed nothing.
					let floor = -Infinity;
					const clamped = events.map((e) => ({ ...e, at: (floor = Math.max(floor, e.at)) }));
					const filtered = clamped.reduce<Timeline>((tl, e) => applyEvent(tl, e.type, e.at), {
						id: 'p',
						plan,
						events: []
					});
					for (const t of instants(stored, T0 + 200_000, extra)) {
						expect(sessionAt(stored, t)).toEqual(sessionAt(filtered, t));
					}
				}
			)
		);
	});

	it('through timed segments, time spent plus time left is the planned total', () => {
		fc.assert(
			fc.property(timedPlan, steps(['pause', 'resume']), extras, (plan, moves, extra) => {
				const { tl, end } = build(plan, moves);
				for (const t of instants(tl, end, extra)) {
					const v = sessionAt(tl, t);
					expect(v.remainingTotalMs + v.elapsedTotalMs).toBe(v.plannedTotalMs);
				}
			})
		);
	});

	it('finishes exactly when the running time reaches the planned total', () => {
		fc.assert(
			fc.property(timedPlan, steps(['pause', 'resume']), (plan, moves) => {
				const { tl } = build(plan, moves);
				const planned = sessionAt(tl, T0).plannedTotalMs;
				// Reference: walk the running intervals until they add up to the plan.
				let spent = 0;
				let since: number | null = null;
				let expectedEnd: number | null = null;
				for (const e of tl.events) {
					if (since !== null && spent + (e.at - since) >= planned) break;
					if (e.type === 'pause' && since !== null) {
						spent += e.at - since;
						since = null;
					} else if (e.type !== 'pause') since = e.at;
				}
				if (since !== null) expectedEnd = since + planned - spent;
				if (expectedEnd === null) {
					expect(sessionAt(tl, T0 + 10_000_000).status).toBe('paused');
					return;
				}
				const atEnd = sessionAt(tl, expectedEnd);
				expect(atEnd.status).toBe('finished');
				expect(atEnd.endedAt).toBe(expectedEnd);
				expect(sessionAt(tl, expectedEnd + 10_000_000).endedAt).toBe(expectedEnd);
				if (planned > 0) expect(sessionAt(tl, expectedEnd - 1).status).not.toBe('finished');
			})
		);
	});

	it('cues over split intervals add up to the cues over the whole', () => {
		fc.assert(
			fc.property(
				anyPlan,
				steps(TYPES),
				fc.array(fc.integer({ min: -1000, max: 1_000_000 }), { minLength: 1, maxLength: 6 }),
				(plan, moves, cuts) => {
					const { tl } = build(plan, moves);
					const points = [...new Set(cuts.map((c) => T0 + c))].sort((a, b) => a - b);
					const whole = cuesBetween(tl, T0 - 1000, T0 + 2_000_000);
					const edges = [T0 - 1000, ...points, T0 + 2_000_000];
					const pieces = edges.slice(1).flatMap((to, i) => cuesBetween(tl, edges[i] ?? 0, to));
					expect(pieces).toEqual(whole);
					for (let i = 1; i < whole.length; i++) {
						expect(whole[i]?.at).toBeGreaterThanOrEqual(whole[i - 1]?.at ?? 0);
					}
					const starts = whole.filter((c) => c.type === 'segment-start');
					expect(starts[0]).toMatchObject({ at: T0, index: 0 });
					const finished = whole.filter((c) => c.type === 'finished');
					const final = sessionAt(tl, T0 + 2_000_000);
					expect(finished.map((c) => c.at)).toEqual(
						final.status === 'finished' ? [final.endedAt] : []
					);
				}
			)
		);
	});

	it('cues appended events cannot rewrite: earlier cues stay as they were', () => {
		fc.assert(
			fc.property(anyPlan, steps(TYPES), (plan, moves) => {
				for (const { at, before, after } of build(plan, moves).attempts) {
					expect(cuesBetween(after, T0 - 1, at - 1)).toEqual(cuesBetween(before, T0 - 1, at - 1));
				}
			})
		);
	});
});

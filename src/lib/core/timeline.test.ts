import { describe, expect, it } from 'vitest';
import { compileProgram, PlanError } from './compile';
import { formatClock } from './format';
import type { Plan, SessionEventType, Timeline } from './model';
import { segmentPlan } from './testing';
import { applyEvent, isActive, sessionAt, undoStop } from './timeline';

const S = 1000;
const MIN = 60 * S;
const T0 = 1_700_000_000_000;

/** A plan of exercise segments with these durations in seconds (null: until Next). */
const plan = (...seconds: (number | null)[]): Plan =>
	segmentPlan(seconds.map((s) => ({ durationMs: s === null ? null : s * S })));

/** Applies events through applyEvent, each at T0 + the given seconds. */
function play(p: Plan, ...events: [SessionEventType, number][]): Timeline {
	return events.reduce<Timeline>((tl, [type, s]) => applyEvent(tl, type, T0 + s * S), {
		id: 'tl',
		plan: p,
		events: []
	});
}

const at = (tl: Timeline, seconds: number) => sessionAt(tl, T0 + seconds * S);

describe('sessionAt', () => {
	it('shows the whole plan ahead before the start', () => {
		const view = at(play(plan(30, 20)), 100);
		expect(view).toMatchObject({
			status: 'not-started',
			index: 0,
			elapsedTotalMs: 0,
			remainingInSegmentMs: 30 * S,
			remainingTotalMs: 50 * S,
			plannedTotalMs: 50 * S,
			startedAt: null,
			endedAt: null,
			segmentStartedAt: null,
			completedSegments: 0
		});
		expect(isActive(view)).toBe(false);
	});

	it('counts down from timestamps alone', () => {
		const tl = play(plan(30, 20), ['start', 0]);
		const view = at(tl, 12.25);
		expect(view.status).toBe('running');
		expect(view.elapsedInSegmentMs).toBe(12_250);
		expect(view.remainingInSegmentMs).toBe(17_750);
		expect(formatClock(view.remainingInSegmentMs ?? 0)).toBe('0:18');
		expect(view.remainingTotalMs).toBe(37_750);
		expect(isActive(view)).toBe(true);
	});

	it('rolls into the next segment carrying the overshoot, so nothing drifts', () => {
		const tl = play(plan(10, 10, 10), ['start', 0]);
		const view = at(tl, 25);
		expect(view.index).toBe(2);
		expect(view.elapsedInSegmentMs).toBe(5 * S);
		expect(view.segmentStartedAt).toBe(T0 + 20 * S);
		expect(view.completedSegments).toBe(2);
	});

	it('finishes at the exact end of the last segment, however late it is asked', () => {
		const tl = play(plan(10, 20), ['start', 0]);
		expect(at(tl, 29.999).status).toBe('running');
		const view = at(tl, 3600);
		expect(view).toMatchObject({
			status: 'finished',
			index: 1,
			endedAt: T0 + 30 * S,
			elapsedTotalMs: 30 * S,
			remainingTotalMs: 0,
			remainingInSegmentMs: 0,
			completedSegments: 2
		});
		expect(at(tl, 30).status).toBe('finished');
	});

	it('freezes while paused and picks up where it left off', () => {
		const tl = play(plan(60, 60), ['start', 0], ['pause', 20], ['resume', 320]);
		expect(at(tl, 200).remainingInSegmentMs).toBe(40 * S);
		expect(at(tl, 200).status).toBe('paused');
		const view = at(tl, 350);
		expect(view.elapsedTotalMs).toBe(50 * S);
		expect(view.remainingInSegmentMs).toBe(10 * S);
		// The pause pushes the end of the session back by its length.
		expect(at(tl, 420).index).toBe(1);
		expect(at(tl, 420).segmentStartedAt).toBe(T0 + 360 * S);
		expect(at(tl, 420 + 60).endedAt).toBe(T0 + 420 * S);
	});

	it('keeps the real start instant of a segment across a later pause', () => {
		const tl = play(plan(60), ['start', 0], ['pause', 10], ['resume', 100]);
		expect(at(tl, 110).segmentStartedAt).toBe(T0);
	});

	it('waits on an untimed segment until Next', () => {
		const tl = play(plan(null, 10), ['start', 0]);
		const view = at(tl, 3600);
		expect(view).toMatchObject({ index: 0, status: 'running', remainingInSegmentMs: null });
		expect(view.elapsedInSegmentMs).toBe(3600 * S);
		expect(view.remainingTotalMs).toBe(10 * S);
		const moved = at(applyEvent(tl, 'next', T0 + 3600 * S), 3605);
		expect(moved).toMatchObject({ index: 1, elapsedInSegmentMs: 5 * S, completedSegments: 1 });
	});

	it('Next jumps to the start of the next segment and finishes on the last', () => {
		const tl = play(plan(30, 30), ['start', 0], ['next', 5]);
		expect(at(tl, 5)).toMatchObject({
			index: 1,
			elapsedInSegmentMs: 0,
			remainingInSegmentMs: 30 * S
		});
		const done = play(plan(30, 30), ['start', 0], ['next', 5], ['next', 12]);
		expect(at(done, 100)).toMatchObject({ status: 'finished', endedAt: T0 + 12 * S });
		expect(at(done, 100).completedSegments).toBe(2);
	});

	it('Previous goes back a segment within 3 s of its start, and restarts it later', () => {
		const early = play(plan(30, 30), ['start', 0], ['next', 5], ['previous', 8]);
		expect(at(early, 8)).toMatchObject({ index: 0, elapsedInSegmentMs: 0 });
		const late = play(plan(30, 30), ['start', 0], ['next', 5], ['previous', 8.001]);
		expect(at(late, 8.001)).toMatchObject({ index: 1, elapsedInSegmentMs: 0 });
		expect(at(late, 8.001).segmentStartedAt).toBe(T0 + 8001);
	});

	it('Previous on the first segment restarts it, and does nothing right at its start', () => {
		const tl = play(plan(30), ['start', 0], ['previous', 2]);
		expect(tl.events.map((e) => e.type)).toEqual(['start', 'previous']);
		expect(at(tl, 2).elapsedInSegmentMs).toBe(0);
		expect(applyEvent(tl, 'previous', T0 + 2 * S)).toBe(tl);
	});

	it('skips while paused and stays paused', () => {
		const tl = play(plan(30, 30), ['start', 0], ['pause', 10], ['next', 15]);
		expect(at(tl, 50)).toMatchObject({ status: 'paused', index: 1, elapsedInSegmentMs: 0 });
	});

	it('Finish ends as completed now; Stop ends early', () => {
		const finished = play(plan(30, 30), ['start', 0], ['finish', 10]);
		expect(at(finished, 60)).toMatchObject({
			status: 'finished',
			endedAt: T0 + 10 * S,
			elapsedTotalMs: 10 * S
		});
		const stopped = play(plan(30, 30), ['start', 0], ['pause', 10], ['stop', 40]);
		expect(at(stopped, 60)).toMatchObject({
			status: 'stopped',
			endedAt: T0 + 40 * S,
			elapsedTotalMs: 10 * S,
			remainingTotalMs: 50 * S
		});
		expect(isActive(at(stopped, 60))).toBe(false);
	});

	it('ignores everything after the end', () => {
		const tl = play(plan(10), ['start', 0]);
		for (const type of [
			'pause',
			'resume',
			'next',
			'previous',
			'finish',
			'stop',
			'start'
		] as const) {
			expect(applyEvent(tl, type, T0 + 20 * S)).toBe(tl);
		}
	});

	it('drops events that change nothing', () => {
		const tl = play(plan(30), ['start', 0], ['pause', 5]);
		expect(applyEvent(tl, 'pause', T0 + 6 * S)).toBe(tl);
		expect(applyEvent(tl, 'start', T0 + 6 * S)).toBe(tl);
		const notStarted = play(plan(30));
		for (const type of ['pause', 'resume', 'next', 'previous', 'finish', 'stop'] as const) {
			expect(applyEvent(notStarted, type, T0)).toBe(notStarted);
		}
	});

	it('replays stored invalid events harmlessly', () => {
		const p = plan(30, 30);
		const raw: Timeline = {
			id: 'x',
			plan: p,
			events: [
				{ type: 'resume', at: T0 },
				{ type: 'start', at: T0 },
				{ type: 'start', at: T0 + 1 * S },
				{ type: 'resume', at: T0 + 2 * S },
				{ type: 'pause', at: T0 + 10 * S },
				{ type: 'pause', at: T0 + 12 * S }
			]
		};
		expect(at(raw, 100)).toMatchObject({ status: 'paused', elapsedTotalMs: 10 * S });
	});

	it('clamps an event stamped before the one before it (clock set back)', () => {
		const raw: Timeline = {
			id: 'x',
			plan: plan(60),
			events: [
				{ type: 'start', at: T0 },
				{ type: 'pause', at: T0 + 20 * S },
				{ type: 'resume', at: T0 + 5 * S }
			]
		};
		expect(at(raw, 30).elapsedTotalMs).toBe(30 * S);
		const appended = applyEvent(raw, 'pause', T0 + 10 * S);
		expect(appended.events.at(-1)).toEqual({ type: 'pause', at: T0 + 20 * S });
	});

	it('answers for past instants from the same timeline', () => {
		const tl = play(plan(30, 30), ['start', 0], ['pause', 10], ['resume', 20]);
		expect(at(tl, -1).status).toBe('not-started');
		expect(at(tl, 5)).toMatchObject({ status: 'running', elapsedTotalMs: 5 * S });
		expect(at(tl, 15)).toMatchObject({ status: 'paused', elapsedTotalMs: 10 * S });
	});

	it('an Ice 20 / warm-up 20 timer left alone for 25 minutes is in warm-up with 15:00 left', () => {
		const tl = applyEvent(
			{
				id: 'x',
				events: [],
				plan: compileProgram({
					id: 'ice',
					title: 'Ice',
					purpose: '',
					rounds: 1,
					phases: [
						{ kind: 'ice', seconds: 20 * 60 },
						{ kind: 'warm-up', seconds: 20 * 60 }
					]
				})
			},
			'start',
			T0
		);
		const view = sessionAt(tl, T0 + 25 * MIN);
		expect(view.segment.kind).toBe('warm-up');
		expect(formatClock(view.remainingInSegmentMs ?? -1)).toBe('15:00');
		expect(view.segmentStartedAt).toBe(T0 + 20 * MIN);
	});

	it('refuses an empty plan with a typed error', () => {
		const empty: Timeline = { id: 'x', plan: plan(), events: [] };
		expect(() => sessionAt(empty, T0)).toThrow(PlanError);
	});
});

describe('undoStop', () => {
	const plan: Plan = {
		title: 'T',
		source: { type: 'demo', id: 'd', builtIn: true },
		segments: [
			{ kind: 'exercise', label: 'A', durationMs: 60_000, cue: 'A' },
			{ kind: 'rest', label: 'B', durationMs: 30_000, cue: 'B' }
		]
	};
	const T = 1_700_000_000_000;
	const started: Timeline = applyEvent({ id: 'u', plan, events: [] }, 'start', T);

	it('resumes a running session where it was stopped, the time since counted as a pause', () => {
		const stopped = applyEvent(started, 'stop', T + 20_000);
		const back = undoStop(stopped, T + 27_000);
		const view = sessionAt(back, T + 27_000);
		expect(view.status).toBe('running');
		expect(view.remainingInSegmentMs).toBe(40_000);
		expect(sessionAt(back, T + 37_000).remainingInSegmentMs).toBe(30_000);
	});

	it('a paused session comes back paused; anything not stopped comes back unchanged', () => {
		const paused = applyEvent(started, 'pause', T + 5_000);
		const back = undoStop(applyEvent(paused, 'stop', T + 9_000), T + 20_000);
		expect(sessionAt(back, T + 20_000)).toMatchObject({
			status: 'paused',
			remainingInSegmentMs: 55_000
		});
		expect(undoStop(started, T + 1)).toBe(started);
		const notStarted: Timeline = { id: 'u', plan, events: [] };
		expect(undoStop(notStarted, T + 1)).toBe(notStarted);
	});
});

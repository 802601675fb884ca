// The session engine: where a session stands at any instant, derived from its plan and its
// timestamped events alone, so a countdown never drifts and a reload resumes exactly.
import { planTotalMs, segmentAt } from './compile';
import type { Segment, SessionEventType, Timeline } from './model';

export type SessionStatus = 'not-started' | 'running' | 'paused' | 'finished' | 'stopped';

/**
 * A session at one instant. Once it has ended (finished or stopped) every figure is frozen as it
 * was at `endedAt`: a stopped session still says how much was left.
 */
export interface SessionView {
	status: SessionStatus;
	/** Current segment; stays on the last one once the session has ended. */
	index: number;
	segment: Segment;
	elapsedInSegmentMs: number;
	/** Null for a segment that lasts until the user taps Next. */
	remainingInSegmentMs: number | null;
	/** Time spent running, pauses excluded. */
	elapsedTotalMs: number;
	/** Timed time still ahead: rest of the current segment plus every later timed segment. */
	remainingTotalMs: number;
	/** Sum of every timed segment's duration. */
	plannedTotalMs: number;
	startedAt: number | null;
	endedAt: number | null;
	/** The wall-clock instant the current segment actually began (later pauses do not move it). */
	segmentStartedAt: number | null;
	/** Segments the user got past, by running out or by Next; going back does not undo them. */
	completedSegments: number;
}

/**
 * 'previous' later than this into a segment restarts it; sooner, it goes back one segment. That
 * is what media players do: one tap to hear this track again, two quick taps for the last one.
 */
export const RESTART_AFTER_MS = 3000;

/** Mutable state of a replay; `active` is the session's own clock, which stops while paused. */
export interface ReplayState {
	status: SessionStatus;
	index: number;
	passed: number;
	/** Active ms accrued up to wall time `clock`. */
	active: number;
	clock: number;
	/** Active ms at which the current segment began. */
	segActive: number;
	segWall: number | null;
	startedAt: number | null;
	endedAt: number | null;
}

/** Hooks that let cues.ts see every instant the replay passes through, without a second pass. */
export interface ReplayObserver {
	segmentStart(index: number, at: number): void;
	/** The clock ran over offsets (from, to] of segment `index`; offset o fell at `zero + o`. */
	ran(index: number, from: number, to: number, zero: number): void;
	finished(index: number, at: number): void;
}

const isLive = (s: { status: SessionStatus }) => s.status === 'running' || s.status === 'paused';

export const isActive = (view: SessionView): boolean => isLive(view);

/** Brings a running session's clock up to `t`, rolling over every segment that ran out. */
function advance(s: ReplayState, segments: readonly Segment[], t: number, obs?: ReplayObserver) {
	if (s.status !== 'running') return;
	// Instants are computed from the values at the start of the run, never from `t`, so asking
	// about an earlier or a later `t` yields the very same instants.
	const a0 = s.active;
	const c0 = s.clock;
	s.active += t - c0;
	s.clock = t;
	for (;;) {
		const duration = segmentAt(segments, s.index).durationMs;
		const end = duration === null ? Infinity : s.segActive + duration;
		const zero = c0 - a0 + s.segActive;
		obs?.ran(
			s.index,
			Math.max(a0, s.segActive) - s.segActive,
			Math.min(s.active, end) - s.segActive,
			zero
		);
		if (s.active < end) return;
		const endWall = c0 + (end - a0);
		s.passed = Math.max(s.passed, s.index + 1);
		if (s.index === segments.length - 1) {
			s.status = 'finished';
			s.endedAt = endWall;
			s.active = end;
			obs?.finished(s.index, endWall);
			return;
		}
		s.index++;
		s.segActive = end;
		s.segWall = endWall;
		obs?.segmentStart(s.index, endWall);
	}
}

/** Applies one event at `at` (the state must already be advanced to `at`); false if illegal. */
function apply(
	s: ReplayState,
	segments: readonly Segment[],
	type: SessionEventType,
	at: number,
	obs?: ReplayObserver
): boolean {
	const jumpTo = (index: number) => {
		s.index = index;
		s.segActive = s.active;
		s.segWall = at;
		obs?.segmentStart(index, at);
	};
	const end = (status: 'finished' | 'stopped') => {
		s.status = status;
		s.endedAt = at;
		if (status === 'finished') obs?.finished(s.index, at);
	};
	if (type === 'start') {
		if (s.status !== 'not-started') return false;
		s.status = 'running';
		s.startedAt = at;
		s.clock = at;
		jumpTo(0);
		return true;
	}
	if (type === 'resume') {
		if (s.status !== 'paused') return false;
		s.status = 'running';
		s.clock = at;
		return true;
	}
	if (!isLive(s)) return false;
	switch (type) {
		case 'pause':
			if (s.status !== 'running') return false;
			s.status = 'paused';
			return true;
		case 'next':
			s.passed = Math.max(s.passed, s.index + 1);
			if (s.index === segments.length - 1) end('finished');
			else jumpTo(s.index + 1);
			return true;
		case 'previous': {
			const into = s.active - s.segActive;
			if (into > RESTART_AFTER_MS || s.index === 0) {
				if (into === 0) return false;
				jumpTo(s.index);
			} else jumpTo(s.index - 1);
			return true;
		}
		case 'finish':
			end('finished');
			return true;
		case 'stop':
			end('stopped');
			return true;
	}
}

/**
 * Replays the events that happened by `until` and runs the clock up to it. Events out of order
 * are clamped to the one before, so a clock set back between two taps cannot rewind a session.
 */
export function replay(timeline: Timeline, until: number, obs?: ReplayObserver): ReplayState {
	const segments = timeline.plan.segments;
	segmentAt(segments, 0); // an empty plan throws its PlanError here, before any replay
	const s: ReplayState = {
		status: 'not-started',
		index: 0,
		passed: 0,
		active: 0,
		clock: 0,
		segActive: 0,
		segWall: null,
		startedAt: null,
		endedAt: null
	};
	let last = -Infinity;
	for (const event of timeline.events) {
		const at = Math.max(event.at, last);
		if (at > until) break;
		last = at;
		advance(s, segments, at, obs);
		apply(s, segments, event.type, at, obs);
	}
	advance(s, segments, until, obs);
	return s;
}

export function sessionAt(timeline: Timeline, now: number): SessionView {
	const segments = timeline.plan.segments;
	const s = replay(timeline, now);
	const segment = segmentAt(segments, s.index);
	const elapsedInSegmentMs = s.active - s.segActive;
	const remainingInSegmentMs =
		segment.durationMs === null ? null : Math.max(0, segment.durationMs - elapsedInSegmentMs);
	let remainingTotalMs = remainingInSegmentMs ?? 0;
	for (let i = s.index + 1; i < segments.length; i++)
		remainingTotalMs += segments[i]?.durationMs ?? 0;
	return {
		status: s.status,
		index: s.index,
		segment,
		elapsedInSegmentMs,
		remainingInSegmentMs,
		elapsedTotalMs: s.active,
		remainingTotalMs,
		plannedTotalMs: planTotalMs(timeline.plan),
		startedAt: s.startedAt,
		endedAt: s.endedAt,
		segmentStartedAt: s.segWall,
		completedSegments: s.passed
	};
}

/**
 * Records `type` at `now` (clamped to the last event) only if it changes the session, so the
 * saved timeline never fills up with taps that did nothing.
 */
export function applyEvent(timeline: Timeline, type: SessionEventType, now: number): Timeline {
	const lastAt = timeline.events.reduce((m, e) => Math.max(m, e.at), -Infinity);
	const at = Math.max(now, lastAt);
	const state = replay(timeline, at);
	if (!apply(state, timeline.plan.segments, type, at)) return timeline;
	return { ...timeline, events: [...timeline.events, { type, at }] };
}

/**
 * Takes back a Stop: the session continues exactly where it was stopped. A session that was
 * running at the Stop counts the time since as a pause (the countdown shows what it showed);
 * one that was paused stays paused. Anything but a stopped timeline comes back unchanged.
 */
export function undoStop(timeline: Timeline, now: number): Timeline {
	const last = timeline.events[timeline.events.length - 1];
	if (last?.type !== 'stop') return timeline;
	const before: Timeline = { ...timeline, events: timeline.events.slice(0, -1) };
	const view = sessionAt(before, last.at);
	if (view.status !== 'running') return before;
	const paused = applyEvent(before, 'pause', last.at);
	return applyEvent(paused, 'resume', Math.max(now, last.at));
}

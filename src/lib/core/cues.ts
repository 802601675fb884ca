// What to announce and when: the cues due between two instants, and what happened in a gap. Codes
// only: the voice (state/session-voice.ts) says them in the page's language.
import type { Segment, Timeline } from './model';
import { isActive, replay, sessionAt } from './timeline';

interface CueBase {
	/** The exact wall-clock instant the cue fell due. */
	at: number;
	/** Segment the cue belongs to. */
	index: number;
}

type CueBody =
	| { type: 'segment-start' }
	/** The segment's own line, when it has one (`Segment.halfwayCue`), or "Halfway". */
	| { type: 'halfway' }
	| { type: 'ten-seconds' }
	| { type: 'countdown'; count: 3 | 2 | 1 }
	| { type: 'finished' };

export type Cue = CueBase & CueBody;

type Offset = { offset: number; cue: Exclude<CueBody, { type: 'segment-start' | 'finished' }> };

/** Cues inside a segment, by offset from its start, in order. Short segments get fewer. */
function offsetsOf(segment: Segment | undefined): Offset[] {
	const d = segment?.durationMs;
	if (d === null || d === undefined) return [];
	const out: Offset[] = [];
	if (d >= 60_000) out.push({ offset: d / 2, cue: { type: 'halfway' } });
	if (d >= 20_000) out.push({ offset: d - 10_000, cue: { type: 'ten-seconds' } });
	if (d >= 5_000) {
		for (const count of [3, 2, 1] as const) {
			out.push({ offset: d - count * 1000, cue: { type: 'countdown', count } });
		}
	}
	return out;
}

/**
 * Cues due in (from, to], in order. Half-open so that consecutive polls never miss or repeat
 * one: cuesBetween(a, b) followed by cuesBetween(b, c) is exactly cuesBetween(a, c).
 */
export function cuesBetween(timeline: Timeline, from: number, to: number): Cue[] {
	const out: Cue[] = [];
	if (!(to > from)) return out;
	const segments = timeline.plan.segments;
	replay(timeline, to, {
		segmentStart(index, at) {
			if (at > from) out.push({ type: 'segment-start', at, index });
		},
		ran(index, lo, hi, zero) {
			if (zero + hi <= from) return;
			for (const { offset, cue } of offsetsOf(segments[index])) {
				const at = zero + offset;
				if (offset > lo && offset <= hi && at > from) out.push({ ...cue, at, index });
			}
		},
		finished(index, at) {
			if (at > from) out.push({ type: 'finished', at, index });
		}
	});
	return out;
}

/**
 * What happened while the page was hidden or the device slept: the session ended (`finished`,
 * with the segment that ended it, or `stopped`), or it moved on (`moved`: segment `ended` ended
 * `agoMs` ago and segment `now` runs). Say "Ice ended 3 minutes ago — now letting the skin warm up."
 */
export type GapSummary =
	| { code: 'finished'; ended: number; agoMs: number }
	| { code: 'stopped'; agoMs: number }
	| { code: 'moved'; ended: number; now: number; agoMs: number };

/** What happened between `from` and `to`; null when the session moved on to nothing new. */
export function summarizeGap(timeline: Timeline, from: number, to: number): GapSummary | null {
	if (!(to > from)) return null;
	const before = sessionAt(timeline, from);
	const after = sessionAt(timeline, to);
	if (!isActive(before)) return null;
	if (after.endedAt !== null) {
		const agoMs = to - after.endedAt;
		return after.status === 'finished'
			? { code: 'finished', ended: after.index, agoMs }
			: { code: 'stopped', agoMs };
	}
	if (after.index <= before.index || after.segmentStartedAt === null) return null;
	const ended: Segment | undefined = timeline.plan.segments[after.index - 1];
	if (!ended) return null;
	return {
		code: 'moved',
		ended: after.index - 1,
		now: after.index,
		agoMs: to - after.segmentStartedAt
	};
}

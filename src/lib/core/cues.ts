// What to announce and when: the cues due between two instants, and a sentence for a gap.
import { PHASE_NAMES } from './compile';
import { formatAgo } from './format';
import type { Segment, SegmentKind, Timeline } from './model';
import { isActive, replay, sessionAt } from './timeline';

interface CueBase {
	/** The exact wall-clock instant the cue fell due. */
	at: number;
	/** Segment the cue belongs to. */
	index: number;
}

type CueBody =
	| { type: 'segment-start'; text: string }
	/** `text` is the segment's halfwayCue, when it has one. */
	| { type: 'halfway'; text?: string }
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
	if (d >= 60_000) out.push({ offset: d / 2, cue: { type: 'halfway', text: segment?.halfwayCue } });
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
			const text = segments[index]?.cue ?? '';
			if (at > from) out.push({ type: 'segment-start', at, index, text });
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

/** The name that reads well before "ended": "Ice", "Get ready", "Child's pose (left)". */
const ENDED_NAMES: Partial<Record<SegmentKind, string>> = {
	...PHASE_NAMES,
	'lead-in': 'Get ready'
};
const endedName = (segment: Segment) => ENDED_NAMES[segment.kind] ?? segment.label;

const NOW_PHRASES: Partial<Record<SegmentKind, string>> = {
	'lead-in': 'getting ready',
	'switch-sides': 'switching sides',
	rest: 'resting',
	ice: 'ice on',
	'warm-up': 'letting the skin warm up',
	heat: 'heat on',
	relax: 'resting',
	walk: 'walking'
};

/**
 * One sentence on what happened while the page was hidden or the device slept, for example
 * "Ice ended 3 minutes ago — now letting the skin warm up."; null when the session moved on to nothing new.
 */
export function summarizeGap(timeline: Timeline, from: number, to: number): string | null {
	if (!(to > from)) return null;
	const before = sessionAt(timeline, from);
	const after = sessionAt(timeline, to);
	if (!isActive(before)) return null;
	if (after.endedAt !== null) {
		const ago = formatAgo(to - after.endedAt);
		return after.status === 'finished'
			? `${endedName(after.segment)} ended ${ago} — session complete.`
			: `Session stopped ${ago}.`;
	}
	if (after.index <= before.index || after.segmentStartedAt === null) return null;
	const ended = timeline.plan.segments[after.index - 1];
	if (!ended) return null;
	const now = NOW_PHRASES[after.segment.kind] ?? after.segment.label;
	return `${endedName(ended)} ended ${formatAgo(to - after.segmentStartedAt)} — now ${now}.`;
}

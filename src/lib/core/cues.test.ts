import { describe, expect, it } from 'vitest';
import { compileProgram } from './compile';
import { cuesBetween, summarizeGap, type Cue } from './cues';
import type { Plan, Segment, SessionEventType, Timeline } from './model';
import { segmentPlan, timer } from './testing';
import { applyEvent } from './timeline';

const S = 1000;
const MIN = 60 * S;
const T0 = 1_700_000_000_000;

const plan = (...segments: Partial<Segment>[]): Plan => segmentPlan(segments);

function play(p: Plan, ...events: [SessionEventType, number][]): Timeline {
	return events.reduce<Timeline>((tl, [type, s]) => applyEvent(tl, type, T0 + s * S), {
		id: 'tl',
		plan: p,
		events: []
	});
}

/** Cues as [type, seconds after T0, index] for readable expectations. */
const brief = (cues: Cue[]) =>
	cues.map((c) => [
		c.type === 'countdown' ? `countdown ${c.count}` : c.type,
		(c.at - T0) / S,
		c.index
	]);

describe('cuesBetween', () => {
	it('announces a 30 s hold: start, ten seconds left, 3-2-1, then finished', () => {
		const tl = play(plan({ durationMs: 30 * S }), ['start', 0]);
		const cues = cuesBetween(tl, T0 - 1, T0 + 60 * S);
		expect(brief(cues)).toEqual([
			['segment-start', 0, 0],
			['ten-seconds', 20, 0],
			['countdown 3', 27, 0],
			['countdown 2', 28, 0],
			['countdown 1', 29, 0],
			['finished', 30, 0]
		]);
		expect(cues[0]).toEqual({ type: 'segment-start', at: T0, index: 0 });
	});

	it('gives short segments fewer cues', () => {
		const tl = play(plan({ durationMs: 4 * S }, { durationMs: 5 * S }, { durationMs: 19 * S }), [
			'start',
			0
		]);
		const types = cuesBetween(tl, T0 - 1, T0 + MIN).map((c) => `${c.index}:${c.type}`);
		expect(types).toEqual([
			'0:segment-start',
			'1:segment-start',
			'1:countdown',
			'1:countdown',
			'1:countdown',
			'2:segment-start',
			'2:countdown',
			'2:countdown',
			'2:countdown',
			'2:finished'
		]);
	});

	it('says the halfway cue on long segments', () => {
		const walk = { kind: 'walk', durationMs: 10 * MIN, halfwayCue: 'Turn around.' } as const;
		const tl = play(plan(walk, { durationMs: MIN }), ['start', 0]);
		const halfway = cuesBetween(tl, T0, T0 + 20 * MIN).filter((c) => c.type === 'halfway');
		expect(halfway).toEqual([
			{ type: 'halfway', at: T0 + 5 * MIN, index: 0 },
			{ type: 'halfway', at: T0 + 10 * MIN + 30 * S, index: 1 }
		]);
	});

	it('is half-open: a cue exactly at `from` belongs to the poll before', () => {
		const tl = play(plan({ durationMs: 30 * S }), ['start', 0]);
		expect(brief(cuesBetween(tl, T0 + 27 * S, T0 + 28 * S))).toEqual([['countdown 2', 28, 0]]);
		expect(cuesBetween(tl, T0 + 20 * S, T0 + 20 * S)).toEqual([]);
	});

	it('holds cues while paused and shifts them by the pause', () => {
		const tl = play(plan({ durationMs: 30 * S }), ['start', 0], ['pause', 10], ['resume', 100]);
		expect(cuesBetween(tl, T0 + 1, T0 + 100 * S)).toEqual([]);
		expect(brief(cuesBetween(tl, T0 + 100 * S, T0 + 200 * S))[0]).toEqual(['ten-seconds', 110, 0]);
	});

	it('says a cue once when the pause came after it', () => {
		const tl = play(plan({ durationMs: 30 * S }), ['start', 0], ['pause', 25], ['resume', 100]);
		expect(brief(cuesBetween(tl, T0 - 1, T0 + 200 * S))).toEqual([
			['segment-start', 0, 0],
			['ten-seconds', 20, 0],
			['countdown 3', 102, 0],
			['countdown 2', 103, 0],
			['countdown 1', 104, 0],
			['finished', 105, 0]
		]);
	});

	it('skipped segments say nothing more; Next starts the next one at once', () => {
		const tl = play(
			plan({ durationMs: 30 * S }, { durationMs: 30 * S }),
			['start', 0],
			['next', 5]
		);
		expect(brief(cuesBetween(tl, T0, T0 + 34 * S))).toEqual([
			['segment-start', 5, 1],
			['ten-seconds', 25, 1],
			['countdown 3', 32, 1],
			['countdown 2', 33, 1],
			['countdown 1', 34, 1]
		]);
	});

	it('a restarted segment starts again and counts down again', () => {
		const tl = play(plan({ durationMs: 30 * S }), ['start', 0], ['previous', 28.5]);
		const cues = brief(cuesBetween(tl, T0, T0 + 60 * S));
		expect(cues.filter(([t]) => t === 'segment-start')).toEqual([['segment-start', 28.5, 0]]);
		expect(cues.filter(([t]) => t === 'countdown 2')).toEqual([
			['countdown 2', 28, 0],
			['countdown 2', 56.5, 0]
		]);
	});

	it('says nothing on Stop, and finished on Finish', () => {
		const stopped = play(plan({ durationMs: 30 * S }), ['start', 0], ['stop', 5]);
		expect(cuesBetween(stopped, T0, T0 + MIN)).toEqual([]);
		const finished = play(plan({ durationMs: 30 * S }), ['start', 0], ['finish', 5]);
		expect(brief(cuesBetween(finished, T0, T0 + MIN))).toEqual([['finished', 5, 0]]);
	});

	it('lists what a sleeping phone missed, in order', () => {
		const tl = play(compileProgram(timer({ title: 'Ice' })), ['start', 0]);
		const cues = cuesBetween(tl, T0 + 5 * MIN, T0 + 25 * MIN);
		expect(cues.map((c) => c.type)).toEqual([
			'halfway',
			'ten-seconds',
			'countdown',
			'countdown',
			'countdown',
			'segment-start'
		]);
		expect(cues.at(-1)).toMatchObject({ at: T0 + 20 * MIN, index: 1 });
	});
});

describe('summarizeGap', () => {
	const icePlan = compileProgram(timer({ title: 'Ice', rounds: 2 }));

	it('tells what ended and what is on now', () => {
		const tl = play(icePlan, ['start', 0]);
		expect(summarizeGap(tl, T0 + 10 * MIN, T0 + 23 * MIN)).toEqual({
			code: 'moved',
			ended: 0,
			now: 1,
			agoMs: 3 * MIN
		});
		expect(summarizeGap(tl, T0 + 30 * MIN, T0 + 41 * MIN)).toEqual({
			code: 'moved',
			ended: 1,
			now: 2,
			agoMs: MIN
		});
	});

	it('names the steps by their place in the plan', () => {
		const p = plan(
			{ label: "Child's pose", durationMs: 30 * S },
			{ label: 'Knee to chest (left)', durationMs: 60 * S }
		);
		const tl = play(p, ['start', 0]);
		expect(summarizeGap(tl, T0 + 10 * S, T0 + 70 * S)).toEqual({
			code: 'moved',
			ended: 0,
			now: 1,
			agoMs: 40 * S
		});
	});

	it('reports the end of the session', () => {
		const tl = play(icePlan, ['start', 0]);
		expect(summarizeGap(tl, T0 + 70 * MIN, T0 + 82 * MIN)).toEqual({
			code: 'finished',
			ended: 3,
			agoMs: 2 * MIN
		});
		const stopped = play(icePlan, ['start', 0], ['stop', 15 * 60]);
		expect(summarizeGap(stopped, T0 + 10 * MIN, T0 + 20 * MIN)).toEqual({
			code: 'stopped',
			agoMs: 5 * MIN
		});
	});

	it('is null when nothing changed', () => {
		const tl = play(icePlan, ['start', 0]);
		expect(summarizeGap(tl, T0 + MIN, T0 + 15 * MIN)).toBeNull();
		const paused = play(icePlan, ['start', 0], ['pause', 60]);
		expect(summarizeGap(paused, T0 + 2 * MIN, T0 + 90 * MIN)).toBeNull();
		const ended = play(icePlan, ['start', 0], ['stop', 60]);
		expect(summarizeGap(ended, T0 + 2 * MIN, T0 + 90 * MIN)).toBeNull();
	});
});

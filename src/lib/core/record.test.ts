import { describe, expect, it } from 'vitest';
import { compileProgram } from './compile';
import type { Phase, Plan, Program, Timeline } from './model';
import { activityOfPlan, mergeEnded, toRecord } from './record';
import { segmentPlan } from './testing';
import { applyEvent } from './timeline';

const T0 = 1_700_000_000_000;
const program = (...phases: Phase[]): Program => ({
	id: 'p',
	title: 'Timer',
	purpose: '',
	rounds: 2,
	phases
});

describe('activityOfPlan', () => {
	it('names the main activity', () => {
		const ice = { kind: 'ice', seconds: 1200 } as const;
		const warm = { kind: 'warm-up', seconds: 1200 } as const;
		const heat = { kind: 'heat', seconds: 900 } as const;
		const walk = { kind: 'walk', seconds: 600 } as const;
		const relax = { kind: 'relax', seconds: 300 } as const;
		expect(activityOfPlan(compileProgram(program(ice, warm)))).toBe('ice');
		expect(activityOfPlan(compileProgram(program(heat)))).toBe('heat');
		expect(activityOfPlan(compileProgram(program(ice, heat)))).toBe('contrast');
		expect(activityOfPlan(compileProgram(program(walk, relax)))).toBe('walk');
		expect(activityOfPlan(compileProgram(program(relax)))).toBe('relax');
		// More time lying down than walking: a rest with a stroll, not a walk.
		expect(activityOfPlan(compileProgram(program({ ...walk, seconds: 300 }, relax, relax)))).toBe(
			'relax'
		);
	});

	it('names a demo of exercises stretching, recorded as a routine, and a demo of ice a timer', () => {
		const demo = (plan: Plan): Plan => ({
			...plan,
			source: { type: 'demo', id: 'demo', builtIn: true }
		});
		const stretches = demo(segmentPlan([{ durationMs: 30_000 }, { durationMs: 30_000 }]));
		expect(activityOfPlan(stretches)).toBe('stretch');
		const ran = (plan: Plan) =>
			toRecord(applyEvent({ id: 'd', plan, events: [] }, 'start', T0), T0 + 1_000);
		expect(ran(stretches)).toMatchObject({ kind: 'routine', activity: 'stretch' });
		const ice = demo(compileProgram(program({ kind: 'ice', seconds: 60 })));
		expect(ran(ice)).toMatchObject({ kind: 'timer', activity: 'ice' });
	});
});

describe('toRecord', () => {
	const plan: Plan = compileProgram(program({ kind: 'ice', seconds: 60 }));
	const start = (): Timeline => applyEvent({ id: 'rec', plan, events: [] }, 'start', T0);

	it('records a timer that ran out as completed', () => {
		const tl = applyEvent(applyEvent(start(), 'pause', T0 + 10_000), 'resume', T0 + 40_000);
		// Exactly these fields: no rating is recorded as given when none was.
		expect(toRecord(tl, T0 + 999_000)).toStrictEqual({
			id: 'rec',
			kind: 'timer',
			sourceId: 'p',
			title: 'Timer',
			activity: 'ice',
			startedAt: T0,
			endedAt: T0 + 150_000,
			activeMs: 120_000,
			plannedMs: 120_000,
			completedSegments: 2,
			totalSegments: 2,
			completed: true,
			updatedAt: T0 + 999_000
		});
	});

	it('carries the rating given before the clock started', () => {
		expect(toRecord({ ...start(), painBefore: 6 }, T0 + 1_000).painBefore).toBe(6);
	});

	it('records a stopped session as not completed, with what was done', () => {
		const tl = applyEvent(start(), 'stop', T0 + 90_000);
		expect(toRecord(tl, T0 + 100_000)).toMatchObject({
			endedAt: T0 + 90_000,
			activeMs: 90_000,
			completedSegments: 1,
			completed: false
		});
	});

	it('counts Finish as completed, and a running session as ending now', () => {
		expect(toRecord(applyEvent(start(), 'finish', T0 + 5000), T0 + 9000).completed).toBe(true);
		expect(toRecord(start(), T0 + 5000)).toMatchObject({ endedAt: T0 + 5000, completed: false });
	});

	it('records routines as stretching', () => {
		const routinePlan: Plan = { ...plan, source: { type: 'routine', id: 'r', builtIn: true } };
		const tl = applyEvent({ id: 'r1', plan: routinePlan, events: [] }, 'start', T0);
		expect(toRecord(tl, T0 + 1000)).toMatchObject({ kind: 'routine', activity: 'stretch' });
	});
});

describe('mergeEnded', () => {
	const plan = compileProgram(program({ kind: 'ice', seconds: 60 }));
	const start = (): Timeline => applyEvent({ id: 'rec', plan, events: [] }, 'start', T0);
	// Made inside each test: a fault in toRecord then fails these tests, which the mutation run
	// counts; a file that fails while it loads counts for nothing there.
	const ended = () => toRecord(start(), T0 + 5_000);
	it("keeps ratings and a note stored by another tab, and the timeline's rating", () => {
		const base = ended();
		const merged = mergeEnded(base, {
			existing: { ...base, painAfter: 2, note: 'easier' },
			timeline: { ...start(), painBefore: 7 }
		});
		expect(merged).toMatchObject({ painBefore: 7, painAfter: 2, note: 'easier' });
	});
	it('adds nothing when nothing was rated or noted anywhere', () => {
		const base = ended();
		expect(mergeEnded(base, {})).toStrictEqual(base);
		expect(mergeEnded(base, { existing: base, timeline: start() })).toStrictEqual(base);
	});
	it("the new record's own figures and ratings win", () => {
		const base = ended();
		const merged = mergeEnded(
			{ ...base, painBefore: 3, activeMs: 5_000 },
			{ existing: { ...base, painBefore: 8, activeMs: 1_000 } }
		);
		expect(merged).toMatchObject({ painBefore: 3, activeMs: 5_000 });
	});
});

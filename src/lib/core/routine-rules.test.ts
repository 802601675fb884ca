// The editor's rules: each limit, its message and the field it belongs to; and the sentence that
// names a routine coming in beyond them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoutineStep } from './model';
import {
	routineBeyond,
	validateRoutine,
	type RoutineBeyond,
	type RoutineDraft
} from './routine-rules';
import { ROUTINE_LIMITS } from './plan-limits';

const known = (id: string) => ['childs-pose', 'cat-cow', 'sphinx'].includes(id);
const hold = (seconds: number, rest = 10): RoutineStep => ({
	exerciseId: 'childs-pose',
	hold: { seconds },
	perSide: false,
	restAfterSeconds: rest
});
const reps = (count: number, secondsPerRep = 5): RoutineStep => ({
	exerciseId: 'cat-cow',
	hold: { reps: count, secondsPerRep },
	perSide: true,
	restAfterSeconds: 0
});
const draft = (over: Partial<RoutineDraft> = {}): RoutineDraft => ({
	title: 'Evening',
	purpose: '',
	steps: [hold(30), reps(6)],
	...over
});
const check = (d: RoutineDraft) => validateRoutine(d, known);

describe('validateRoutine', () => {
	it('accepts a sensible routine, and every value at its limits', () => {
		expect(check(draft())).toEqual([]);
		const L = ROUTINE_LIMITS;
		expect(
			check(
				draft({
					title: 'x'.repeat(L.titleMax),
					purpose: 'y'.repeat(L.purposeMax),
					steps: [
						hold(L.holdSeconds.min, L.restSeconds.min),
						hold(L.holdSeconds.max, L.restSeconds.max),
						reps(L.reps.min, L.secondsPerRep.min),
						reps(L.reps.max, L.secondsPerRep.max)
					]
				})
			)
		).toEqual([]);
		expect(check(draft({ steps: Array.from({ length: L.stepsMax }, () => hold(30)) }))).toEqual([]);
	});

	it('requires a name of at most 80 characters, ignoring surrounding spaces', () => {
		expect(check(draft({ title: '' }))).toEqual([{ field: 'title', code: 'title-missing' }]);
		expect(check(draft({ title: '   ' }))).toEqual([{ field: 'title', code: 'title-missing' }]);
		expect(check(draft({ title: '\u200b\u200d' }))).toEqual([
			{ field: 'title', code: 'title-missing' }
		]);
		expect(check(draft({ title: 'x'.repeat(81) }))).toEqual([
			{ field: 'title', code: 'title-long' }
		]);
		expect(check(draft({ title: `  ${'x'.repeat(80)}  ` }))).toEqual([]);
	});

	it('caps the notes', () => {
		expect(check(draft({ purpose: 'y'.repeat(281) }))).toEqual([
			{ field: 'purpose', code: 'purpose-long' }
		]);
	});

	it('needs 1 to 40 steps', () => {
		expect(check(draft({ steps: [] }))).toEqual([{ field: 'steps', code: 'steps-missing' }]);
		const many = check(draft({ steps: Array.from({ length: 41 }, () => hold(30)) }));
		expect(many).toEqual([{ field: 'steps', code: 'steps-many' }]);
	});

	it('holds 5 to 300 whole seconds', () => {
		for (const bad of [4, 301, 0, -5, 12.5, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(check(draft({ steps: [hold(30), hold(bad)] })), String(bad)).toEqual([
				{ field: 'hold', step: 1, code: 'hold' }
			]);
		}
	});

	it('counts 1 to 30 repetitions of 1 to 30 whole seconds each', () => {
		for (const bad of [0, 31, 2.5, Number.NaN]) {
			expect(check(draft({ steps: [reps(bad)] })), String(bad)).toEqual([
				{ field: 'reps', step: 0, code: 'reps' }
			]);
		}
		for (const bad of [0, 31, 4.5]) {
			expect(check(draft({ steps: [reps(5, bad)] })), String(bad)).toEqual([
				{ field: 'reps', step: 0, code: 'seconds-per-rep' }
			]);
		}
	});

	it('rests 0 to 120 whole seconds', () => {
		for (const bad of [-1, 121, 1.5, Number.NaN]) {
			expect(check(draft({ steps: [hold(30, bad)] })), String(bad)).toEqual([
				{ field: 'rest', step: 0, code: 'rest' }
			]);
		}
	});

	it('refuses an exercise the library does not have', () => {
		const step = { ...hold(30), exerciseId: 'headstand' };
		expect(check(draft({ steps: [hold(30), step] }))).toEqual([
			{ field: 'exercise', step: 1, code: 'exercise-unknown' }
		]);
	});

	it('lists every issue in form order, each with its step', () => {
		const issues = check(draft({ title: '', steps: [hold(2, 500), reps(99)] }));
		expect(issues).toEqual([
			{ field: 'title', code: 'title-missing' },
			{ field: 'hold', step: 0, code: 'hold' },
			{ field: 'rest', step: 0, code: 'rest' },
			{ field: 'reps', step: 1, code: 'reps' }
		]);
	});
});

describe('routineBeyond', () => {
	const beyond = (d: RoutineDraft) => routineBeyond(d, known);

	it('says nothing of a routine within every limit', () => {
		const L = ROUTINE_LIMITS;
		expect(beyond(draft())).toBeNull();
		expect(beyond(draft({ steps: Array.from({ length: L.stepsMax }, () => hold(30)) }))).toBeNull();
	});

	it('names what the routine holds, one limit at a time', () => {
		const cases: [Partial<RoutineDraft>, RoutineBeyond][] = [
			[{ title: ' \u200b' }, { code: 'title-missing' }],
			[{ title: 'x'.repeat(81) }, { code: 'title-long', count: 81 }],
			[{ purpose: 'y'.repeat(281) }, { code: 'purpose-long', count: 281 }],
			[{ steps: [] }, { code: 'steps-missing' }],
			[{ steps: Array.from({ length: 100 }, () => hold(30)) }, { code: 'steps-many', count: 100 }],
			[
				{ steps: [hold(30), { ...hold(30), exerciseId: 'headstand' }] },
				{ code: 'exercise-unknown', step: 1 }
			],
			[{ steps: [hold(3600)] }, { code: 'hold', step: 0, value: 3600 }],
			[{ steps: [hold(12.5)] }, { code: 'hold', step: 0, value: 12.5 }],
			[{ steps: [reps(0)] }, { code: 'reps', step: 0, value: 0 }],
			[{ steps: [reps(5, 31)] }, { code: 'seconds-per-rep', step: 0, value: 31 }],
			[{ steps: [hold(30, 121)] }, { code: 'rest', step: 0, value: 121 }]
		];
		for (const [over, code] of cases) expect(beyond(draft(over))).toEqual(code);
	});

	it('leaves exercises alone unless asked to check them', () => {
		const other = draft({ steps: [{ ...hold(300, 0), exerciseId: 'retired', untimed: true }] });
		expect(routineBeyond(other)).toBeNull();
		expect(routineBeyond({ ...other, steps: [reps(5, 0)] })).toEqual({
			code: 'seconds-per-rep',
			step: 0,
			value: 0
		});
	});

	it('refuses exactly what the editor refuses', () => {
		const L = ROUTINE_LIMITS;
		const near = (r: { min: number; max: number }) =>
			fc.oneof(
				fc.integer({ min: r.min - 2, max: r.max + 2 }),
				fc.constantFrom(r.min + 0.5, r.max + 0.5)
			);
		const step: fc.Arbitrary<RoutineStep> = fc.record({
			exerciseId: fc.constantFrom('childs-pose', 'cat-cow', 'headstand'),
			hold: fc.oneof(
				fc.record({ seconds: near(L.holdSeconds) }),
				fc.record({ reps: near(L.reps), secondsPerRep: near(L.secondsPerRep) })
			),
			perSide: fc.boolean(),
			restAfterSeconds: near(L.restSeconds)
		});
		const routine = fc.record({
			title: fc.oneof(fc.constantFrom('', ' ', 'Evening', 'x'.repeat(81)), fc.string()),
			purpose: fc.oneof(fc.constant('y'.repeat(281)), fc.string()),
			steps: fc.array(step, { maxLength: L.stepsMax + 3 })
		});
		fc.assert(
			fc.property(routine, (r) => {
				expect(beyond(r) === null).toBe(check(r).length === 0);
			})
		);
	});
});

// The editor's rules: each limit, its message and the field it belongs to.
import { describe, expect, it } from 'vitest';
import type { RoutineStep } from './model';
import {
	issueSummary,
	MESSAGES,
	ROUTINE_LIMITS,
	validateRoutine,
	type RoutineDraft
} from './routine-rules';

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
		expect(check(draft({ title: '' }))).toEqual([
			{ field: 'title', message: MESSAGES.titleMissing }
		]);
		expect(check(draft({ title: '   ' }))).toEqual([
			{ field: 'title', message: MESSAGES.titleMissing }
		]);
		expect(check(draft({ title: '\u200b\u200d' }))).toEqual([
			{ field: 'title', message: MESSAGES.titleMissing }
		]);
		expect(check(draft({ title: 'x'.repeat(81) }))).toEqual([
			{ field: 'title', message: MESSAGES.titleLong }
		]);
		expect(check(draft({ title: `  ${'x'.repeat(80)}  ` }))).toEqual([]);
		expect(MESSAGES.titleLong).toContain('80');
	});

	it('caps the notes', () => {
		expect(check(draft({ purpose: 'y'.repeat(281) }))).toEqual([
			{ field: 'purpose', message: MESSAGES.purposeLong }
		]);
	});

	it('needs 1 to 40 steps', () => {
		expect(check(draft({ steps: [] }))).toEqual([
			{ field: 'steps', message: MESSAGES.stepsMissing }
		]);
		const many = check(draft({ steps: Array.from({ length: 41 }, () => hold(30)) }));
		expect(many).toEqual([{ field: 'steps', message: MESSAGES.stepsMany }]);
		expect(MESSAGES.stepsMany).toContain('40');
	});

	it('holds 5 to 300 whole seconds', () => {
		for (const bad of [4, 301, 0, -5, 12.5, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(check(draft({ steps: [hold(30), hold(bad)] })), String(bad)).toEqual([
				{ field: 'hold', step: 1, message: MESSAGES.hold }
			]);
		}
		expect(MESSAGES.hold).toMatch(/5 to 300 seconds/);
	});

	it('counts 1 to 30 repetitions of 1 to 30 whole seconds each', () => {
		for (const bad of [0, 31, 2.5, Number.NaN]) {
			expect(check(draft({ steps: [reps(bad)] })), String(bad)).toEqual([
				{ field: 'reps', step: 0, message: MESSAGES.reps }
			]);
		}
		for (const bad of [0, 31, 4.5]) {
			expect(check(draft({ steps: [reps(5, bad)] })), String(bad)).toEqual([
				{ field: 'reps', step: 0, message: MESSAGES.secondsPerRep }
			]);
		}
		expect(MESSAGES.reps).toMatch(/1 to 30 repetitions/);
	});

	it('rests 0 to 120 whole seconds', () => {
		for (const bad of [-1, 121, 1.5, Number.NaN]) {
			expect(check(draft({ steps: [hold(30, bad)] })), String(bad)).toEqual([
				{ field: 'rest', step: 0, message: MESSAGES.rest }
			]);
		}
		expect(MESSAGES.rest).toMatch(/0 to 120 seconds/);
	});

	it('refuses an exercise the library does not have', () => {
		const step = { ...hold(30), exerciseId: 'headstand' };
		expect(check(draft({ steps: [hold(30), step] }))).toEqual([
			{ field: 'exercise', step: 1, message: MESSAGES.exerciseUnknown }
		]);
	});

	it('lists every issue in form order and names the step in the summary', () => {
		const issues = check(draft({ title: '', steps: [hold(2, 500), reps(99)] }));
		expect(issues.map(issueSummary)).toEqual([
			MESSAGES.titleMissing,
			`Step 1: ${MESSAGES.hold}`,
			`Step 1: ${MESSAGES.rest}`,
			`Step 2: ${MESSAGES.reps}`
		]);
	});
});

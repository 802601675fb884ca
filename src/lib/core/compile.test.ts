import { describe, expect, it } from 'vitest';
import {
	compileProgram,
	compileRoutine,
	exerciseIdAt,
	PlanError,
	planTotalMs,
	stepOf
} from './compile';
import type { Exercise, Program, Routine } from './model';
import words from '$lib/messages/cues.en';
import { step, timer } from './testing';

function exercise(id: string, name: string): Exercise {
	return {
		id,
		name,
		kind: 'stretch',
		position: 'lying-back',
		illustration: `/exercises/${id}.svg`,
		illustrationAlt: name,
		summary: '',
		steps: [],
		breathing: '',
		feel: '',
		stopIf: '',
		hold: { seconds: 30 },
		perSide: false,
		cue: `${name}.`
	};
}

const exercises = {
	child: exercise('child', "Child's pose"),
	knee: exercise('knee', 'Knee to chest'),
	tilt: exercise('tilt', 'Pelvic tilt')
};

const routine: Routine = {
	id: 'morning',
	title: 'Morning',
	purpose: '',
	steps: [
		step('child', { seconds: 30 }, { restAfterSeconds: 10 }),
		step('knee', { seconds: 20 }, { perSide: true }),
		step('tilt', { reps: 10, secondsPerRep: 3 }, { restAfterSeconds: 15 })
	]
};

describe('compileRoutine', () => {
	it('lays out lead-in, holds, sides and rests in order', () => {
		const plan = compileRoutine(routine, exercises, {}, words);
		expect(plan.segments.map((s) => [s.kind, s.label, s.durationMs])).toEqual([
			['lead-in', "Get ready: Child's pose", 5000],
			['exercise', "Child's pose", 30_000],
			['rest', 'Rest', 10_000],
			['exercise', 'Knee to chest (left)', 20_000],
			['switch-sides', 'Switch sides', 5000],
			['exercise', 'Knee to chest (right)', 20_000],
			['exercise', 'Pelvic tilt', 30_000]
		]);
		expect(plan.segments[2]?.cue).toBe('Rest. Next: Knee to chest.');
		expect(plan.segments[4]?.cue).toBe('Switch sides');
		expect(plan.segments[3]).toMatchObject({ side: 'left', exerciseId: 'knee' });
		expect(plan.segments[6]).toMatchObject({ reps: 10, exerciseId: 'tilt' });
		expect(plan.source).toEqual({ type: 'routine', id: 'morning', builtIn: true });
		expect(planTotalMs(plan)).toBe(120_000);
	});

	it('turns an untimed step into a segment that waits for Next, keeping its reps', () => {
		const untimed: Routine = {
			...routine,
			steps: [{ ...routine.steps[2]!, untimed: true }]
		};
		const [, tilt] = compileRoutine(untimed, exercises, {}, words).segments;
		expect(tilt).toMatchObject({ label: 'Pelvic tilt', durationMs: null, reps: 10 });
	});

	it("carries an exercise's halfway cue onto each of its segments, both sides included", () => {
		const knee = { ...exercises.knee, halfwayCue: 'Let your shoulders soften.' };
		const plan = compileRoutine(routine, { ...exercises, knee }, {}, words);
		const withCue = plan.segments.filter((s) => s.halfwayCue === 'Let your shoulders soften.');
		expect(withCue.map((s) => s.label)).toEqual(['Knee to chest (left)', 'Knee to chest (right)']);
		expect(plan.segments.find((s) => s.exerciseId === 'child')?.halfwayCue).toBeUndefined();
	});

	it('accepts a Map and custom lead-in and switch times', () => {
		const plan = compileRoutine(
			routine,
			new Map(Object.entries(exercises)),
			{ leadInSeconds: 0, switchSeconds: 8 },
			words
		);
		expect(plan.segments[0]?.kind).toBe('exercise');
		expect(plan.segments.find((s) => s.kind === 'switch-sides')?.durationMs).toBe(8000);
	});

	it('marks a user routine as not built in', () => {
		const plan = compileRoutine(
			{ ...routine, updatedAt: '2025-01-01T00:00:00Z' },
			exercises,
			{},
			words
		);
		expect(plan.source).toMatchObject({ builtIn: false });
	});

	it('rejects empty routines, unknown exercises and bad numbers with a PlanError', () => {
		const code = (fn: () => unknown) => {
			try {
				fn();
			} catch (e) {
				return e instanceof PlanError ? e.code : 'other';
			}
			return 'none';
		};
		expect(code(() => compileRoutine({ ...routine, steps: [] }, exercises, {}, words))).toBe(
			'empty-plan'
		);
		const ghost = {
			exerciseId: 'ghost',
			hold: { seconds: 5 },
			perSide: false,
			restAfterSeconds: 0
		};
		expect(code(() => compileRoutine({ ...routine, steps: [ghost] }, exercises, {}, words))).toBe(
			'unknown-exercise'
		);
		const inherited = { ...ghost, exerciseId: 'toString' };
		expect(
			code(() => compileRoutine({ ...routine, steps: [inherited] }, exercises, {}, words))
		).toBe('unknown-exercise');
		const zero = { ...ghost, exerciseId: 'child', hold: { seconds: 0 } };
		expect(code(() => compileRoutine({ ...routine, steps: [zero] }, exercises, {}, words))).toBe(
			'invalid-number'
		);
	});
});

describe('compileProgram', () => {
	const contrast: Program = {
		id: 'contrast',
		title: 'Contrast',
		purpose: '',
		rounds: 2,
		phases: [
			{ kind: 'ice', seconds: 600 },
			{ kind: 'heat', seconds: 600 },
			{ kind: 'walk', seconds: 300 }
		]
	};

	it('repeats phases for each round with numbered labels and spoken cues', () => {
		const plan = compileProgram(contrast, words);
		expect(plan.segments.map((s) => s.label)).toEqual([
			'Ice — round 1 of 2',
			'Heat — round 1 of 2',
			'Walk — round 1 of 2',
			'Ice — round 2 of 2',
			'Heat — round 2 of 2',
			'Walk — round 2 of 2'
		]);
		expect(plan.segments[0]?.cue).toBe('Ice on. Wrap the pack in a cloth.');
		// Every change to heat or back to cold asks for a look at the skin first.
		expect(plan.segments[1]?.cue).toBe(
			`${words.skinCheck} Heat on. Keep a layer between skin and heat.`
		);
		expect(plan.segments[3]?.cue).toBe(`${words.skinCheck} Ice on. Wrap the pack in a cloth.`);
		expect(words.skinCheck).toMatch(/check your skin/i);
		expect(plan.segments[2]).toMatchObject({
			cue: 'Walk gently.',
			halfwayCue: 'Turn around and head back.',
			durationMs: 300_000
		});
		expect(planTotalMs(plan)).toBe(3000_000);
	});

	it('gives a single round plain labels, and short walks no turn-around', () => {
		const plan = compileProgram(
			{
				...contrast,
				rounds: 1,
				phases: [
					{ kind: 'warm-up', seconds: 60 },
					{ kind: 'relax', seconds: 60 },
					{ kind: 'walk', seconds: 119 }
				]
			},
			words
		);
		expect(plan.segments.map((s) => s.label)).toEqual(['Pack off', 'Rest', 'Walk']);
		expect(plan.segments[0]?.cue).toBe(
			'Pack off. Let the skin warm up, and check that it looks normal.'
		);
		expect(plan.segments[1]?.cue).toBe('Rest. Lie down and let your back go.');
		expect(plan.segments[2]?.halfwayCue).toBeUndefined();
	});

	it('keeps codes, not words, when it is given none: the player says every step from what it is', () => {
		const plan = compileProgram(contrast);
		expect(plan.segments.map((s) => [s.label, s.cue])).toEqual([
			['ice', 'ice'],
			['heat', 'heat'],
			['walk', 'walk'],
			['ice', 'ice'],
			['heat', 'heat'],
			['walk', 'walk']
		]);
		expect(plan.segments[2]?.halfwayCue).toBe('turn-around');
		const sided = compileRoutine(routine, exercises);
		expect(sided.segments.map((s) => [s.kind, s.label, s.cue])).toEqual([
			['lead-in', "Child's pose", "Child's pose"],
			['exercise', "Child's pose", "Child's pose."],
			['rest', 'rest', 'Knee to chest'],
			['exercise', 'Knee to chest', 'Knee to chest.'],
			['switch-sides', 'switch-sides', 'switch-sides'],
			['exercise', 'Knee to chest', 'Knee to chest.'],
			['exercise', 'Pelvic tilt', 'Pelvic tilt.']
		]);
	});

	it('throws a PlanError when there is nothing to play', () => {
		expect(() => compileProgram({ ...contrast, rounds: 0 })).toThrow(PlanError);
		expect(() => compileProgram({ ...contrast, phases: [] })).toThrow(PlanError);
	});
});

describe('stepOf', () => {
	const routine: Routine = {
		id: 'r',
		title: 'R',
		purpose: '',
		steps: [
			step('a', { seconds: 10 }, { perSide: true, restAfterSeconds: 5 }),
			step('b', { seconds: 10 })
		]
	};
	const exercises = {
		a: { id: 'a', name: 'A', cue: 'A' } as Exercise,
		b: { id: 'b', name: 'B', cue: 'B' } as Exercise
	};

	it('counts the steps the routine page lists: both sides are one, get-ready and rests none', () => {
		const plan = compileRoutine(routine, exercises, {}, words);
		// get ready, A left, switch, A right, rest, B
		const seen = plan.segments.map((_, i) => stepOf(plan, i));
		expect(seen.map((s) => s.total)).toEqual([2, 2, 2, 2, 2, 2]);
		expect(seen.map((s) => s.step)).toEqual([1, 1, 1, 1, 2, 2]);
		expect(seen.map((s) => s.upcoming)).toEqual([true, false, false, false, true, false]);
		expect(exerciseIdAt(plan, 0)).toBe('a');
		expect(exerciseIdAt(plan, 4)).toBe('b');
	});

	it('counts a timer by its phases', () => {
		const plan = compileProgram(timer({ rounds: 2, phases: [{ kind: 'ice', seconds: 60 }] }));
		expect(stepOf(plan, 1)).toEqual({ step: 2, total: 2, upcoming: false });
	});
});

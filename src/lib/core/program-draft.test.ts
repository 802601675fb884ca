import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { adviseLimits, programById as programShape } from '$lib/content/programs';
import type { Program } from './model';
import type { AdviseLimits, ProgramBeyond, ProgramDraft } from './program-draft';
import {
	checkPhaseDuration,
	draftFromProgram,
	duplicateProgram,
	newDraft,
	PHASE_KINDS,
	phaseAdvice,
	programBeyond,
	toProgram,
	validateDraft
} from './program-draft';
import { compileProgram } from './compile';
import { PROGRAM_LIMITS } from './plan-limits';
import { ProgramSchema } from './schemas';
import { programCatalog, withProgramWords } from '$lib/messages/programs';

await Promise.all([programCatalog.load('en')]);
// The advised limits with what to say in English, as an English page shows them.
const advice = (await programCatalog.load('en')).adviseLimits;
const limits = Object.fromEntries(
	Object.entries(adviseLimits).map(([kind, limit]) => [
		kind,
		{ ...limit, message: advice[kind as keyof typeof advice] }
	])
) as AdviseLimits;
// The built-in timers with their English words, as an English page shows them.
const programById = (id: string) => {
	const shape = programShape(id);
	return shape && withProgramWords('en', shape);
};

const draft = (over: Partial<ProgramDraft> = {}): ProgramDraft => ({
	title: 'Evening ice',
	purpose: '',
	rounds: 2,
	phases: [
		{ kind: 'ice', duration: '15' },
		{ kind: 'warm-up', duration: '20:00' }
	],
	...over
});

describe('checkPhaseDuration', () => {
	it('accepts 10 seconds to 2 hours, inclusive', () => {
		expect(checkPhaseDuration('0:10')).toEqual({ ok: true, seconds: 10 });
		expect(checkPhaseDuration('2:00:00')).toEqual({ ok: true, seconds: 7200 });
		expect(checkPhaseDuration('120')).toEqual({ ok: true, seconds: 7200 });
	});

	it('says which way a length is out of range', () => {
		const short = checkPhaseDuration('0:09');
		const long = checkPhaseDuration('2:00:01');
		expect(short.ok).toBe(false);
		expect(long.ok).toBe(false);
		if (!short.ok) expect(short.problem).toEqual({ code: 'too-short' });
		if (!long.ok) expect(long.problem).toEqual({ code: 'too-long' });
		const zero = checkPhaseDuration('0');
		expect(zero.ok).toBe(false);
	});
});

describe('validateDraft', () => {
	it('turns a good draft into phases in seconds, trimming the name', () => {
		const result = validateDraft(draft({ title: '  Evening ice ' }));
		expect(result).toEqual({
			ok: true,
			value: {
				title: 'Evening ice',
				purpose: '',
				rounds: 2,
				phases: [
					{ kind: 'ice', seconds: 900 },
					{ kind: 'warm-up', seconds: 1200 }
				]
			}
		});
	});

	it('reports every problem at once, each where it belongs', () => {
		const bad = draft({
			title: ' ',
			rounds: 11,
			phases: [
				{ kind: 'ice', duration: 'soon' },
				{ kind: 'heat', duration: '20' },
				{ kind: 'relax', duration: '3:00:00' }
			]
		});
		const result = validateDraft(bad);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.title).toBe('missing');
		expect(result.errors.rounds).toBe('range');
		// A name of zero-width characters only shows nothing: asked for too.
		const invisible = validateDraft(draft({ title: '\u200b\u2060' }));
		expect(!invisible.ok && invisible.errors.title).toBe('missing');
		expect(result.errors.phase[0]).toEqual({ code: 'unreadable', text: 'soon' });
		expect(result.errors.phase[1]).toBeUndefined();
		expect(result.errors.phase[2]).toEqual({ code: 'too-long' });
	});

	it('needs one to twelve phases and whole rounds from 1 to 10', () => {
		expect(validateDraft(draft({ phases: [] }))).toMatchObject({
			ok: false,
			errors: { phases: { code: 'none' } }
		});
		const many = Array.from({ length: 13 }, () => ({ kind: 'relax' as const, duration: '1' }));
		expect(validateDraft(draft({ phases: many }))).toMatchObject({
			ok: false,
			errors: { phases: { code: 'too-many', over: 1 } }
		});
		for (const rounds of [0, 1.5, NaN]) expect(validateDraft(draft({ rounds })).ok).toBe(false);
		for (const rounds of [1, 10]) expect(validateDraft(draft({ rounds })).ok).toBe(true);
	});

	it('refuses an over-long name or note and an unknown kind', () => {
		const long = 'x'.repeat(PROGRAM_LIMITS.maxTitle + 1);
		expect(validateDraft(draft({ title: long })).ok).toBe(false);
		expect(validateDraft(draft({ purpose: 'x'.repeat(501) })).ok).toBe(false);
		const odd = draft({ phases: [{ kind: 'sauna' as never, duration: '10' }] });
		const result = validateDraft(odd);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.phase[0]).toEqual({ code: 'kind' });
	});

	it('makes programs the store accepts and the engine plays', () => {
		const result = validateDraft(draft());
		if (!result.ok) throw new Error('expected a valid draft');
		const program = toProgram(result.value, {
			id: 'p1',
			now: Date.UTC(2025, 0, 2),
			basedOn: 'ice-20'
		});
		expect(program.updatedAt).toBe('2025-01-02T00:00:00.000Z');
		expect(program.basedOn).toBe('ice-20');
		expect(v.is(ProgramSchema, program)).toBe(true);
		const plan = compileProgram(program);
		expect(plan.source).toEqual({ type: 'program', id: 'p1', builtIn: false });
		expect(plan.segments.map((s) => s.durationMs)).toEqual([900e3, 1200e3, 900e3, 1200e3]);
		expect('basedOn' in toProgram(result.value, { id: 'p2', now: 0 })).toBe(false);
	});
});

describe('programBeyond', () => {
	const timer: Pick<Program, 'title' | 'purpose' | 'rounds' | 'phases'> = {
		title: 'Evening ice',
		purpose: '',
		rounds: 2,
		phases: [
			{ kind: 'ice', seconds: 900 },
			{ kind: 'warm-up', seconds: 1200 }
		]
	};

	it('says nothing of a timer within every limit, the largest the builder allows too', () => {
		const L = PROGRAM_LIMITS;
		expect(programBeyond(timer)).toBeNull();
		const phase = (seconds: number) => ({ kind: 'relax' as const, seconds });
		expect(
			programBeyond({
				title: 'x'.repeat(L.maxTitle),
				purpose: 'y'.repeat(L.maxPurpose),
				rounds: L.maxRounds,
				phases: Array.from({ length: L.maxPhases }, (_, i) =>
					phase(i % 2 ? L.minPhaseSeconds : L.maxPhaseSeconds)
				)
			})
		).toBeNull();
	});

	it('names what the timer holds, one limit at a time', () => {
		const cases: [Partial<typeof timer>, ProgramBeyond][] = [
			[{ title: '\u200b' }, { code: 'title-missing' }],
			[{ title: 'x'.repeat(81) }, { code: 'title-long', count: 81 }],
			[{ purpose: 'y'.repeat(501) }, { code: 'purpose-long', count: 501 }],
			[{ phases: [] }, { code: 'phases-missing' }],
			[
				{ phases: Array.from({ length: 13 }, () => timer.phases[0]!) },
				{ code: 'phases-many', count: 13 }
			],
			[
				{ phases: [timer.phases[0]!, { kind: 'heat', seconds: 7201 }] },
				{ code: 'phase-length', phase: 1, seconds: 7201 }
			],
			[
				{ phases: [{ kind: 'ice', seconds: 86_400 }] },
				{ code: 'phase-length', phase: 0, seconds: 86_400 }
			],
			[{ phases: [{ kind: 'walk', seconds: 9 }] }, { code: 'phase-length', phase: 0, seconds: 9 }],
			[{ phases: [{ kind: 'sauna' as never, seconds: 60 }] }, { code: 'phase-kind', phase: 0 }],
			[{ rounds: 11 }, { code: 'rounds', value: 11 }],
			[{ rounds: 0 }, { code: 'rounds', value: 0 }]
		];
		for (const [over, code] of cases) expect(programBeyond({ ...timer, ...over })).toEqual(code);
	});

	it('refuses exactly what the builder refuses', () => {
		const L = PROGRAM_LIMITS;
		const phase = fc.record({
			kind: fc.constantFrom(...PHASE_KINDS),
			seconds: fc.oneof(
				fc.integer({ min: 1, max: 86_400 }),
				fc.constantFrom(L.minPhaseSeconds - 1, L.maxPhaseSeconds + 1)
			)
		});
		const program = fc.record({
			title: fc.oneof(fc.constantFrom('', 'Ice', 'x'.repeat(81)), fc.string()),
			purpose: fc.oneof(fc.constant('y'.repeat(501)), fc.string()),
			rounds: fc.integer({ min: 0, max: L.maxRounds + 2 }),
			phases: fc.array(phase, { maxLength: L.maxPhases + 2 })
		});
		fc.assert(
			fc.property(program, (p) => {
				expect(programBeyond(p) === null).toBe(validateDraft(draftFromProgram(p)).ok);
			})
		);
	});
});

describe('phaseAdvice', () => {
	it('speaks up only past the commonly advised length, and changes nothing', () => {
		expect(phaseAdvice('ice', 20 * 60, limits)).toBeNull();
		expect(phaseAdvice('ice', 20 * 60 + 1, limits)).toBe(limits.ice.message);
		expect(phaseAdvice('heat', 45 * 60, limits)).toBe(limits.heat.message);
		expect(phaseAdvice('walk', 10 * 60, limits)).toBeNull();
		// Advice is no error: a 45-minute ice phase still validates.
		expect(validateDraft(draft({ phases: [{ kind: 'ice', duration: '45' }] })).ok).toBe(true);
	});
});

describe('drafts from programs, copies and moves', () => {
	it('round-trips a preset through the builder unchanged', () => {
		const ice = programById('ice-20')!;
		const result = validateDraft(draftFromProgram(ice));
		expect(result.ok && result.value.phases).toEqual(ice.phases);
		expect(draftFromProgram(ice).phases[0]).toEqual({ kind: 'ice', duration: '20:00' });
	});

	it('starts a new draft that is valid once named', () => {
		expect(validateDraft(newDraft()).ok).toBe(false);
		expect(validateDraft({ ...newDraft(), title: 'Rest' }).ok).toBe(true);
	});

	it('copies under a new id and name, keeping what it was based on', () => {
		const ice = programById('ice-20')!;
		const copy = duplicateProgram(ice, 'c1', 0, 'copy');
		expect(copy).toMatchObject({ id: 'c1', title: 'Ice, 20 minutes (copy)', basedOn: 'ice-20' });
		expect(copy.phases).not.toBe(ice.phases);
		const again = duplicateProgram(copy, 'c2', 0, 'copy');
		expect(again.basedOn).toBe('ice-20');
		expect(again.title).toBe('Ice, 20 minutes (copy 2)');
	});
});

// Shared links and routine files: what goes out comes back, and nothing broken gets in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoutineStep } from './model';
import { stripBidi } from './plan-limits';
import { step as routineStep } from './testing';
import { ROUTINE_LIMITS } from './plan-limits';
import { validateRoutine, type RoutineDraft } from './routine-rules';
import { shareProblemText } from '$lib/components/routine/share-words';
import en from '$lib/messages/share.en';
import type { Result } from './result';
import {
	decodeRoutine as decodeCode,
	encodePayload,
	encodeRoutine,
	MAX_FILE_BYTES,
	MAX_LINK_CHARS,
	parseRoutineFile as parseFileCode,
	payloadFromHash,
	routineFile,
	routineFileName,
	routineLink,
	SHARE_PATH,
	type ShareProblem
} from './share';

// Core says why with a code; these read the sentence English shows for it, so the tests read
// as a person does.
const said = <T>(result: Result<T, ShareProblem>): Result<T> =>
	result.ok ? result : { ok: false, error: shareProblemText('en', en, result.error) };
const decodeRoutine = (...args: Parameters<typeof decodeCode>) => said(decodeCode(...args));
const parseRoutineFile = (...args: Parameters<typeof parseFileCode>) =>
	said(parseFileCode(...args));
const LINK_ERRORS = en.link;
const FILE_ERRORS = en.file;

const ids = ['childs-pose', 'cat-cow', 'standing-back-extension'];
const known = (id: string) => ids.includes(id);
const L = ROUTINE_LIMITS;

const sample: RoutineDraft = {
	title: 'Evening ease',
	purpose: 'Before bed. Slow and quiet.',
	steps: [
		routineStep('childs-pose', { seconds: 45 }, { restAfterSeconds: 10 }),
		routineStep('cat-cow', { reps: 6, secondsPerRep: 5 }, { perSide: true })
	]
};

const int = (r: { min: number; max: number }) => fc.integer({ min: r.min, max: r.max });
const step: fc.Arbitrary<RoutineStep> = fc.record({
	exerciseId: fc.constantFrom(...ids),
	hold: fc.oneof(
		fc.record({ seconds: int(L.holdSeconds) }),
		fc.record({ reps: int(L.reps), secondsPerRep: int(L.secondsPerRep) })
	),
	perSide: fc.boolean(),
	restAfterSeconds: int(L.restSeconds)
});
const text = (min: number, max: number) =>
	fc
		.string({ unit: 'grapheme', minLength: min, maxLength: max })
		.map((s) => s.trim())
		.filter((s) => s.length >= min && s.length <= max);
const draft: fc.Arbitrary<RoutineDraft> = fc.record({
	title: text(1, L.titleMax),
	purpose: text(0, L.purposeMax),
	steps: fc.array(step, { minLength: L.stepsMin, maxLength: L.stepsMax })
});

/** The largest routine the rules allow, in the characters that cost the most to encode. */
function largest(exerciseId: string): RoutineDraft {
	return {
		title: '\u0001'.repeat(L.titleMax),
		purpose: '\u0001'.repeat(L.purposeMax),
		steps: Array.from({ length: L.stepsMax }, () => ({
			exerciseId,
			hold: { reps: L.reps.max, secondsPerRep: L.secondsPerRep.max },
			perSide: true,
			restAfterSeconds: L.restSeconds.max
		}))
	};
}

describe('links', () => {
	it('round-trip a routine', () => {
		expect(decodeRoutine(encodeRoutine(sample), known)).toEqual({ ok: true, value: sample });
	});

	it('keep a step that waits for Next', () => {
		const waiting = { ...sample, steps: sample.steps.map((s) => ({ ...s, untimed: true })) };
		expect(decodeRoutine(encodeRoutine(waiting), known)).toEqual({ ok: true, value: waiting });
		expect(parseRoutineFile(routineFile(waiting), known)).toEqual({ ok: true, value: waiting });
	});

	it('strip bidirectional controls from any name and note, so a name cannot pose as another', () => {
		const bidi = fc.constantFrom(
			'\u202e',
			'\u202d',
			'\u2066',
			'\u2067',
			'\u2068',
			'\u2069',
			'\u200f',
			'\u061c'
		);
		const spiked = (s: string) =>
			fc
				.array(fc.tuple(fc.nat({ max: s.length }), bidi), { minLength: 1, maxLength: 4 })
				.map((cuts) => cuts.reduce((out, [at, c]) => out.slice(0, at) + c + out.slice(at), s));
		fc.assert(
			fc.property(
				draft.chain((d) => fc.tuple(fc.constant(d), spiked(d.title), spiked(d.purpose))),
				([d, title, purpose]) => {
					const decoded = decodeRoutine(encodeRoutine({ ...d, title, purpose }), known);
					expect(decoded.ok).toBe(true);
					if (!decoded.ok) return;
					expect(decoded.value.title).toBe(stripBidi(title).trim());
					expect(decoded.value.title).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
					expect(decoded.value.purpose).not.toMatch(
						/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/
					);
				}
			)
		);
	});

	it('round-trip any routine the rules allow, which the rules then accept', () => {
		fc.assert(
			fc.property(draft, (d) => {
				const payload = encodeRoutine(d);
				expect(payload.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
				const decoded = decodeRoutine(payload, known);
				expect(decoded).toEqual({ ok: true, value: d });
				if (decoded.ok) expect(validateRoutine(decoded.value, known)).toEqual([]);
			})
		);
	});

	it('fit the largest routine the rules allow under the cap', () => {
		const payload = encodeRoutine(largest('standing-back-extension'));
		expect(payload.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
		expect(decodeRoutine(payload, known).ok).toBe(true);
	});

	it('travel in the fragment of a link to the shared page, in URL-safe characters', () => {
		const link = routineLink('https://limber.example', sample);
		const url = new URL(link);
		expect(url.origin + url.pathname).toBe(`https://limber.example${SHARE_PATH}`);
		expect(url.search).toBe('');
		expect(url.hash).toMatch(/^#r=[A-Za-z0-9_-]+$/);
		expect(decodeRoutine(payloadFromHash(url.hash), known)).toEqual({ ok: true, value: sample });
		expect(payloadFromHash('')).toBeNull();
		expect(payloadFromHash('#x=1')).toBeNull();
	});

	it('trim names and notes, and leave out empty notes', () => {
		const spaced = { ...sample, title: '  Evening  ', purpose: '   ' };
		const decoded = decodeRoutine(encodeRoutine(spaced), known);
		expect(decoded).toEqual({ ok: true, value: { ...sample, title: 'Evening', purpose: '' } });
	});

	it('refuse a missing or oversized payload', () => {
		expect(decodeRoutine(null, known)).toEqual({ ok: false, error: LINK_ERRORS.missing });
		expect(decodeRoutine('', known)).toEqual({ ok: false, error: LINK_ERRORS.missing });
		expect(decodeRoutine('A'.repeat(MAX_LINK_CHARS + 1), known)).toEqual({
			ok: false,
			error: LINK_ERRORS.tooLong
		});
	});

	it('refuse a link cut short, lengthened or with any one character changed', () => {
		const payload = encodeRoutine(sample);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		fc.assert(
			fc.property(fc.nat({ max: payload.length - 1 }), fc.constantFrom(...alphabet), (at, c) => {
				fc.pre(payload[at] !== c);
				const changed = payload.slice(0, at) + c + payload.slice(at + 1);
				expect(decodeRoutine(changed, known)).toEqual({ ok: false, error: LINK_ERRORS.damaged });
			})
		);
		for (const cut of [1, 2, 5, 20, payload.length - 1]) {
			const result = decodeRoutine(payload.slice(0, -cut), known);
			expect(result, String(cut)).toEqual({ ok: false, error: LINK_ERRORS.damaged });
		}
		expect(decodeRoutine(`${payload}AAAA`, known)).toEqual({
			ok: false,
			error: LINK_ERRORS.damaged
		});
		expect(decodeRoutine(`${payload}%20`, known)).toEqual({
			ok: false,
			error: LINK_ERRORS.damaged
		});
	});

	it('refuse anything that is not a Limber payload', () => {
		for (const foreign of [
			'hello',
			'<script>alert(1)</script>',
			btoa('{"v":1,"t":"x","s":[]}'),
			encodePayload('just a string').slice(0, -1)
		]) {
			const result = decodeRoutine(foreign, known);
			expect(result.ok, foreign).toBe(false);
		}
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (s) => {
				expect(decodeRoutine(s, known).ok).toBe(false);
			})
		);
	});

	it('refuse well-formed payloads that are not a routine, saying why', () => {
		const base = { v: 1, t: 'Mine', s: [{ e: 'childs-pose', h: 30 }] };
		const malformed = 'Part of it is missing or in the wrong form.';
		const stepForm = 'Each step needs either a hold time or a number of repetitions.';
		const cases: [unknown, string][] = [
			[null, malformed],
			[[1, 2, 3], malformed],
			['routine', malformed],
			[{ ...base, v: 0 }, malformed],
			[{ ...base, t: 7 }, malformed],
			[{ ...base, s: [{ e: 'childs-pose' }] }, `Step 1: ${stepForm}`],
			[{ ...base, s: [{ e: 'childs-pose', h: 30, n: 5, q: 5 }] }, `Step 1: ${stepForm}`],
			[{ ...base, s: [{ e: 'childs-pose', h: '30' }] }, `Step 1: ${malformed}`],
			[{ ...base, s: 'lots' }, malformed]
		];
		for (const [value, message] of cases) {
			expect(decodeRoutine(encodePayload(value), known), JSON.stringify(value)).toEqual({
				ok: false,
				error: `${LINK_ERRORS.invalid} ${message}`
			});
		}
	});

	it("refuse a routine beyond the editor's limits, saying what it holds and what Limber keeps", () => {
		const base = { v: 1, t: 'Mine', s: [{ e: 'childs-pose', h: 30 }] };
		const many = (n: number) => Array.from({ length: n }, () => base.s[0]);
		const cases: [unknown, string][] = [
			[{ ...base, t: '' }, 'This routine has no name Limber can show.'],
			// A name of zero-width characters only shows nothing.
			[{ ...base, t: '\u200b\u2060\ufeff' }, 'This routine has no name Limber can show.'],
			[
				{ ...base, t: 'x'.repeat(81) },
				'This routine has a name of 81 characters; Limber keeps names to 80.'
			],
			[
				{ ...base, p: 'y'.repeat(300) },
				'This routine has notes of 300 characters; Limber keeps notes to 280.'
			],
			[{ ...base, s: [] }, 'This routine has no steps; a routine needs at least one.'],
			[{ ...base, s: many(100) }, 'This routine has 100 steps; Limber keeps routines to 40 steps.'],
			[
				{ ...base, s: [{ e: 'headstand', h: 30 }] },
				'Step 1 of this routine is an exercise that is not in the Limber library.'
			],
			[
				{ ...base, s: [base.s[0], { e: 'childs-pose', h: 3000 }] },
				'Step 2 of this routine holds for 3000 seconds; Limber keeps a hold from 5 to 300 whole seconds.'
			],
			[
				{ ...base, s: [{ e: 'cat-cow', n: 99, q: 5 }] },
				'Step 1 of this routine has 99 repetitions; Limber keeps them from 1 to 30.'
			],
			[
				{ ...base, s: [{ e: 'cat-cow', n: 9, q: 2.5 }] },
				'Step 1 of this routine takes 2.5 seconds a repetition; Limber keeps that from 1 to 30 whole seconds.'
			],
			[
				{ ...base, s: [{ e: 'childs-pose', h: 30, r: 999 }] },
				'Step 1 of this routine rests for 999 seconds; Limber keeps a rest from 0 to 120 whole seconds.'
			]
		];
		for (const [value, error] of cases) {
			expect(decodeRoutine(encodePayload(value), known), JSON.stringify(value)).toEqual({
				ok: false,
				error
			});
		}
	});

	it('say when a link comes from a newer version', () => {
		const payload = encodePayload({ v: 2, t: 'Mine', s: [] });
		expect(decodeRoutine(payload, known)).toEqual({ ok: false, error: LINK_ERRORS.newer });
	});

	it('strip unknown fields and cannot pollute prototypes', () => {
		const hostile = JSON.parse(
			'{"v":1,"t":"Mine","s":[{"e":"childs-pose","h":30,"x":"y","__proto__":{"polluted":1}}],"id":"evil","updatedAt":"2020-01-01T00:00:00Z","__proto__":{"polluted":1}}'
		) as unknown;
		const result = decodeRoutine(encodePayload(hostile), known);
		expect(result).toEqual({
			ok: true,
			value: {
				title: 'Mine',
				purpose: '',
				steps: [
					{ exerciseId: 'childs-pose', hold: { seconds: 30 }, perSide: false, restAfterSeconds: 0 }
				]
			}
		});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		if (result.ok) {
			expect(Object.keys(result.value).sort()).toEqual(['purpose', 'steps', 'title']);
			expect(Object.keys(result.value.steps[0]!).sort()).toEqual([
				'exerciseId',
				'hold',
				'perSide',
				'restAfterSeconds'
			]);
		}
	});
});

describe('files', () => {
	it('round-trip a routine through the export', () => {
		const file = routineFile(sample);
		expect(JSON.parse(file)).toMatchObject({ format: 'limber-routine', version: 1 });
		expect(parseRoutineFile(file, known)).toEqual({ ok: true, value: sample });
		expect(parseRoutineFile(`\uFEFF${file}`, known)).toEqual({ ok: true, value: sample });
	});

	it('round-trip any routine the rules allow', () => {
		fc.assert(
			fc.property(draft, (d) => {
				const file = routineFile(d);
				expect(file.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
				expect(parseRoutineFile(file, known)).toEqual({ ok: true, value: d });
			})
		);
		expect(routineFile(largest('standing-back-extension')).length).toBeLessThanOrEqual(
			MAX_FILE_BYTES
		);
	});

	it('refuse what is not a routine file, saying why', () => {
		const cases: [string, string][] = [
			['', FILE_ERRORS.empty],
			['  \n', FILE_ERRORS.empty],
			['{"format": "limber-routine", ', FILE_ERRORS.notJson],
			['not json at all', FILE_ERRORS.notJson],
			['[]', FILE_ERRORS.notRoutine],
			['null', FILE_ERRORS.notRoutine],
			['{"app":"limber","sessions":[]}', FILE_ERRORS.notRoutine],
			['{"format":"limber-routine","version":7,"routine":{}}', FILE_ERRORS.newer],
			[' '.repeat(MAX_FILE_BYTES + 1), FILE_ERRORS.tooBig],
			['['.repeat(50_000), FILE_ERRORS.notJson]
		];
		for (const [text, error] of cases) {
			expect(parseRoutineFile(text, known), text.slice(0, 40)).toEqual({ ok: false, error });
		}
	});

	it('refuse a routine file with a bad field, naming the step', () => {
		const file = JSON.parse(routineFile(sample)) as {
			routine: { title: string; steps: { hold: unknown; exerciseId: string }[] };
		};
		file.routine.steps[1]!.hold = { reps: 50, secondsPerRep: 5 };
		expect(parseRoutineFile(JSON.stringify(file), known)).toEqual({
			ok: false,
			error: 'Step 2 of this routine has 50 repetitions; Limber keeps them from 1 to 30.'
		});
		file.routine.steps[1]!.hold = { seconds: 30 };
		file.routine.steps[0]!.exerciseId = 'headstand';
		expect(parseRoutineFile(JSON.stringify(file), known)).toEqual({
			ok: false,
			error: 'Step 1 of this routine is an exercise that is not in the Limber library.'
		});
		file.routine.steps[0]!.exerciseId = 'cat-cow';
		file.routine.title = '';
		expect(parseRoutineFile(JSON.stringify(file), known)).toEqual({
			ok: false,
			error: 'This routine has no name Limber can show.'
		});
		file.routine.title = 'Evening';
		file.routine.steps = Array.from({ length: 41 }, () => file.routine.steps[0]!);
		expect(parseRoutineFile(JSON.stringify(file), known)).toEqual({
			ok: false,
			error: 'This routine has 41 steps; Limber keeps routines to 40 steps.'
		});
		file.routine.steps = [{ exerciseId: 'cat-cow', hold: { seconds: '30' } }];
		expect(parseRoutineFile(JSON.stringify(file), known)).toEqual({
			ok: false,
			error: `${FILE_ERRORS.invalid} Step 1: Part of it is missing or in the wrong form.`
		});
	});

	it('strip unknown fields', () => {
		const file = JSON.parse(routineFile(sample)) as Record<string, unknown> & {
			routine: Record<string, unknown>;
		};
		file.routine.id = 'x';
		file.routine.updatedAt = '2020-01-01T00:00:00.000Z';
		file.extra = true;
		expect(parseRoutineFile(JSON.stringify(file), known)).toEqual({ ok: true, value: sample });
	});

	it('are named after the routine', () => {
		expect(routineFileName('Evening ease')).toBe('limber-evening-ease.json');
		expect(routineFileName('  Café — back/hips!! ')).toBe('limber-cafe-back-hips.json');
		expect(routineFileName('背中')).toBe('limber-routine.json');
		expect(routineFileName('a'.repeat(100))).toBe(`limber-${'a'.repeat(40)}.json`);
	});
});

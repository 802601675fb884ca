// Checks the built-in content: exercises and their pictures, routines, timer presets and the guide.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { compileRoutine, planTotalMs } from '$lib/core/compile';
import type { PhaseKind, Position } from '$lib/core/model';
import { isLyingDownOnly } from '$lib/core/routine-filter';
import { ROUTINE_LIMITS, validateRoutine } from '$lib/core/routine-rules';
import { PlanSchema } from '$lib/core/schemas';
import {
	decodeRoutine,
	encodeRoutine,
	MAX_LINK_CHARS,
	parseRoutineFile,
	routineFile
} from '$lib/core/share';
import { exerciseById, exercises } from './exercises';
import {
	adjacentTopics,
	disclaimer,
	guideTopicBySlug,
	guideTopics,
	redFlagCheck,
	redFlags
} from './guide';
import { adviseLimits, builtInPrograms, programById, safetyNotes } from './programs';
import { builtInRoutines, routineById, routinePositions } from './routines';

const staticDir = fileURLToPath(new URL('../../../static/exercises/', import.meta.url));
const contentDir = fileURLToPath(new URL('./', import.meta.url));
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const phaseKinds: PhaseKind[] = ['ice', 'warm-up', 'heat', 'relax', 'walk'];
// The same lookup the app compiles with (routinePlan in state/library.svelte.ts).
const exerciseMap = new Map(exercises.map((e) => [e.id, e]));
const isKnown = (id: string) => exerciseMap.has(id);
const positionOf = (id: string) => exerciseById(id)?.position;

/** Exercises whose movement alternates between two poses, drawn as two animated frames. */
const alternating = [
	'cat-cow',
	'pelvic-tilt',
	'lower-trunk-rotation',
	'bird-dog',
	'glute-bridge',
	'seated-pelvic-tilt',
	'standing-back-extension',
	'gentle-walk',
	'wall-lean'
];

/** A small well-formedness check: balanced tags, quoted attributes, one root element. */
function parseXml(text: string): { root: string; error?: string } {
	const stack: string[] = [];
	let root = '';
	const token =
		/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|>/g;
	let last = 0;
	for (let m = token.exec(text); m; m = token.exec(text)) {
		const between = text.slice(last, m.index);
		if (stack.length === 0 && between.trim() !== '') return { root, error: 'text outside root' };
		last = token.lastIndex;
		if (m[0].startsWith('<!--') || m[0].startsWith('<?')) continue;
		const [, closing, name, , selfClosing] = m;
		if (!name) {
			// A bare '>' is legal in text; a bare '<' never is.
			if (m[0] === '<') return { root, error: `stray '<' at ${m.index}` };
			continue;
		}
		if (closing) {
			if (stack.pop() !== name) return { root, error: `unexpected </${name}>` };
		} else {
			if (stack.length === 0) {
				if (root) return { root, error: 'more than one root element' };
				root = name;
			}
			if (!selfClosing) stack.push(name);
		}
	}
	if (stack.length) return { root, error: `unclosed <${stack.join('>, <')}>` };
	if (text.slice(last).trim() !== '') return { root, error: 'text after root' };
	return { root };
}

describe('exercises', () => {
	it('has at least 18 with unique kebab-case ids', () => {
		expect(exercises.length).toBeGreaterThanOrEqual(18);
		const ids = exercises.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(kebab);
	});

	it('includes the core stretches', () => {
		for (const id of [
			'childs-pose',
			'knee-to-chest-single',
			'knee-to-chest-double',
			'cat-cow',
			'pelvic-tilt',
			'lower-trunk-rotation',
			'figure-four',
			'sphinx',
			'hamstring-strap',
			'glute-bridge',
			'bird-dog',
			'seated-forward-fold',
			'seated-twist',
			'standing-back-extension',
			'hip-flexor-lunge',
			'gentle-walk',
			'supine-rest'
		]) {
			expect(exerciseById(id)?.id, id).toBe(id);
		}
		expect(exerciseById('no-such-exercise')).toBeUndefined();
	});

	it.each(exercises.map((e) => [e.id, e] as const))('%s is complete', (id, e) => {
		expect(e.steps.length).toBeGreaterThanOrEqual(2);
		expect(e.steps.length).toBeLessThanOrEqual(5);
		for (const text of [
			e.name,
			e.summary,
			e.breathing,
			e.feel,
			e.stopIf,
			e.cue,
			e.illustrationAlt,
			...e.steps
		]) {
			expect(text.trim().length).toBeGreaterThan(0);
		}
		expect(e.stopIf).toMatch(/sharp pain/i);
		expect(e.stopIf).toMatch(/numbness/i);
		expect(e.stopIf).toMatch(/tingling/i);
		expect(e.illustration).toBe(`/exercises/${id}.svg`);
		if ('seconds' in e.hold) {
			expect(e.hold.seconds).toBeGreaterThan(0);
		} else {
			expect(Number.isInteger(e.hold.reps) && e.hold.reps > 0).toBe(true);
			expect(e.hold.secondsPerRep).toBeGreaterThan(0);
		}
		expect(['lying-back', 'lying-front', 'kneeling', 'sitting', 'standing']).toContain(e.position);
	});
});

describe('exercise illustrations', () => {
	it.each(exercises.map((e) => [e.id] as const))('%s.svg is a small, self-contained SVG', (id) => {
		const file = `${staticDir}${id}.svg`;
		expect(existsSync(file)).toBe(true);
		const svg = readFileSync(file, 'utf8');
		const parsed = parseXml(svg);
		expect(parsed.error).toBeUndefined();
		expect(parsed.root).toBe('svg');
		expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 320 200"/);
		expect(svg).toMatch(/^<svg [^>]*role="img"/);
		expect(svg).toMatch(/<title>[^<]+<\/title>/);
		expect(svg).not.toMatch(/<(image|text|script|foreignObject)\b/i);
		expect(svg).not.toMatch(/href|url\(|@import|@font-face|data:/i);
		expect(Buffer.byteLength(svg)).toBeLessThan(3 * 1024);
	});

	it.each(alternating.map((id) => [id] as const))(
		'%s.svg animates, and stops for reduced motion',
		(id) => {
			expect(exerciseById(id)).toBeDefined();
			const svg = readFileSync(`${staticDir}${id}.svg`, 'utf8');
			expect(svg).toMatch(/@keyframes/);
			expect(svg).toMatch(/@media \(prefers-reduced-motion:\s?reduce\)\{[^}]*animation:none/);
		}
	);

	it('has no picture without an exercise', () => {
		const files = readdirSync(staticDir).filter((f) => f.endsWith('.svg'));
		for (const f of files) expect(exerciseById(f.replace(/\.svg$/, '')), f).toBeDefined();
	});
});

describe('routines', () => {
	const required = [
		'spasm-relief',
		'flare-day',
		'desk-break',
		'morning-mobility',
		'bedtime-wind-down',
		'walk-and-stretch'
	];

	it('offers flare day, entirely lying down, for flare mode; spasm relief is not', () => {
		// Today shows spasm relief normally and the first lying-down routine in flare mode.
		expect(isLyingDownOnly(routineById('flare-day')!, positionOf)).toBe(true);
		expect(isLyingDownOnly(routineById('spasm-relief')!, positionOf)).toBe(false);
	});

	it('has the six built-ins with unique ids', () => {
		const ids = builtInRoutines.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of required) expect(routineById(id)?.id).toBe(id);
		for (const id of ids) expect(id).toMatch(kebab);
		expect(routineById('nope')).toBeUndefined();
	});

	it.each(builtInRoutines.map((r) => [r.id, r] as const))('%s is well formed', (_id, r) => {
		expect(r.title.trim()).not.toBe('');
		expect(r.purpose.trim()).not.toBe('');
		expect(r.steps.length).toBeGreaterThanOrEqual(3);
		for (const step of r.steps) {
			expect(exerciseById(step.exerciseId), step.exerciseId).toBeDefined();
			expect(step.restAfterSeconds).toBeGreaterThanOrEqual(0);
			if ('seconds' in step.hold) expect(step.hold.seconds).toBeGreaterThan(0);
			else expect(step.hold.reps * step.hold.secondsPerRep).toBeGreaterThan(0);
		}
		const minutes = planTotalMs(compileRoutine(r, exerciseMap)) / 60_000;
		expect(minutes).toBeGreaterThanOrEqual(5);
		expect(minutes).toBeLessThanOrEqual(15);
	});

	it.each(builtInRoutines.map((r) => [r.id, r] as const))(
		'%s compiles to a valid plan with a picture for every exercise step',
		(_id, r) => {
			const plan = compileRoutine(r, exerciseMap);
			expect(v.is(PlanSchema, plan)).toBe(true);
			expect(plan.source).toEqual({ type: 'routine', id: r.id, builtIn: true });
			expect(plan.segments[0]?.kind).toBe('lead-in');
			const exercisesInPlan = plan.segments.filter((s) => s.kind === 'exercise');
			const expected = r.steps.reduce((n, s) => n + (s.perSide ? 2 : 1), 0);
			expect(exercisesInPlan).toHaveLength(expected);
			const waiting = r.steps.filter((s) => s.untimed).length;
			expect(exercisesInPlan.filter((s) => s.durationMs === null)).toHaveLength(waiting);
			for (const s of exercisesInPlan) {
				if (s.durationMs !== null) expect(s.durationMs).toBeGreaterThan(0);
				expect(exerciseById(s.exerciseId!)?.illustration).toBe(`/exercises/${s.exerciseId}.svg`);
			}
		}
	);

	it('ends the bedtime wind-down with a rest that waits for Next', () => {
		const plan = compileRoutine(routineById('bedtime-wind-down')!, exerciseMap);
		expect(plan.segments.at(-1)).toMatchObject({ exerciseId: 'supine-rest', durationMs: null });
	});

	it.each(builtInRoutines.map((r) => [r.id, r] as const))(
		'%s can be duplicated, shared and exported within the editor limits',
		(_id, r) => {
			expect(validateRoutine(r, isKnown)).toEqual([]);
			const draft = { title: r.title, purpose: r.purpose, steps: r.steps };
			expect(decodeRoutine(encodeRoutine(draft), isKnown)).toEqual({ ok: true, value: draft });
			expect(parseRoutineFile(routineFile(draft), isKnown)).toEqual({ ok: true, value: draft });
		}
	);

	it('fits the largest routine the editor allows, with the longest exercise id, in a link', () => {
		const longest = exercises.map((e) => e.id).sort((a, b) => b.length - a.length)[0]!;
		const L = ROUTINE_LIMITS;
		const draft = {
			title: '\u0001'.repeat(L.titleMax),
			purpose: '\u0001'.repeat(L.purposeMax),
			steps: Array.from({ length: L.stepsMax }, () => ({
				exerciseId: longest,
				hold: { reps: L.reps.max, secondsPerRep: L.secondsPerRep.max },
				perSide: true,
				restAfterSeconds: L.restSeconds.max
			}))
		};
		expect(validateRoutine(draft, isKnown)).toEqual([]);
		expect(encodeRoutine(draft).length).toBeLessThanOrEqual(MAX_LINK_CHARS);
	});

	it('offers flare day, and only routines done lying down, in flare mode', () => {
		const lying = builtInRoutines.filter((r) => isLyingDownOnly(r, positionOf)).map((r) => r.id);
		expect(lying).toContain('flare-day');
		for (const id of lying) {
			for (const p of routinePositions(routineById(id)!)) {
				expect(['lying-back', 'lying-front']).toContain(p);
			}
		}
		expect(lying).not.toContain('spasm-relief');
	});

	it.each(builtInRoutines.map((r) => [r.id, r] as const))(
		'%s never returns to a position it has left',
		(_id, r) => {
			const sequence = r.steps.map((s) => exerciseById(s.exerciseId)?.position);
			const blocks = sequence.filter((p, i) => p !== sequence[i - 1]);
			expect(new Set(blocks).size).toBe(blocks.length);
		}
	);

	it('keeps flare day lying down and desk break off the floor', () => {
		const flare = routineById('flare-day');
		const desk = routineById('desk-break');
		expect(flare && desk).toBeTruthy();
		const lying: Position[] = ['lying-back', 'lying-front'];
		const upright: Position[] = ['sitting', 'standing'];
		for (const p of routinePositions(flare!)) expect(lying).toContain(p);
		for (const p of routinePositions(desk!)) expect(upright).toContain(p);
	});

	it("builds spasm relief around child's pose", () => {
		const steps = routineById('spasm-relief')!.steps;
		expect(steps[0]?.exerciseId).toBe('childs-pose');
		expect(steps.filter((s) => s.exerciseId === 'childs-pose').length).toBeGreaterThanOrEqual(2);
	});

	it('lists positions in first-seen order', () => {
		const r = {
			id: 'x',
			title: 'x',
			purpose: 'x',
			steps: [
				{ exerciseId: 'gentle-walk', hold: { seconds: 60 }, perSide: false, restAfterSeconds: 10 },
				{
					exerciseId: 'bird-dog',
					hold: { reps: 4, secondsPerRep: 5 },
					perSide: true,
					restAfterSeconds: 0
				},
				{ exerciseId: 'childs-pose', hold: { seconds: 30 }, perSide: false, restAfterSeconds: 0 },
				{ exerciseId: 'missing', hold: { seconds: 5 }, perSide: false, restAfterSeconds: 0 }
			]
		};
		expect(routinePositions(r)).toEqual(['standing', 'kneeling']);
	});
});

describe('timer presets', () => {
	it('has the stable deep-link ids', () => {
		const ids = builtInPrograms.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of [
			'ice-20',
			'heat-15',
			'heat-20',
			'rest-10',
			'rest-20',
			'contrast',
			'walk-10'
		]) {
			expect(programById(id)?.id).toBe(id);
		}
		expect(programById('nope')).toBeUndefined();
	});

	it.each(builtInPrograms.map((p) => [p.id, p] as const))('%s is well formed', (_id, p) => {
		expect(p.title.trim()).not.toBe('');
		expect(p.purpose.trim()).not.toBe('');
		expect(p.phases.length).toBeGreaterThanOrEqual(1);
		expect(Number.isInteger(p.rounds) && p.rounds >= 1).toBe(true);
		for (const phase of p.phases) {
			expect(phaseKinds).toContain(phase.kind);
			expect(phase.seconds).toBeGreaterThan(0);
			expect(phase.seconds).toBeLessThanOrEqual(adviseLimits[phase.kind].maxSeconds);
		}
	});

	it('runs ice for 20 minutes with a 20-minute warm-up, three rounds, and says how', () => {
		const ice = programById('ice-20')!;
		expect(ice.phases).toEqual([
			{ kind: 'ice', seconds: 1200 },
			{ kind: 'warm-up', seconds: 1200 }
		]);
		expect(ice.rounds).toBe(3);
		expect(ice.purpose).toMatch(/cloth/i);
		expect(ice.purpose).toMatch(/skin/i);
	});

	it('uses the right phase kinds', () => {
		expect(programById('heat-20')!.purpose).toMatch(/never fall asleep/i);
		expect(programById('rest-10')!.phases.every((p) => p.kind === 'relax')).toBe(true);
		expect(programById('rest-20')!.phases.every((p) => p.kind === 'relax')).toBe(true);
		expect(programById('walk-10')!.phases).toEqual([{ kind: 'walk', seconds: 600 }]);
		const contrast = programById('contrast')!.phases.map((p) => p.kind);
		expect(contrast).toContain('ice');
		expect(contrast).toContain('heat');
	});

	it('has a safety note and an advised limit for every phase kind', () => {
		for (const kind of phaseKinds) {
			expect(safetyNotes[kind].trim()).not.toBe('');
			expect(adviseLimits[kind].maxSeconds).toBeGreaterThan(0);
			expect(adviseLimits[kind].message.trim()).not.toBe('');
		}
		expect(adviseLimits.ice.maxSeconds).toBe(1200);
		expect(adviseLimits.heat.maxSeconds).toBe(1200);
	});
});

describe('guide', () => {
	const expected: Record<string, string | undefined> = {
		'what-is-a-spasm': '/routines/spasm-relief',
		rest: '/timers/rest-10',
		cold: '/timers/ice-20',
		heat: '/timers/heat-20',
		fluids: '/#check-in',
		movement: '/timers/walk-10',
		stretching: '/routines/spasm-relief',
		'pain-relief': '/#check-in',
		'see-a-doctor': '/red-flags'
	};

	it('has all nine topics, each with its action', () => {
		expect(guideTopics.map((t) => t.slug).sort()).toEqual(Object.keys(expected).sort());
		for (const [slug, href] of Object.entries(expected)) {
			const topic = guideTopicBySlug(slug);
			expect(topic?.action?.href, slug).toBe(href);
			if (topic?.action) expect(topic.action.label.trim()).not.toBe('');
		}
	});

	it('points actions only at built-in routines and timers', () => {
		for (const t of guideTopics) {
			const href = t.action?.href ?? '';
			const routine = /^\/routines\/(.+)$/.exec(href);
			const timer = /^\/timers\/(.+)$/.exec(href);
			if (routine) expect(routineById(routine[1]!)).toBeDefined();
			if (timer) expect(programById(timer[1]!)).toBeDefined();
		}
	});

	it('has text in every topic', () => {
		for (const t of guideTopics) {
			expect(t.title.trim()).not.toBe('');
			expect(t.summary.trim()).not.toBe('');
			expect(t.sections.length).toBeGreaterThan(0);
			const words = t.sections.flatMap((s) => [...s.paragraphs, ...(s.bullets ?? [])]);
			expect(words.join(' ').trim()).not.toBe('');
		}
	});

	it('lists the four red flags', () => {
		expect(redFlags).toHaveLength(4);
		expect(new Set(redFlags.map((f) => f.id)).size).toBe(4);
		const text = redFlags.map((f) => f.question).join(' ');
		expect(text).toMatch(/three days/);
		expect(text).toMatch(/severe/);
		expect(text).toMatch(/numbness/i);
		expect(text).toMatch(/walk/);
		for (const f of redFlags) expect(f.advice.trim()).not.toBe('');
	});

	it('links each topic to the ones before and after it', () => {
		const first = guideTopics[0]!;
		const last = guideTopics[guideTopics.length - 1]!;
		expect(adjacentTopics(first.slug)).toEqual({ previous: undefined, next: guideTopics[1] });
		expect(adjacentTopics(last.slug)).toEqual({
			previous: guideTopics[guideTopics.length - 2],
			next: undefined
		});
		expect(adjacentTopics('rest').previous?.slug).toBe('what-is-a-spasm');
		expect(adjacentTopics('rest').next?.slug).toBe('cold');
		expect(adjacentTopics('no-such-topic')).toEqual({});
	});

	it('tells the red-flag check to seek care, or reassures with the one-day rule', () => {
		expect(redFlagCheck.seekCare.body).toMatch(/doctor/);
		expect(redFlagCheck.selfCare.noVisit).toMatch(/stop within a day/);
		expect(redFlagCheck.intro).toMatch(/nothing is saved/);
	});

	it('has a one-sentence disclaimer', () => {
		expect(disclaimer).toMatch(/not a diagnosis/);
		expect(disclaimer).toMatch(/medical advice/);
		expect(disclaimer).toMatch(/sharp pain or numbness/);
		expect(disclaimer.match(/[.!?](\s|$)/g)).toHaveLength(1);
	});
});

describe('all content', () => {
	const sources = readdirSync(contentDir)
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
		.map((f) => [f, readFileSync(`${contentDir}${f}`, 'utf8')] as const);
	const svgs = readdirSync(staticDir).map((f) => readFileSync(`${staticDir}${f}`, 'utf8'));
	const everything = [
		JSON.stringify({
			exercises,
			builtInRoutines,
			builtInPrograms,
			safetyNotes,
			adviseLimits,
			guideTopics,
			redFlags,
			redFlagCheck,
			disclaimer
		}),
		...sources.map(([, text]) => text),
		...svgs
	].join('\n');

	it('names no drug and no dose', () => {
		for (const drug of [
			'ibuprofen',
			'naproxen',
			'aspirin',
			'paracetamol',
			'acetaminophen',
			'diclofenac'
		]) {
			expect(everything.toLowerCase()).not.toContain(drug);
		}
		expect(everything).not.toMatch(/\d+\s?(mg|mcg|µg|milligrams?)\b/i);
	});

	it('imports only from core and from itself', () => {
		for (const [file, text] of sources) {
			for (const m of text.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
				expect(m[1], file).toMatch(/^(\$lib\/core\/|\.\/)/);
			}
		}
	});
});

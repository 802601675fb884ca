// Checks the built-in content: exercises and their pictures, routines, timer presets and the guide.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { compileProgram, compileRoutine, planTotalMs } from '$lib/core/compile';
import type { PhaseKind, Plan, Position, Segment } from '$lib/core/model';
import { positionOrder } from '$lib/core/positions';
import { isLyingDownOnly } from '$lib/core/routine-filter';
import { ROUTINE_LIMITS } from '$lib/core/plan-limits';
import { duplicateProgram, programBeyond } from '$lib/core/program-draft';
import { validateRoutine } from '$lib/core/routine-rules';
import { PlanSchema } from '$lib/core/schemas';
import {
	decodeRoutine,
	encodeRoutine,
	MAX_LINK_CHARS,
	parseRoutineFile,
	routineFile
} from '$lib/core/share';
import { LANGS } from '$lib/core/lang';
import type { ExerciseKind } from '$lib/core/model';
import {
	exerciseCatalog,
	exerciseLength,
	stepLengthWords,
	stopLabel as stopLabelIn,
	withExerciseWords
} from '$lib/messages/exercises';
import { stepLength } from '$lib/core/step-badge';
import { exercises as shapes } from './exercises';
import guideWords from '$lib/messages/guide.en';
import guideTopicWords from '$lib/messages/guide-topics.en';
import { careSections } from '$lib/components/guide/care-sections';
import shellEn from '$lib/messages/shell.en';
import cuesEn from '$lib/messages/cues.en';
import { adjacentTopics, guideTopicBySlug, guideTopics, type GuideSlug } from './guide';
import careEn from '$lib/messages/care.en';
import { SIGN_LEVEL, SIGNS } from '$lib/core/triage';
import { routine, step } from '$lib/core/testing';
import {
	adviseLimits,
	builtInPrograms as programShapes,
	repeatReminders as reminderTimes
} from './programs';
import { ROUTINES_BY_MOVEMENT } from './routine-movement';
import { builtInRoutines as routineShapes, GET_UP_AFTER, routinePositions } from './routines';
import { programCatalog, withProgramWords } from '$lib/messages/programs';
import { routineCatalog, withRoutineWords } from '$lib/messages/routines';
import { FIRST_WALK, WALK_LADDER, walkHref } from './walks';
import { load as todayLoad } from '../../routes/[[lang=lang]]/+page.server';

// The words of the check live in messages/care (English here).
const { signs: signWords, levels: levelWords, none: noneWords, check: checkWords } = careEn;
const { disclaimer } = shellEn;

// The built-in routines and timers with their English words, as an English page shows them.
await Promise.all(LANGS.flatMap((lang) => [routineCatalog.load(lang), programCatalog.load(lang)]));
const enPrograms = programCatalog.get('en');
const builtInRoutines = routineShapes.map((r) => withRoutineWords('en', r));
const builtInPrograms = programShapes.map((p) => withProgramWords('en', p));
const routineById = (id: string) => builtInRoutines.find((r) => r.id === id);
const programById = (id: string) => builtInPrograms.find((p) => p.id === id);
const POOR_FEELING = enPrograms.poorFeeling;
const safetyNotes = enPrograms.safetyNotes;
const repeatReminders: Record<string, { afterMinutes: number; text: string } | undefined> = {
	'ice-20': { ...reminderTimes['ice-20']!, ...enPrograms.repeatReminders['ice-20'] }
};

const staticDir = fileURLToPath(new URL('../../../static/exercises/', import.meta.url));
const contentDir = fileURLToPath(new URL('./', import.meta.url));
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The compiled plan of a built-in routine or timer page, by its address. */
function walkPlan(href: string): Plan | undefined {
	const routine = /^\/routines\/(.+)$/.exec(href)?.[1];
	const timer = /^\/timers\/(.+)$/.exec(href)?.[1];
	const r = routine ? routineById(routine) : undefined;
	const p = timer ? programById(timer) : undefined;
	return r ? compileRoutine(r, exerciseMap, {}, cuesEn) : p ? compileProgram(p, cuesEn) : undefined;
}

/** A segment of walking: the gentle walk of a routine, or a timer's walk phase. */
const isWalking = (s: Segment) => s.kind === 'walk' || s.exerciseId === 'gentle-walk';

/** A routine or timer that is only a walk, by the clock (the lead-in aside). */
function isWalk(href: string): boolean {
	const timed = walkPlan(href)?.segments.filter((s) => s.kind !== 'lead-in') ?? [];
	return timed.length > 0 && timed.every(isWalking);
}
const phaseKinds: PhaseKind[] = ['ice', 'warm-up', 'heat', 'relax', 'walk'];
// The exercises with their English words, as the app compiles them on an English page.
const en = await exerciseCatalog.load('en');
await Promise.all(LANGS.map((lang) => exerciseCatalog.load(lang)));
const exercises = shapes.map((e) => withExerciseWords('en', e));
const exerciseById = (id: string) => exercises.find((e) => e.id === id);
const STOP_RULES = en.stopRules;
const WORSE_AFTERWARDS = en.worseAfterwards;
const stopLabel = (kind: ExerciseKind) => stopLabelIn('en', kind);
// The same lookup the app compiles with (routinePlan in state/library.svelte.ts).
const exerciseMap = new Map(exercises.map((e) => [e.id, e]));
const isKnown = (id: string) => exerciseMap.has(id);
const positionOf = (id: string) => exerciseById(id)?.position;
const kindOf = (id: string) => exerciseById(id)?.kind;

/** Words that do not belong in a title a frightened person reads. */
const JARGON = /constructive rest|trunk rotation|piriformis|mobility|episode/i;

/** The first hours, one routine for each place a spasm can find a person. */
const FIRST_HOURS = ['first-hours-floor', 'first-hours', 'first-hours-standing'];

/** A step that kneels or lies on the front: never offered in the first days. */
const onKneesOrFront = (id: string) =>
	['kneeling', 'lying-front'].includes(positionOf(id) ?? '') ||
	/kneel/i.test(exerciseById(id)?.steps.join(' ') ?? '');

/** The acute-care entries added for the first hours of a spasm (issue 14), by position. */
const acuteExercises: Record<string, Position> = {
	'log-roll-out-of-bed': 'lying-back',
	'log-roll-into-bed': 'sitting',
	'floor-down-in-stages': 'standing',
	'floor-up-in-stages': 'kneeling',
	'rest-legs-on-chair': 'lying-back',
	'rest-side-pillow': 'lying-side',
	'belly-breathing': 'lying-back',
	'brace-cough-sneeze': 'standing',
	'socks-shoes-sitting': 'sitting',
	'car-in-out': 'sitting',
	'supported-sitting': 'sitting'
};

/** Stretches that round the lower back or pull on the back of the leg. */
const flexionStretches = [
	'childs-pose',
	'knee-to-chest-single',
	'knee-to-chest-double',
	'seated-forward-fold',
	'hamstring-strap'
];

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
	it('has at least 30 with unique kebab-case ids', () => {
		expect(exercises.length).toBeGreaterThanOrEqual(30);
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

	it.each(Object.entries(acuteExercises))('includes %s, done %s', (id, position) => {
		expect(exerciseById(id)?.position).toBe(position);
	});

	it('tells every flexion stretch and the hamstring strap to stop for pain spreading into a leg', () => {
		for (const id of [...flexionStretches, 'sphinx']) {
			expect(exerciseById(id)?.stopIf, id).toMatch(/spreads into a buttock or leg/);
		}
	});

	it.each(exercises.map((e) => [e.id, e] as const))(
		'%s has the stop rule of its kind, written once',
		(_id, e) => {
			expect(e.stopIf.startsWith(STOP_RULES[e.kind]), e.stopIf).toBe(true);
			// The page puts "Stop if:" (or, for a move, "If it hurts:") before it: never twice.
			expect(e.stopIf).not.toMatch(/^stop if/i);
			expect(`${stopLabel(e.kind)} ${e.stopIf}`).not.toMatch(/stop if:? stop/i);
			expect(e.stopIf).toMatch(/numbness or tingling/);
			expect(e.stopIf).toMatch(/spreads into a (buttock or )?leg/);
			if (e.kind === 'stretch') {
				expect(e.stopIf).toMatch(/^the pain gets sharp/);
				expect(e.stopIf.endsWith(` ${WORSE_AFTERWARDS}`)).toBe(true);
				expect(e.stopIf.split(WORSE_AFTERWARDS)).toHaveLength(2);
			} else {
				expect(e.stopIf).not.toMatch(/leave this one out/);
			}
			if (e.kind === 'move') {
				// A move cannot be left halfway: it pauses and goes on more slowly, and says no more.
				expect(stopLabel(e.kind)).toBe('If it hurts:');
				expect(e.stopIf).toMatch(/^pause where you are/);
				expect(e.stopIf).not.toMatch(/stop if you feel sharp pain/i);
			}
		}
	);

	it('gives every getting-up and getting-down move the kind "move"', () => {
		for (const id of [
			'log-roll-out-of-bed',
			'log-roll-into-bed',
			'floor-down-in-stages',
			'floor-up-in-stages',
			'settle-on-the-floor',
			'sit-on-the-bed',
			'car-in-out'
		]) {
			expect(kindOf(id), id).toBe('move');
		}
		expect(kindOf('rest-legs-on-chair')).toBe('rest');
		expect(kindOf('belly-breathing')).toBe('breathe');
		expect(kindOf('childs-pose')).toBe('stretch');
	});

	it('uses plain words in every title', () => {
		const titles = [
			...exercises.map((e) => e.name),
			...builtInRoutines.map((r) => r.title),
			...builtInPrograms.map((p) => p.title),
			...guideTopics.map((t) => guideWords.topics[t.slug].title)
		];
		for (const title of titles) expect(title).not.toMatch(JARGON);
		expect(exercises.map((e) => e.summary).join(' ')).not.toMatch(/piriformis/i);
	});

	it('names the props the resting positions and moves need', () => {
		expect(exerciseById('rest-legs-on-chair')?.steps.join(' ')).toMatch(/chair/);
		expect(exerciseById('rest-side-pillow')?.steps.join(' ')).toMatch(/pillow between them/);
		expect(exerciseById('prone-rest')?.steps.join(' ')).toMatch(/pillow under your tummy/);
		expect(exerciseById('floor-down-in-stages')?.steps.join(' ')).toMatch(/chair/);
		expect(exerciseById('floor-up-in-stages')?.steps.join(' ')).toMatch(/chair/);
		expect(exerciseById('supported-sitting')?.steps.join(' ')).toMatch(/rolled towel/);
		expect(exerciseById('brace-cough-sneeze')?.steps.join(' ')).toMatch(/hand flat on your tummy/);
		expect(exerciseById('gentle-walk')?.summary).toMatch(/however slowly/);
		expect(exerciseById('car-in-out')?.summary).toMatch(/Sit on the seat first/);
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
		expect(e.stopIf).toMatch(/sharp|pause/i);
		expect(e.stopIf).toMatch(/numbness/i);
		expect(e.stopIf).toMatch(/tingling/i);
		expect(e.illustration).toBe(`/exercises/${id}.svg`);
		for (const text of [e.summary, e.breathing, e.feel, e.cue, e.halfwayCue ?? '', ...e.steps]) {
			expect(text.length, text).toBeLessThanOrEqual(140);
		}
		if ('seconds' in e.hold) {
			expect(e.hold.seconds).toBeGreaterThan(0);
		} else {
			expect(Number.isInteger(e.hold.reps) && e.hold.reps > 0).toBe(true);
			expect(e.hold.secondsPerRep).toBeGreaterThan(0);
		}
		expect(positionOrder).toContain(e.position);
	});
});

describe('exercises in every language', () => {
	/** The glossary's words for the positions (docs/glossary.md, "Positions"). */
	const positions = {
		es: ['Boca arriba', 'De lado', 'Boca abajo', 'De rodillas', 'Sentado', 'De pie'],
		de: ['Auf dem Rücken', 'Auf der Seite', 'Auf dem Bauch', 'Im Knien', 'Im Sitzen', 'Im Stehen']
	};
	/** The glossary's "Stop if:" and "If it hurts:", and the words every rule must hold. */
	const stops = {
		en: { other: 'Stop if:', move: 'If it hurts:', numb: /numbness or tingling/ },
		es: { other: 'Déjalo si:', move: 'Si duele:', numb: /adormecimiento u hormigueo/ },
		de: { other: 'Aufhören, wenn:', move: 'Wenn es wehtut:', numb: /Taubheit oder Kribbeln/ }
	};

	it.each(['es', 'de'] as const)('names the positions in %s as the glossary does', (lang) => {
		expect(positionOrder.map((p) => exerciseCatalog.get(lang).positions[p])).toEqual(
			positions[lang]
		);
	});

	it.each(LANGS)('gives every exercise its words in %s', (lang) => {
		const words = exerciseCatalog.get(lang).exercises;
		expect(Object.keys(words).sort()).toEqual(shapes.map((e) => e.id).sort());
		for (const shape of shapes) {
			const e = withExerciseWords(lang, shape);
			const english = exerciseById(shape.id)!;
			// The same steps, one for one, and a halfway cue where English speaks one.
			expect(e.steps.length, e.id).toBe(english.steps.length);
			expect(Boolean(e.halfwayCue), e.id).toBe(Boolean(english.halfwayCue));
			for (const text of [e.name, e.summary, e.breathing, e.feel, e.cue, e.illustrationAlt]) {
				expect(text.trim().length, e.id).toBeGreaterThan(0);
			}
			for (const step of e.steps) expect(step.trim().length, e.id).toBeGreaterThan(0);
			// Spoken lines are read by a voice: no parentheses, slashes or abbreviations.
			for (const spoken of [e.cue, e.halfwayCue ?? '']) {
				expect(spoken, e.id).not.toMatch(/[()/]|z\. B\.|aprox\./);
			}
			// Calm, never cheerful: no exclamation marks in care text.
			expect([e.summary, e.cue, ...e.steps].join(' '), e.id).not.toMatch(/[!¡]/);
		}
	});

	it.each(LANGS)('gives every exercise its kind’s stop rule in %s', (lang) => {
		const m = exerciseCatalog.get(lang);
		for (const shape of shapes) {
			const e = withExerciseWords(lang, shape);
			expect(stopLabelIn(lang, e.kind)).toBe(
				e.kind === 'move' ? stops[lang].move : stops[lang].other
			);
			expect(e.stopIf.startsWith(m.stopRules[e.kind]), e.id).toBe(true);
			expect(e.stopIf, e.id).toMatch(stops[lang].numb);
			expect(e.stopIf.endsWith(m.worseAfterwards), e.id).toBe(e.kind === 'stretch');
		}
	});

	it.each(['es', 'de'] as const)('never says "sharp" as "agudo" or "scharf" in %s', (lang) => {
		const all = JSON.stringify(exerciseCatalog.get(lang));
		expect(all).not.toMatch(/agud|scharf|Hitze|tumb|a cuatro patas|en cuatro|coger|barriga/i);
	});

	it('reads an exercise’s length in English as the routine pages do', () => {
		for (const e of shapes)
			expect(exerciseLength('en', e)).toBe(stepLengthWords('en', stepLength(e, e.kind)));
		const hold = exerciseById('childs-pose')!;
		expect(exerciseLength('es', hold)).toBe('Mantén 30 s');
		expect(exerciseLength('de', hold)).toBe('30 Sek. halten');
		expect(exerciseLength('es', exerciseById('cat-cow')!)).toBe('8 repeticiones lentas');
		expect(exerciseLength('de', exerciseById('rest-legs-on-chair')!)).toBe('Ausruhen 5 Min.');
	});

	it.each(LANGS)('compiles every built-in routine with the words in %s', (lang) => {
		const worded = new Map(shapes.map((e) => [e.id, withExerciseWords(lang, e)]));
		for (const r of builtInRoutines) {
			const plan = compileRoutine(r, worded);
			expect(plan.segments.length, r.id).toBeGreaterThanOrEqual(r.steps.length);
			expect(planTotalMs(plan)).toBe(planTotalMs(compileRoutine(r, exerciseMap)));
			for (const s of plan.segments) expect(s.label.trim().length, r.id).toBeGreaterThan(0);
		}
	});
});

describe('routines and timers in every language', () => {
	it.each(LANGS)('gives every built-in routine its title and description in %s', (lang) => {
		const words = routineCatalog.get(lang).routines;
		expect(Object.keys(words).sort()).toEqual(routineShapes.map((r) => r.id).sort());
		const worded = new Map(shapes.map((e) => [e.id, withExerciseWords(lang, e)]));
		for (const shape of routineShapes) {
			const r = withRoutineWords(lang, shape);
			expect(r.title.trim().length, r.id).toBeGreaterThan(0);
			expect(r.purpose.trim().length, r.id).toBeGreaterThan(0);
			expect(r.title, r.id).not.toMatch(JARGON);
			// Each still compiles, with its title, in that language.
			const plan = compileRoutine(r, worded);
			expect(plan.title).toBe(r.title);
			expect(v.safeParse(PlanSchema, plan).success, r.id).toBe(true);
		}
	});

	it.each(LANGS)('gives every timer its words and safety notes in %s', (lang) => {
		const m = programCatalog.get(lang);
		expect(Object.keys(m.programs).sort()).toEqual(programShapes.map((p) => p.id).sort());
		for (const shape of programShapes) {
			const p = withProgramWords(lang, shape);
			expect(p.title.trim().length, p.id).toBeGreaterThan(0);
			expect(p.purpose.trim().length, p.id).toBeGreaterThan(0);
			expect(compileProgram(p).segments.length).toBeGreaterThan(0);
		}
		for (const kind of phaseKinds) {
			expect(m.safetyNotes[kind].trim(), kind).not.toBe('');
			expect(m.adviseLimits[kind].trim(), kind).not.toBe('');
		}
		expect(Object.keys(m.repeatReminders)).toEqual(Object.keys(reminderTimes));
	});

	it('uses the glossary’s words for cold and heat in Spanish and German', () => {
		const es = JSON.stringify(programCatalog.get('es'));
		const de = JSON.stringify(programCatalog.get('de'));
		expect(es).toMatch(/bolsa de hielo|la bolsa/);
		expect(es).not.toMatch(/compresa|calentamiento|reposo/);
		expect(de).toMatch(/Kühlpack/);
		expect(de).not.toMatch(/Hitze|Aufwärmen|Bettruhe|Schonung/);
		expect(programCatalog.get('es').programs['ice-20'].title).toBe('Hielo, 20 minutos');
		expect(programCatalog.get('de').programs['heat-20'].title).toBe('Wärme, 20 Minuten');
		expect(routineCatalog.get('es').routines['short-walk'].title).toBe('Paseo suave, 3 minutos');
		expect(routineCatalog.get('de').routines['short-walk'].title).toBe('Ruhiges Gehen, 3 Minuten');
	});
});

describe('exercise illustrations', () => {
	const drawn = readdirSync(staticDir)
		.filter((f) => f.endsWith('.svg'))
		.map((f) => [f.replace(/\.svg$/, '')] as const);

	it.each(drawn)('%s.svg is a small, self-contained SVG', (id) => {
		const file = `${staticDir}${id}.svg`;
		const svg = readFileSync(file, 'utf8');
		const parsed = parseXml(svg);
		expect(parsed.error).toBeUndefined();
		expect(parsed.root).toBe('svg');
		expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		// Cropped to the figure (tools/illustrations), in the 320 × 200 frame the pages reserve.
		expect(svg).toMatch(/^<svg [^>]*viewBox="-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+"/);
		expect(svg).toMatch(/^<svg [^>]*width="320" height="200"/);
		expect(svg).toMatch(/^<svg [^>]*role="img"/);
		expect(svg).toMatch(/<title>[^<]+<\/title>/);
		expect(svg).not.toMatch(/<(image|text|script|foreignObject)\b/i);
		expect(svg).not.toMatch(/href|url\(|@import|@font-face|data:/i);
		expect(Buffer.byteLength(svg)).toBeLessThan(3 * 1024);
	});

	it.each(alternating.map((id) => [id] as const))(
		'%s.svg alternates its two frames when played, unless motion is reduced',
		(id) => {
			expect(exerciseById(id)).toBeDefined();
			const svg = readFileSync(`${staticDir}${id}.svg`, 'utf8');
			expect(svg).toMatch(/<g class="p">.*<\/g><g class="q">/);
			expect(svg).toMatch(/@keyframes/);
			expect(svg).toMatch(
				/@media \(prefers-reduced-motion:no-preference\)\{:target [^@]*animation:/
			);
		}
	);

	it('has no picture without an exercise', () => {
		const files = readdirSync(staticDir).filter((f) => f.endsWith('.svg'));
		for (const f of files) expect(exerciseById(f.replace(/\.svg$/, '')), f).toBeDefined();
	});
});

describe('routines', () => {
	const required = [
		...FIRST_HOURS,
		'get-up-from-floor',
		'get-up-from-bed',
		'in-bed',
		'breathe-and-let-go',
		'short-walk',
		'walk-5',
		'spasm-relief',
		'flare-day',
		'desk-break',
		'morning-mobility',
		'bedtime-wind-down',
		'walk-and-stretch'
	];

	it('ranks every built-in routine by how much movement it asks, each once', () => {
		expect([...ROUTINES_BY_MOVEMENT].sort()).toEqual(builtInRoutines.map((r) => r.id).sort());
		expect(new Set(ROUTINES_BY_MOVEMENT).size).toBe(ROUTINES_BY_MOVEMENT.length);
	});

	it('ranks routines done lying down below those that kneel, before any that stand', () => {
		const rank = (id: string) => ROUTINES_BY_MOVEMENT.indexOf(id);
		const kneels = (id: string) => routinePositions(routineById(id)!).includes('kneeling');
		for (const lying of builtInRoutines.filter((r) => isLyingDownOnly(r, positionOf)))
			for (const kneeling of builtInRoutines.filter((r) => kneels(r.id)))
				expect(rank(lying.id), `${lying.id} before ${kneeling.id}`).toBeLessThan(rank(kneeling.id));
		expect(ROUTINES_BY_MOVEMENT[0]).toBe('breathe-and-let-go');
	});

	it('offers flare day, entirely lying down, for flare mode; spasm relief is not', () => {
		expect(isLyingDownOnly(routineById('flare-day')!, positionOf)).toBe(true);
		expect(isLyingDownOnly(routineById('spasm-relief')!, positionOf)).toBe(false);
		// Flare mode offers the first hours too: their moves into bed wait for Next.
		for (const id of FIRST_HOURS)
			expect(isLyingDownOnly(routineById(id)!, positionOf), id).toBe(true);
	});

	it('asks "Where are you now?" on Today, each place starting its own first hours', async () => {
		type Today = { places: { id: string; title: string }[] };
		const today = (await todayLoad({ params: {} } as never)) as Today;
		expect(today.places.map((p) => [p.id, p.title])).toEqual([
			['first-hours-floor', 'On the floor'],
			['first-hours', 'On a bed or sofa'],
			['first-hours-standing', 'Standing or sitting']
		]);
		const spanish = (await todayLoad({ params: { lang: 'es' } } as never)) as Today;
		expect(spanish.places.map((p) => p.title)).toEqual([
			'En el suelo',
			'En una cama o un sofá',
			'De pie o en una silla'
		]);
	});

	it('offers nothing on kneeling or the front in the first days: the first hours, the gentle stretches, flare mode', async () => {
		const today = (await todayLoad({ params: {} } as never)) as unknown as {
			places: { id: string }[];
			relief: { id: string };
		};
		const offered = new Set([
			...today.places.map((p) => p.id),
			today.relief.id,
			...builtInRoutines.filter((r) => isLyingDownOnly(r, positionOf)).map((r) => r.id)
		]);
		expect(offered).toContain('flare-day');
		for (const id of offered) {
			for (const step of routineById(id)!.steps) {
				expect(onKneesOrFront(step.exerciseId), `${id}: ${step.exerciseId}`).toBe(false);
			}
		}
		const flare = routineById('flare-day')!.steps.map((s) => s.exerciseId);
		expect(flare).not.toContain('sphinx');
		expect(flare).not.toContain('prone-rest');
	});

	it.each(FIRST_HOURS)(
		'%s starts where the person is, rests and breathes, and does not get up at the end',
		(id) => {
			const r = routineById(id)!;
			const ids = r.steps.map((s) => s.exerciseId);
			expect(kindOf(ids[0]!)).toBe('move');
			expect(r.steps[0]?.untimed).toBe(true);
			expect(ids).toContain('rest-legs-on-chair');
			expect(ids.at(-1)).toBe('belly-breathing');
			for (const up of ['log-roll-out-of-bed', 'floor-up-in-stages']) expect(ids).not.toContain(up);
			expect(r.purpose).toMatch(/no getting up at the end/i);
			// The way up is its own routine, offered afterwards.
			expect(GET_UP_AFTER[id]?.length).toBeGreaterThan(0);
		}
	);

	it('starts each place from there: the floor stays down, standing goes to a bed or sofa', () => {
		expect(routineById('first-hours-floor')!.steps[0]?.exerciseId).toBe('settle-on-the-floor');
		expect(routineById('first-hours')!.steps[0]?.exerciseId).toBe('log-roll-into-bed');
		expect(
			routineById('first-hours-standing')!
				.steps.map((s) => s.exerciseId)
				.slice(0, 2)
		).toEqual(['sit-on-the-bed', 'log-roll-into-bed']);
		expect(GET_UP_AFTER['first-hours-floor']).toEqual(['get-up-from-floor']);
		expect(GET_UP_AFTER['first-hours']).toEqual(['get-up-from-bed']);
	});

	it('offers only built-in routines that get a person up after one that ends lying down', () => {
		for (const ids of Object.values(GET_UP_AFTER)) {
			for (const id of ids) {
				const r = routineById(id)!;
				expect(r.steps.every((s) => kindOf(s.exerciseId) === 'move' && s.untimed)).toBe(true);
			}
		}
	});

	it.each(builtInRoutines.map((r) => [r.id, r] as const))(
		'%s goes to the floor with the guided way down, and comes back up with the way up',
		(_id, r) => {
			const ids = r.steps.map((s) => s.exerciseId);
			const floor = ids.flatMap((id, i) =>
				onKneesOrFront(id) && kindOf(id) !== 'move' ? [i] : []
			);
			if (floor.length === 0 || r.id.startsWith('get-up')) return;
			const down = ids.indexOf('floor-down-in-stages');
			const up = ids.lastIndexOf('floor-up-in-stages');
			expect(down, 'way down').toBeGreaterThanOrEqual(0);
			expect(down).toBeLessThan(floor[0]!);
			expect(up).toBeGreaterThan(floor.at(-1)!);
			// Nothing after the way up is on the floor.
			for (const id of ids.slice(up + 1)) expect(['sitting', 'standing']).toContain(positionOf(id));
			expect(r.steps[down]?.untimed && r.steps[up]?.untimed).toBe(true);
		}
	);

	it('has at least ten built-ins with unique ids', () => {
		expect(builtInRoutines.length).toBeGreaterThanOrEqual(10);
		const ids = builtInRoutines.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of required) expect(routineById(id)?.id).toBe(id);
		for (const id of ids) expect(id).toMatch(kebab);
		expect(routineById('nope')).toBeUndefined();
	});

	it.each(builtInRoutines.map((r) => [r.id, r] as const))('%s is well formed', (_id, r) => {
		expect(r.title.trim()).not.toBe('');
		expect(r.purpose.trim()).not.toBe('');
		// The walks of the ladder are one step by design (the walk by the clock), and so is each
		// way up.
		const walk = WALK_LADDER.find((w) => w.target.id === r.id);
		const single = walk !== undefined || r.id.startsWith('get-up');
		expect(r.steps.length).toBeGreaterThanOrEqual(single ? 1 : 3);
		for (const step of r.steps) {
			expect(exerciseById(step.exerciseId), step.exerciseId).toBeDefined();
			expect(step.restAfterSeconds).toBeGreaterThanOrEqual(0);
			if ('seconds' in step.hold) expect(step.hold.seconds).toBeGreaterThan(0);
			else expect(step.hold.reps * step.hold.secondsPerRep).toBeGreaterThan(0);
		}
		const minutes = planTotalMs(compileRoutine(r, exerciseMap)) / 60_000;
		const [min, max] = walk
			? [walk.minutes, walk.minutes + 1]
			: r.id.startsWith('get-up')
				? [0, 3]
				: [5, 15];
		expect(minutes).toBeGreaterThanOrEqual(min);
		expect(minutes).toBeLessThanOrEqual(max);
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

	it.each(FIRST_HOURS)('keeps %s off the knees: no kneeling anywhere, moves at your pace', (id) => {
		const r = routineById(id)!;
		for (const step of r.steps) {
			const e = exerciseById(step.exerciseId)!;
			expect(e.position, e.id).not.toBe('kneeling');
			expect([e.name, ...e.steps].join(' '), e.id).not.toMatch(/kneel/i);
			if (e.kind === 'move') expect(step.untimed, e.id).toBe(true);
		}
	});

	it('does In bed lying down, with the moves the issue names, ending with the log roll', () => {
		const r = routineById('in-bed')!;
		expect(isLyingDownOnly(r, positionOf)).toBe(true);
		const ids = r.steps.map((s) => s.exerciseId);
		for (const id of ['lower-trunk-rotation', 'pelvic-tilt', 'knee-to-chest-single']) {
			expect(ids).toContain(id);
		}
		expect(ids.at(-1)).toBe('log-roll-out-of-bed');
	});

	it('guides Breathe and let go for 5 to 8 minutes, lying down, with a spoken cue at least every 90 s', () => {
		const r = routineById('breathe-and-let-go')!;
		expect(isLyingDownOnly(r, positionOf)).toBe(true);
		const plan = compileRoutine(r, exerciseMap);
		const minutes = planTotalMs(plan) / 60_000;
		expect(minutes).toBeGreaterThanOrEqual(5);
		expect(minutes).toBeLessThanOrEqual(8);
		// Nothing breaks the calm with a "Rest. Next:" between steps.
		expect(plan.segments.filter((s) => s.kind === 'rest')).toHaveLength(0);
		const spoken: { at: number; text: string }[] = [];
		let at = 0;
		for (const s of plan.segments) {
			spoken.push({ at, text: s.cue });
			expect(s.durationMs).not.toBeNull();
			if (s.kind === 'exercise') {
				expect(s.halfwayCue, s.label).toBeTruthy();
				spoken.push({ at: at + s.durationMs! / 2, text: s.halfwayCue! });
			}
			at += s.durationMs!;
		}
		expect(new Set(spoken.map((c) => c.text)).size).toBe(spoken.length);
		for (let i = 1; i < spoken.length; i++) {
			expect(spoken[i]!.at - spoken[i - 1]!.at).toBeLessThanOrEqual(90_000);
		}
	});

	it.each(WALK_LADDER.map((w) => [w.minutes, w] as const))(
		'makes the %i-minute step of the walking ladder a walk of that length that turns around halfway',
		(minutes, w) => {
			const plan = walkPlan(walkHref(w));
			const walking = plan?.segments.filter((s) => s.durationMs !== null && isWalking(s));
			expect(walking?.map((s) => s.durationMs)).toEqual([minutes * 60_000]);
			expect(walking?.[0]?.halfwayCue).toMatch(/turn around/i);
			expect(plan?.title).toContain(`${minutes} minutes`);
		}
	);

	it('climbs the walking ladder in short steps, from the 3-minute walk', () => {
		const minutes = WALK_LADDER.map((w) => w.minutes);
		expect(WALK_LADDER[0]).toBe(FIRST_WALK);
		expect(FIRST_WALK.target).toEqual({ type: 'routine', id: 'short-walk' });
		for (const [i, m] of minutes.entries()) {
			if (i > 0) expect(m).toBeGreaterThan(minutes[i - 1]!);
			if (i > 0) expect(m).toBeLessThanOrEqual(minutes[i - 1]! * 2);
		}
	});

	it('ends the bedtime wind-down with a rest that waits for Next, then the way up', () => {
		const plan = compileRoutine(routineById('bedtime-wind-down')!, exerciseMap);
		const steps = plan.segments.filter((s) => s.kind === 'exercise');
		expect(steps.at(-2)).toMatchObject({ exerciseId: 'supine-rest', durationMs: null });
		expect(steps.at(-1)).toMatchObject({ exerciseId: 'floor-up-in-stages', durationMs: null });
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
			// Every timed step lies down; only the moves into bed, which wait for Next, sit or stand.
			for (const step of routineById(id)!.steps) {
				const p = positionOf(step.exerciseId)!;
				if (step.untimed) expect(p, id).not.toBe('kneeling');
				else expect(['lying-back', 'lying-side', 'lying-front'], id).toContain(p);
			}
		}
		expect(lying).not.toContain('spasm-relief');
	});

	it.each(builtInRoutines.map((r) => [r.id, r] as const))(
		'%s never returns to a position it has left',
		(_id, r) => {
			// The moves down and up are how it changes position, so they do not count.
			const sequence = r.steps
				.filter((s) => kindOf(s.exerciseId) !== 'move')
				.map((s) => exerciseById(s.exerciseId)?.position);
			const blocks = sequence.filter((p, i) => p !== sequence[i - 1]);
			expect(new Set(blocks).size).toBe(blocks.length);
		}
	);

	it('keeps flare day lying down and desk break off the floor', () => {
		const flare = routineById('flare-day');
		const desk = routineById('desk-break');
		expect(flare && desk).toBeTruthy();
		const lying: Position[] = ['lying-back', 'lying-side', 'lying-front'];
		const upright: Position[] = ['sitting', 'standing'];
		const timed = { ...flare!, steps: flare!.steps.filter((s) => !s.untimed) };
		for (const p of routinePositions(timed)) expect(lying).toContain(p);
		for (const p of routinePositions(desk!)) expect(upright).toContain(p);
	});

	it("builds spasm relief around child's pose, from the way down to the way up", () => {
		const steps = routineById('spasm-relief')!.steps;
		expect(steps[0]?.exerciseId).toBe('floor-down-in-stages');
		expect(steps.at(-1)?.exerciseId).toBe('floor-up-in-stages');
		expect(steps.filter((s) => s.exerciseId === 'childs-pose').length).toBeGreaterThanOrEqual(2);
	});

	it('lists positions in first-seen order', () => {
		const r = routine('x', {
			steps: [
				step('gentle-walk', { seconds: 60 }, { restAfterSeconds: 10 }),
				step('bird-dog', { reps: 4, secondsPerRep: 5 }, { perSide: true }),
				step('childs-pose', { seconds: 30 }),
				step('missing', { seconds: 5 })
			]
		});
		expect(routinePositions(r)).toEqual(['standing', 'kneeling']);
	});
});

describe('timer presets', () => {
	it('has the stable deep-link ids', () => {
		const ids = builtInPrograms.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ['ice-20', 'heat-15', 'heat-20', 'rest-10', 'rest-20', 'walk-10']) {
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

	it.each(builtInPrograms.map((p) => [p.id, p] as const))(
		'%s can be copied, and the copy backed up and restored, within the builder limits',
		(_id, p) => {
			expect(programBeyond(duplicateProgram(p, 'copy', 0, 'copy'))).toBeNull();
		}
	);

	it('runs ice as one round: 20 minutes of cold, then 20 with the pack off, and says how', () => {
		const ice = programById('ice-20')!;
		expect(ice.phases).toEqual([
			{ kind: 'ice', seconds: 1200 },
			{ kind: 'warm-up', seconds: 1200 }
		]);
		expect(ice.rounds).toBe(1);
		expect(ice.purpose).toMatch(/cloth/i);
		expect(ice.purpose).toMatch(/skin/i);
		expect(ice.purpose).toMatch(/couple of hours/);
		const plan = compileProgram(ice, cuesEn);
		expect(plan.segments.map((s) => s.label)).toEqual(['Ice', 'Pack off']);
		expect(plan.segments[1]?.cue).toMatch(/^Pack off\. Let the skin warm up/);
	});

	it('offers to remind about ice again after two hours, and nothing for other timers', () => {
		expect(Object.keys(reminderTimes)).toEqual(['ice-20']);
		expect(repeatReminders['ice-20']?.afterMinutes).toBe(120);
		expect(repeatReminders['ice-20']?.text).toMatch(/comes back/);
	});

	it('never offers cold and heat back to back: cold is one session, a couple of hours apart', () => {
		// Care facts: 20 minutes of cold, repeated after a break of a couple of hours; heat when
		// cold has not helped. A built-in timer with both would break that.
		for (const p of builtInPrograms) {
			const kinds = p.phases.map((phase) => phase.kind);
			expect(kinds.includes('ice') && kinds.includes('heat'), p.id).toBe(false);
			expect(kinds.filter((k) => k === 'ice').length * p.rounds, p.id).toBeLessThanOrEqual(1);
		}
		expect(programById('contrast')).toBeUndefined();
	});

	it('warns about skin with poor feeling', () => {
		expect(POOR_FEELING).toMatch(/numbness/);
		expect(POOR_FEELING).toMatch(/diabetes/);
		expect(POOR_FEELING).toMatch(/circulation/);
	});

	it('uses the right phase kinds', () => {
		expect(programById('heat-20')!.purpose).toMatch(/never fall asleep/i);
		expect(programById('rest-10')!.phases.every((p) => p.kind === 'relax')).toBe(true);
		expect(programById('rest-20')!.phases.every((p) => p.kind === 'relax')).toBe(true);
		expect(programById('walk-10')!.phases).toEqual([{ kind: 'walk', seconds: 600 }]);
	});

	it('has a safety note and an advised limit for every phase kind', () => {
		for (const kind of phaseKinds) {
			expect(safetyNotes[kind].trim()).not.toBe('');
			expect(adviseLimits[kind].maxSeconds).toBeGreaterThan(0);
			expect(enPrograms.adviseLimits[kind].trim()).not.toBe('');
		}
		expect(adviseLimits.ice.maxSeconds).toBe(1200);
		expect(adviseLimits.heat.maxSeconds).toBe(1200);
	});
});

describe('guide', () => {
	const expected: Record<string, string | undefined> = {
		'what-is-a-spasm': '/routines/spasm-relief',
		'what-to-expect': '/routines/short-walk',
		'worry-sleep-pacing': '/routines/breathe-and-let-go',
		'if-it-comes-back': '/red-flags',
		'getting-up-and-down': '/routines/first-hours',
		rest: '/timers/rest-10',
		cold: '/timers/ice-20',
		heat: '/timers/heat-20',
		fluids: '/#check-in',
		movement: '/routines/short-walk',
		stretching: '/routines/spasm-relief',
		'pain-relief': '/#check-in',
		'everyday-moves': '/exercises/brace-cough-sneeze',
		'sleeping-positions': '/routines/breathe-and-let-go',
		'sitting-driving-work': '/routines/desk-break',
		'see-a-doctor': '/red-flags'
	};

	it('has all sixteen topics, each with its action', () => {
		expect(guideTopics.length).toBe(16);
		expect(guideTopics.map((t) => t.slug).sort()).toEqual(Object.keys(expected).sort());
		for (const [slug, href] of Object.entries(expected)) {
			const topic = guideTopicBySlug(slug);
			expect(topic?.action?.href, slug).toBe(href);
			if (topic?.action) expect(guideWords.actions[topic.action.id].trim()).not.toBe('');
		}
	});

	it('points actions only at built-in routines, timers and exercises', () => {
		for (const t of guideTopics) {
			const href = t.action?.href ?? '';
			const routine = /^\/routines\/(.+)$/.exec(href);
			const timer = /^\/timers\/(.+)$/.exec(href);
			const exercise = /^\/exercises\/(.+)$/.exec(href);
			if (routine) expect(routineById(routine[1]!)).toBeDefined();
			if (timer) expect(programById(timer[1]!)).toBeDefined();
			if (exercise) expect(exerciseById(exercise[1]!)).toBeDefined();
		}
	});

	it('words the care points as the review asked', () => {
		const text = (slug: GuideSlug) =>
			JSON.stringify(guideTopicWords[slug]) + guideWords.topics[slug].summary;
		expect(text('stretching')).toContain(
			'Some discomfort that settles is fine; stop for sharp pain or pain spreading into a leg.'
		);
		expect(text('what-to-expect')).toMatch(/days to a few weeks/);
		expect(text('what-to-expect')).toMatch(/Hurting is not harming/);
		expect(text('pain-relief')).toMatch(/lowest dose that works, for the shortest time/);
		expect(text('pain-relief')).toMatch(/pregnant/);
		expect(text('pain-relief')).toMatch(/blood thinner/);
		expect(text('pain-relief')).toMatch(/gels/);
		expect(text('fluids')).toMatch(/limit how much you drink/);
		expect(text('cold')).toContain(POOR_FEELING);
		expect(text('heat')).toContain(POOR_FEELING);
		const everyday = text('everyday-moves');
		for (const word of ['sneez', 'dress', 'toilet', 'car']) expect(everyday).toMatch(word);
	});

	it('offers only the first walk of the ladder, in its words and its buttons', () => {
		const walks = guideTopics.filter((t) => t.action && isWalk(t.action.href));
		expect(walks.map((t) => t.slug).sort()).toEqual(['movement', 'what-to-expect']);
		for (const t of walks) {
			expect(t.action?.href, t.slug).toBe(walkHref(FIRST_WALK));
			expect(guideWords.actions[t.action!.id], t.slug).toBe(
				`Start a ${FIRST_WALK.minutes}-minute walk`
			);
		}
		// Every length the guide names for a walk is a step of the ladder, the first one first.
		const text = JSON.stringify(guideTopicWords.movement);
		const named = [...text.matchAll(/(\d+)(?:,| minutes)/g)].map((m) => Number(m[1]));
		expect(named).toEqual(WALK_LADDER.map((w) => w.minutes));
		expect(text).toContain(`${FIRST_WALK.minutes} minutes, however slowly`);
	});

	it('says what the care facts say about worry, sleep, pacing and a return, without promises', () => {
		const text = (slug: GuideSlug) =>
			JSON.stringify(guideTopicWords[slug]) + guideWords.topics[slug].summary;
		const worry = text('worry-sleep-pacing');
		for (const words of [/poor sleep/, /a little, often/, /pillow/, /Scans are rarely needed/])
			expect(worry).toMatch(words);
		expect(worry).toMatch(/book a physiotherapist yourself, without seeing a doctor first/);
		const back = text('if-it-comes-back');
		for (const words of [/often comes back/, /within a year/, /lowers the chance/, /fades/])
			expect(back).toMatch(words);
		expect(back).toMatch(/first hours/);
		expect(back).toMatch(/warning signs still apply/);
		expect(guideTopicBySlug('if-it-comes-back')?.action?.href).toBe('/red-flags');
		for (const t of [worry, back])
			expect(t).not.toMatch(/\b(cure|guarantee|never again|will not)\b/i);
	});

	it('has text in every topic', () => {
		for (const t of guideTopics) {
			expect(guideWords.topics[t.slug].title.trim()).not.toBe('');
			expect(guideWords.topics[t.slug].summary.trim()).not.toBe('');
			const sections = guideTopicWords[t.slug];
			expect(sections.length).toBeGreaterThan(0);
			const words = sections.flatMap((s) => [...s.paragraphs, ...(s.bullets ?? [])]);
			expect(words.join(' ').trim()).not.toBe('');
		}
	});

	it('words every sign of the red-flag check, and lists each in the guide under its level', () => {
		for (const sign of SIGNS) {
			const words = signWords[sign];
			expect(words.question, sign).toMatch(/\?$/);
			expect(words.reason, sign).toMatch(/^[A-Z].*\.$/);
			const section = careSections(careEn).find((s) =>
				s.bullets?.some((b) => b.toLowerCase() === words.label.toLowerCase())
			);
			expect(section?.heading, sign).toBe(levelWords[SIGN_LEVEL[sign]].title);
		}
	});

	it('says what to do at each level, never driving to an emergency', () => {
		expect(levelWords.emergency.steps.join(' ')).toMatch(/Do not drive yourself/);
		expect(levelWords.urgent.steps.join(' ')).toMatch(/today/);
		expect(levelWords.appointment.steps.join(' ')).toMatch(/next few days/);
		for (const level of ['urgent', 'appointment'] as const) {
			expect(levelWords[level].steps.join(' ')).toMatch(/emergency signs start/);
		}
	});

	it('links each topic to the ones before and after it', () => {
		const first = guideTopics[0]!;
		const last = guideTopics[guideTopics.length - 1]!;
		expect(adjacentTopics(first.slug)).toEqual({ previous: undefined, next: guideTopics[1] });
		expect(adjacentTopics(last.slug)).toEqual({
			previous: guideTopics[guideTopics.length - 2],
			next: undefined
		});
		expect(adjacentTopics('what-to-expect').previous?.slug).toBe('what-is-a-spasm');
		expect(adjacentTopics('rest').previous?.slug).toBe('getting-up-and-down');
		expect(adjacentTopics('rest').next?.slug).toBe('cold');
		// When to get help comes first: the one topic a person must find at once.
		expect(first.slug).toBe('see-a-doctor');
		expect(adjacentTopics('no-such-topic')).toEqual({});
	});

	it('never tells the check that there are no warning signs', () => {
		expect(noneWords.title).toBe('None of these signs now');
		expect(JSON.stringify({ noneWords, checkWords, levelWords })).not.toMatch(/no warning signs/i);
		expect(noneWords.noVisit).toMatch(/stop within a day/);
		expect(checkWords.intro).toMatch(/Nothing is saved/);
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
			guideWords,
			guideTopicWords,
			signWords,
			levelWords,
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

	it('makes no alarming claims and lays no blame', () => {
		for (const phrase of [
			/longer-lasting/i,
			/sciatic nerve/i,
			/press(es)? on the nerve/i,
			/slouch/i,
			/never into pain/i
		]) {
			expect(everything).not.toMatch(phrase);
		}
	});

	it('imports only from core and from itself', () => {
		for (const [file, text] of sources) {
			for (const m of text.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
				expect(m[1], file).toMatch(/^(\$lib\/core\/|\.\/)/);
			}
		}
	});
});

describe('check before you start', () => {
	it('names who should ask first, in the guide, in one set of words', async () => {
		const CHECK_FIRST = (await import('$lib/messages/player.en')).default.prestart.checkFirst;
		expect(CHECK_FIRST.who.join(' ')).toMatch(/pregnant/);
		expect(CHECK_FIRST.who.join(' ')).toMatch(/back surgery/);
		expect(CHECK_FIRST.who.join(' ')).toMatch(/osteoporosis/);
		expect(CHECK_FIRST.who.join(' ')).toMatch(/under 16/);
		const stretching = guideTopicWords.stretching.find(
			(s) => `${s.heading}.` === CHECK_FIRST.title
		);
		expect(stretching?.paragraphs).toEqual([CHECK_FIRST.text]);
		expect(stretching?.bullets).toEqual(
			CHECK_FIRST.who.map((w) => w.charAt(0).toUpperCase() + w.slice(1) + '.')
		);
	});
});

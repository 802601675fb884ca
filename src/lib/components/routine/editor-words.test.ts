import { describe, expect, it } from 'vitest';
import { validateRoutine, type RoutineProblem } from '$lib/core/routine-rules';
import type { RoutineStep } from '$lib/core/model';
import de from '$lib/messages/editor.de';
import en from '$lib/messages/editor.en';
import es from '$lib/messages/editor.es';
import { issueLine, routineProblemText } from './editor-words';

const hold = (seconds: number, rest = 10): RoutineStep => ({
	exerciseId: 'childs-pose',
	hold: { seconds },
	perSide: false,
	restAfterSeconds: rest
});
const reps = (n: number): RoutineStep => ({
	exerciseId: 'cat-cow',
	hold: { reps: n, secondsPerRep: 4 },
	perSide: false,
	restAfterSeconds: 0
});

describe('the routine editor’s problems in words', () => {
	const issues = validateRoutine(
		{ title: '', purpose: '', steps: [hold(2, 500), reps(99)] },
		() => true
	);

	it('reads in English as it always has, naming the step', () => {
		expect(issues.map((issue) => issueLine(en.routine, issue))).toEqual([
			'Give the routine a name.',
			'Step 1: Hold for 5 to 300 seconds, in whole seconds.',
			'Step 1: Rest for 0 to 120 seconds, in whole seconds.',
			'Step 2: Choose 1 to 30 repetitions.'
		]);
	});

	it('names the limits in Spanish and German too', () => {
		expect(issueLine(es.routine, issues[1]!)).toBe(
			'Paso 1: Mantén de 5 a 300 segundos, en segundos enteros.'
		);
		expect(issueLine(de.routine, issues[3]!)).toBe(
			'Schritt 2: Wählen Sie 1 bis 30 Wiederholungen.'
		);
		const codes: RoutineProblem[] = [
			'title-missing',
			'title-long',
			'purpose-long',
			'steps-missing',
			'steps-many',
			'exercise-unknown',
			'hold',
			'reps',
			'seconds-per-rep',
			'rest'
		];
		for (const m of [en.routine, es.routine, de.routine])
			for (const code of codes) expect(routineProblemText(m, code)).toMatch(/\p{L}{3}/u);
		expect(routineProblemText(en.routine, 'title-long')).toContain('80');
		expect(routineProblemText(en.routine, 'steps-many')).toContain('40');
	});
});

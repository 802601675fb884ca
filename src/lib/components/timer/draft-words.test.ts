import { describe, expect, it } from 'vitest';
import { validateDraft, type ProgramDraft } from '$lib/core/program-draft';
import de from '$lib/messages/editor.de';
import en from '$lib/messages/editor.en';
import es from '$lib/messages/editor.es';
import libraryDe from '$lib/messages/library.de';
import libraryEn from '$lib/messages/library.en';
import libraryEs from '$lib/messages/library.es';
import { phaseProblemText, problemLines } from './draft-words';

const bad: ProgramDraft = {
	title: ' ',
	purpose: '',
	rounds: 11,
	phases: [
		{ kind: 'ice', duration: 'soon' },
		{ kind: 'heat', duration: '20' },
		{ kind: 'relax', duration: '3:00:00' }
	]
};

describe('the timer builder’s problems in words', () => {
	const check = validateDraft(bad);
	if (check.ok) throw new Error('expected problems');

	it('reads in English as it always has', () => {
		expect(problemLines(en.timer, libraryEn.phase, check.errors, bad.phases)).toEqual([
			'Name: Give this timer a name, so you can find it later.',
			'Phase 1 (Ice): Limber could not read "soon". Type minutes (20), minutes and seconds (1:30) or hours (1:05:00).',
			'Phase 3 (Rest): That is longer than 2 hours. Use a time from 10 seconds to 2 hours.',
			'Rounds: Choose from 1 to 10 rounds.'
		]);
	});

	it('says every problem in Spanish and German, naming the phase in that language', () => {
		const inEs = problemLines(es.timer, libraryEs.phase, check.errors, bad.phases);
		const inDe = problemLines(de.timer, libraryDe.phase, check.errors, bad.phases);
		expect(inEs).toHaveLength(4);
		expect(inDe).toHaveLength(4);
		expect(inEs[1]).toContain('Hielo');
		expect(inEs[1]).toContain('“soon”');
		expect(inDe[1]).toContain('Kühlen');
		expect(inDe[2]).toContain('Ausruhen');
		expect(inDe[3]).toContain('1 bis 10');
	});

	it('has a sentence for every code', () => {
		for (const m of [en.timer, es.timer, de.timer]) {
			for (const problem of [
				{ code: 'empty' },
				{ code: 'over-59' },
				{ code: 'too-large' },
				{ code: 'too-short' },
				{ code: 'kind' }
			] as const)
				expect(phaseProblemText(m, problem)).toMatch(/\p{L}{3}/u);
		}
		expect(
			problemLines(
				en.timer,
				libraryEn.phase,
				{ phases: { code: 'too-many', over: 2 }, phase: [] },
				[]
			)
		).toEqual(['A timer can have up to 12 phases; remove 2.']);
	});
});

// The timer builder's problems (codes from core/program-draft.ts) in the page's language.
import type { PhaseKind } from '$lib/core/model';
import { PROGRAM_LIMITS } from '$lib/core/plan-limits';
import {
	PHASE_KINDS,
	type DraftErrors,
	type PhaseDraft,
	type PhaseProblem
} from '$lib/core/program-draft';
import type { Messages } from '$lib/i18n/catalog';
import type editorEn from '$lib/messages/editor.en';

type TimerWords = Messages<typeof editorEn>['timer'];

/** What is wrong with one phase, as a sentence. */
export function phaseProblemText(m: TimerWords, problem: PhaseProblem): string {
	const p = m.problem;
	switch (problem.code) {
		case 'empty':
			return p.empty;
		case 'over-59':
			return p.over59;
		case 'unreadable':
			return p.unreadable(problem.text);
		case 'too-large':
			return p.tooLarge;
		case 'too-short':
			return p.tooShort;
		case 'too-long':
			return p.tooLong;
		case 'kind':
			return p.kind;
	}
}

/** Every problem of a draft as one line each, for the summary above the Save button. */
export function problemLines(
	m: TimerWords,
	phaseNames: Readonly<Record<PhaseKind, string>>,
	errors: DraftErrors,
	phases: readonly PhaseDraft[]
): string[] {
	const L = PROGRAM_LIMITS;
	const p = m.problem;
	const lines: string[] = [];
	if (errors.title)
		lines.push(
			m.line.name(errors.title === 'missing' ? p.titleMissing : p.titleTooLong(L.maxTitle))
		);
	if (errors.purpose) lines.push(m.line.note(p.purposeTooLong(L.maxPurpose)));
	if (errors.phases)
		lines.push(
			errors.phases.code === 'none' ? p.noPhases : p.tooManyPhases(L.maxPhases, errors.phases.over)
		);
	errors.phase.forEach((problem, i) => {
		if (!problem) return;
		const kind = phases[i]?.kind;
		const text = phaseProblemText(m, problem);
		lines.push(
			kind && PHASE_KINDS.includes(kind)
				? m.line.phaseNamed(i + 1, phaseNames[kind], text)
				: m.line.phase(i + 1, text)
		);
	});
	if (errors.rounds) lines.push(m.line.rounds(p.rounds(L.minRounds, L.maxRounds)));
	return lines;
}

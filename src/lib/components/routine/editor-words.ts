// The routine editor's problems (codes from core/routine-rules.ts), in words.
import { ROUTINE_LIMITS } from '$lib/core/plan-limits';
import type { RoutineIssue, RoutineProblem } from '$lib/core/routine-rules';
import type { Messages } from '$lib/i18n/catalog';
import type editorEn from '$lib/messages/editor.en';

type RoutineWords = Messages<typeof editorEn>['routine'];

/** The rule a field breaks, as the sentence shown beside it. */
export function routineProblemText(m: RoutineWords, code: RoutineProblem): string {
	const said = m.problem[code];
	return typeof said === 'string' ? said : said(ROUTINE_LIMITS);
}

/** An issue as one line of the summary above Save, naming its step. */
export function issueLine(m: RoutineWords, issue: RoutineIssue): string {
	const text = routineProblemText(m, issue.code);
	return 'step' in issue ? m.atStep(issue.step + 1, text) : text;
}

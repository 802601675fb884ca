// Why a shared link or a routine file was not opened (codes from core/share.ts), in words.
import type { Lang } from '$lib/core/lang';
import { ROUTINE_LIMITS } from '$lib/core/plan-limits';
import type { RoutineBeyond } from '$lib/core/routine-rules';
import type { ShareProblem } from '$lib/core/share';
import type { Messages } from '$lib/i18n/catalog';
import type shareEn from '$lib/messages/share.en';

type ShareWords = Messages<typeof shareEn>;

/** How a routine that came in goes beyond the editor's limits, as one sentence. */
export function beyondText(lang: Lang, m: ShareWords, beyond: RoutineBeyond): string {
	const L = ROUTINE_LIMITS;
	const b = m.beyond;
	// As typed in the file: no grouping ("3000 seconds"), the language's decimal sign ("2,5").
	const format = new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 3 });
	const n = (value: number) => format.format(value);
	switch (beyond.code) {
		case 'title-missing':
			return b.titleMissing;
		case 'steps-missing':
			return b.stepsMissing;
		case 'title-long':
			return b.titleLong(n(beyond.count), n(L.titleMax));
		case 'purpose-long':
			return b.purposeLong(n(beyond.count), n(L.purposeMax));
		case 'steps-many':
			return b.stepsMany(n(beyond.count), n(L.stepsMax));
		case 'exercise-unknown':
			return b.exerciseUnknown(beyond.step + 1);
		case 'hold':
			return b.hold(beyond.step + 1, n(beyond.value), n(L.holdSeconds.min), n(L.holdSeconds.max));
		case 'reps':
			return b.reps(beyond.step + 1, n(beyond.value), n(L.reps.min), n(L.reps.max));
		case 'seconds-per-rep':
			return b.secondsPerRep(
				beyond.step + 1,
				n(beyond.value),
				n(L.secondsPerRep.min),
				n(L.secondsPerRep.max)
			);
		case 'rest':
			return b.rest(beyond.step + 1, n(beyond.value), n(L.restSeconds.min), n(L.restSeconds.max));
	}
}

/** Why a link or a file was not opened, as a sentence or two for its alert. */
export function shareProblemText(lang: Lang, m: ShareWords, problem: ShareProblem): string {
	switch (problem.code) {
		case 'link-missing':
			return m.link.missing;
		case 'link-too-long':
			return m.link.tooLong;
		case 'link-damaged':
			return m.link.damaged;
		case 'link-newer':
			return m.link.newer;
		case 'file-empty':
			return m.file.empty;
		case 'file-too-big':
			return m.file.tooBig;
		case 'file-unreadable':
			return m.file.unreadable;
		case 'file-not-json':
			return m.file.notJson;
		case 'file-not-routine':
			return m.file.notRoutine;
		case 'file-newer':
			return m.file.newer;
		case 'beyond':
			return beyondText(lang, m, problem.beyond);
		case 'link-invalid':
		case 'file-invalid': {
			const why = problem.code === 'link-invalid' ? m.link.invalid : m.file.invalid;
			const what = problem.detail === 'step-form' ? m.stepForm : m.malformed;
			return m.invalid(why, problem.step === undefined ? what : m.atStep(problem.step + 1, what));
		}
	}
}

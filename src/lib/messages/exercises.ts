// The built-in exercises in the reader's language: their words joined to the content's
// structure, the positions' names, the stop rules and an exercise's usual length.
import type { ExerciseId, ExerciseShape } from '$lib/core/builtin-ids';
import type { Lang } from '$lib/core/lang';
import type { StepLength } from '$lib/core/step-badge';
import type { Exercise, ExerciseKind } from '$lib/core/model';
import { catalog } from '$lib/i18n/catalog';
import type { Messages } from '$lib/i18n/catalog';
import { formatDuration } from '$lib/i18n/format';
import type en from './exercises.en';

export type ExerciseMessages = Messages<typeof en>;

export const exerciseCatalog = catalog<ExerciseMessages>('exercises', {
	en: () => import('./exercises.en'),
	es: () => import('./exercises.es'),
	de: () => import('./exercises.de')
});

/** The words of the built-in exercise `id` in `lang` (its catalog loaded first). */
export function exerciseWords(
	lang: Lang,
	id: ExerciseId
): ExerciseMessages['exercises'][ExerciseId] {
	return exerciseCatalog.get(lang).exercises[id];
}

/** What the pages put before an exercise's stop rule: "If it hurts:" for a move, else "Stop if:". */
export function stopLabel(lang: Lang, kind: ExerciseKind): string {
	const m = exerciseCatalog.get(lang).stopLabel;
	return kind === 'move' ? m.move : m.other;
}

/** When to stop: the kind's rule, anything the exercise adds, and for a stretch "worse afterwards". */
export function stopRule(lang: Lang, exercise: Pick<ExerciseShape, 'id' | 'kind'>): string {
	const m = exerciseCatalog.get(lang);
	const words = m.exercises[exercise.id];
	return [
		m.stopRules[exercise.kind],
		'stopAlso' in words ? words.stopAlso : undefined,
		exercise.kind === 'stretch' ? m.worseAfterwards : undefined
	]
		.filter(Boolean)
		.join(' ');
}

/** The built-in exercise with its words in `lang`, as the player and the lists take it. */
export function withExerciseWords(lang: Lang, shape: ExerciseShape): Exercise {
	const {
		stopAlso: _,
		halfwayCue,
		steps,
		...words
	}: {
		stopAlso?: string;
		halfwayCue?: string;
		steps: readonly string[];
		name: string;
		illustrationAlt: string;
		summary: string;
		breathing: string;
		feel: string;
		cue: string;
	} = exerciseWords(lang, shape.id);
	return {
		...shape,
		...words,
		steps: [...steps],
		stopIf: stopRule(lang, shape),
		...(halfwayCue ? { halfwayCue } : {})
	};
}

/** How a routine's step reads in a list (core/step-badge.ts), in `lang`: "Rest 5 min". */
export function stepLengthWords(lang: Lang, length: StepLength): string {
	const m = exerciseCatalog.get(lang).length;
	if (length.code === 'untimed') return m.untimed;
	if (length.code === 'reps') return m.reps(length.reps);
	return m[length.code](formatDuration(lang, length.ms));
}

/** An exercise's usual length: "Hold 20 s", "Rest 1 min", "About 1 min", "8 slow repetitions". */
export function exerciseLength(lang: Lang, exercise: Pick<ExerciseShape, 'hold' | 'kind'>): string {
	const m = exerciseCatalog.get(lang).length;
	const { hold, kind } = exercise;
	if (!('seconds' in hold)) return m.reps(hold.reps);
	const length = formatDuration(lang, hold.seconds * 1000);
	if (kind === 'move') return m.about(length);
	return kind === 'stretch' ? m.hold(length) : m[kind](length);
}

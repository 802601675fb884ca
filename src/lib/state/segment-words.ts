// A session's words, worked out when they are shown or said from what the plan keeps (each step's
// kind, exercise, side and round), in the page's language: the step's title, its spoken line and
// the line it says halfway, and the sentence on what happened while the phone slept. The plan's
// own `label` and `cue` (in the language it was compiled in: English for a session stored before
// languages) are used only for an exercise that has no words to look up.
import type { GapSummary } from '$lib/core/cues';
import { exerciseIdAt } from '$lib/core/compile';
import type { Lang } from '$lib/core/lang';
import type { Plan, Segment } from '$lib/core/model';
import { cues } from '$lib/messages/cues';
import { exerciseById } from '$lib/content/exercises';
import { withExerciseWords } from '$lib/messages/exercises';

/** An exercise's own words in a language: its name, its spoken line, and its halfway line. */
export interface ExerciseWords {
	name: string;
	cue: string;
	halfwayCue?: string;
}

/** Finds an exercise's words in `lang`; undefined for an exercise it does not know. */
export type ExerciseLookup = (id: string, lang: Lang) => ExerciseWords | undefined;

/** The built-in exercises' words in `lang` (the exercises' catalog loaded first). */
export const builtInExercises: ExerciseLookup = (id, lang) => {
	const shape = exerciseById(id);
	return shape ? withExerciseWords(lang, shape) : undefined;
};

export interface SegmentWords {
	/** The step's title on screen. */
	label: string;
	/** Said (and shown under the picture) when the step starts. */
	cue: string;
	/** Said halfway through a long step, when it has a line of its own. */
	halfway?: string;
}

const SKIN_CHECKED = new Set<Segment['kind']>(['ice', 'heat']);

/** Segment `index` of `plan` in words, in `lang`. Call only once the `cues` catalog is loaded. */
export function segmentWords(
	lang: Lang,
	plan: Plan,
	index: number,
	lookup: ExerciseLookup = builtInExercises
): SegmentWords {
	const m = cues.get(lang);
	const segment = plan.segments[index];
	if (!segment) return { label: '', cue: '' };
	const stored: SegmentWords = {
		label: segment.label,
		cue: segment.cue,
		...(segment.halfwayCue ? { halfway: segment.halfwayCue } : {})
	};
	// An exercise with no words in this language yet keeps its built-in (English) ones.
	const find = (id: string) => lookup(id, lang) ?? builtInExercises(id, lang);
	const nextName = (): string | undefined => {
		const id = exerciseIdAt(plan, index);
		return id ? find(id)?.name : undefined;
	};
	switch (segment.kind) {
		case 'lead-in': {
			const name = nextName();
			return name ? { label: m.getReady(name), cue: m.getReadyCue(name) } : stored;
		}
		case 'switch-sides':
			return { label: m.switchSides, cue: m.switchSides };
		case 'rest': {
			const name = nextName();
			return name ? { label: m.rest, cue: m.restCue(name) } : stored;
		}
		case 'exercise': {
			const words = segment.exerciseId ? find(segment.exerciseId) : undefined;
			if (!words) return stored;
			const halfway = segment.halfwayCue ? words.halfwayCue : undefined;
			const side = segment.side;
			return {
				label: side ? m.side[side](words.name) : words.name,
				cue: side ? m.sideCue[side](words.cue) : words.cue,
				...(halfway ? { halfway } : {})
			};
		}
		default: {
			const name = m.phases[segment.kind];
			const { round, rounds } = segment;
			const phaseCue = m.phaseCues[segment.kind];
			const skinCheck = index > 0 && SKIN_CHECKED.has(segment.kind);
			return {
				label: round && rounds ? m.phaseRound(name, round, rounds) : name,
				cue: skinCheck ? `${m.skinCheck} ${phaseCue}` : phaseCue,
				...(segment.halfwayCue ? { halfway: m.turnAround } : {})
			};
		}
	}
}

/** What happened while the phone slept, in one sentence in `lang`. */
export function gapWords(
	lang: Lang,
	plan: Plan,
	gap: GapSummary,
	lookup: ExerciseLookup = builtInExercises
): string {
	const m = cues.get(lang).gap;
	const endedName = (index: number): string => {
		const segment = plan.segments[index];
		if (!segment) return '';
		return segment.kind === 'exercise'
			? segmentWords(lang, plan, index, lookup).label
			: m.ended[segment.kind];
	};
	switch (gap.code) {
		case 'stopped':
			return m.stopped(gap.agoMs);
		case 'finished':
			return m.finished(endedName(gap.ended), gap.agoMs);
		case 'moved': {
			const now = plan.segments[gap.now];
			if (now && now.kind !== 'exercise')
				return m.moved(endedName(gap.ended), gap.agoMs, m.now[now.kind]);
			return m.movedTo(
				endedName(gap.ended),
				gap.agoMs,
				segmentWords(lang, plan, gap.now, lookup).label
			);
		}
	}
}

// The words written into calendar files, in the language of the page that makes the file: the
// daily check-in reminder's, and what each alarm of a running timer says ("Ice ends — take the
// pack off"). A file keeps the language it was made in; core/ics.ts writes the rest of it the
// same in every language, so a file made again in another language replaces the earlier one.
import {
	endWords,
	type DailyReminderWords,
	type PhaseEnd,
	type PhaseEndWords
} from '$lib/core/ics';
import type { Lang } from '$lib/core/lang';
import type { Timeline } from '$lib/core/model';
import { cues } from '$lib/messages/cues';
import { reminders } from '$lib/messages/reminders';
import { segmentWords } from './segment-words';

/** The daily reminder's event, alarm and notes in `lang` (the reminders' catalog loaded first). */
export function dailyReminderWords(lang: Lang): DailyReminderWords {
	const { event, alarm, notes } = reminders.get(lang).daily;
	return { event, alarm, notes };
}

/**
 * What the alarm at `end` says, and the phase it ends, in `lang`. Call once the reminders', the
 * cues' and the exercises' catalogs are loaded (the player's page loads them).
 */
export function phaseEndWords(lang: Lang, timeline: Timeline, end: PhaseEnd): PhaseEndWords {
	const m = reminders.get(lang).phaseEnd;
	const title = (index: number) => segmentWords(lang, timeline.plan, index).label;
	const { name, action } = endWords(timeline, end);
	const ended =
		name.code === 'phase'
			? cues.get(lang).phases[name.kind]
			: name.code === 'get-ready'
				? m.getReady
				: title(name.index);
	const then =
		action.code === 'take-off'
			? (action.last ? m.takeOffLast : m.takeOff)[action.kind]
			: action.code === 'then'
				? m.then[action.kind]
				: action.code === 'next'
					? m.next(title(action.index))
					: m.complete;
	return { label: m.ends(ended, then), description: title(end.index) };
}

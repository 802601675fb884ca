// The words of the weeks after an episode settles (core/keep-up.ts decides): keeping some
// gentle movement going, and the "If it comes back" note of what helped.
import { KEEP_UP_GOAL, KEEP_UP_WEEKS, type KeepUp } from '$lib/core/keep-up';

/** Offered when nothing was done yet: gentle, all the way from lying to standing. */
export const KEEP_UP_ROUTINE = {
	kind: 'routine',
	sourceId: 'morning-mobility',
	title: 'Morning loosen-up'
} as const;

export const keepUpWords = {
	title: 'Keeping it away',
	week: (week: number) => `Week ${week} of ${KEEP_UP_WEEKS}`,
	why: 'Back pain often comes back. A gentle routine or a walk two or three times a week, kept up for the next few weeks, lowers that chance.',
	progress: (k: KeepUp) =>
		k.state === 'met'
			? `${k.done} this week: that is the habit that helps.`
			: k.state === 'nudge'
				? `It has been ${k.quietDays} days. A few minutes today keeps the habit going.`
				: `This week: ${k.done} of ${KEEP_UP_GOAL}.`,
	start: 'Start',
	other: 'Choose another routine',
	noteTitle: 'If it comes back',
	noteAsk:
		'What helped this time? Limber shows your note first if your back seizes again, when it is hard to think.',
	noteLabel: 'What helped',
	noteShown: 'Your note shows under "Back just seized?" above.',
	fromJournal: 'Your journal shows pain lower after:',
	times: (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`),
	add: 'Add to the note:',
	write: 'Write what helped',
	save: 'Save note',
	cancel: 'Cancel',
	change: 'Change note',
	saved: 'Saved. Limber will show this first if your back seizes again.',
	emptied: 'Note removed.',
	lastTime: 'What helped last time'
};

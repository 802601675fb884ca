// Routines that travel: a shared link, a routine file, the preview before saving one, and the
// Share card. English gives the shape.
const en = {
	link: {
		missing: 'This link has no routine in it. Ask for the link again.',
		tooLong: 'This link is too long to be a Limber routine, so it was not opened.',
		damaged:
			'This link is damaged: part of it is missing or was changed on the way. Ask for the link again.',
		newer:
			'This routine was shared from a newer version of Limber. Update Limber, then open the link again.',
		invalid: 'This link does not hold a routine Limber can use.'
	},
	file: {
		empty: 'This file is empty.',
		tooBig: 'This file is too large to be a Limber routine, so it was not read.',
		unreadable: "This file couldn't be read. Try choosing it again.",
		notJson: 'This file is not a Limber routine: it is not readable JSON.',
		notRoutine: 'This file is not a Limber routine.',
		newer: 'This file was exported from a newer version of Limber. Update Limber, then try again.',
		invalid: "This file's routine can't be used."
	},
	/** Why a link or a file cannot be used, then what in it is wrong. */
	invalid: (why: string, what: string) => `${why} ${what}`,
	stepForm: 'Each step needs either a hold time or a number of repetitions.',
	malformed: 'Part of it is missing or in the wrong form.',
	atStep: (n: number, what: string) => `Step ${n}: ${what}`,
	beyond: {
		titleMissing: 'This routine has no name Limber can show.',
		titleLong: (count: string, max: string) =>
			`This routine has a name of ${count} characters; Limber keeps names to ${max}.`,
		purposeLong: (count: string, max: string) =>
			`This routine has notes of ${count} characters; Limber keeps notes to ${max}.`,
		stepsMissing: 'This routine has no steps; a routine needs at least one.',
		stepsMany: (count: string, max: string) =>
			`This routine has ${count} steps; Limber keeps routines to ${max} steps.`,
		exerciseUnknown: (n: number) =>
			`Step ${n} of this routine is an exercise that is not in the Limber library.`,
		hold: (n: number, value: string, min: string, max: string) =>
			`Step ${n} of this routine holds for ${value} seconds; Limber keeps a hold from ${min} to ${max} whole seconds.`,
		reps: (n: number, value: string, min: string, max: string) =>
			`Step ${n} of this routine has ${value} repetitions; Limber keeps them from ${min} to ${max}.`,
		secondsPerRep: (n: number, value: string, min: string, max: string) =>
			`Step ${n} of this routine takes ${value} seconds a repetition; Limber keeps that from ${min} to ${max} whole seconds.`,
		rest: (n: number, value: string, min: string, max: string) =>
			`Step ${n} of this routine rests for ${value} seconds; Limber keeps a rest from ${min} to ${max} whole seconds.`
	},
	nothingSaved: 'Nothing was saved.',
	shared: {
		title: 'Shared routine',
		description:
			'A routine someone shared with you: look it over, then keep a copy if you want it.',
		opening: 'Opening the link…',
		intro:
			'Someone shared this routine with you. Look it over, then save your own copy or start it now.'
	},
	preview: {
		saved: 'Saved',
		notSaved: 'Preview: not saved yet',
		savedToMine: 'Saved to my routines',
		saveToMine: 'Save to my routines',
		startNow: 'Start now',
		cancel: 'Cancel',
		savedLine: 'Saved to your routines. {open} or {all}.',
		openIt: 'Open it',
		seeAll: 'see all routines',
		download: 'Download this routine',
		downloadAfter: 'To bring it back, choose Import a routine file on the Routines page.'
	},
	card: {
		title: 'Share',
		intro:
			'Anyone with the link can open this routine in Limber, even offline, and save their own copy. The routine travels inside the link itself; nothing is uploaded.',
		linkLabel: 'Link to this routine',
		share: 'Share link',
		/** The text beside the link in the share sheet. */
		text: (title: string) => `A stretch routine for Limber: ${title}`,
		said: {
			shared: 'Shared.',
			copied: 'Link copied',
			unsupported: 'This browser could not copy the link. Select the link above and copy it.'
		}
	}
};

export default en;

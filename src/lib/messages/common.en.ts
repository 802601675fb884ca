// Words several parts loaded later share (each shows only after the page has started, so they are
// not in the frame's catalog that every first visit downloads): the 0–10 pain scale, and the
// alerts of a write not saved, a delete to undo and a new version.
const en = {
	/** The 0–10 pain scale (ui/PainScale.svelte), in the session's and the check-in's questions. */
	pain: {
		/** A level's name for a screen reader, its ends said. */
		level: (n: number) => `${n} out of 10${n === 0 ? ', no pain' : n === 10 ? ', worst pain' : ''}`,
		none: 'No pain',
		worst: 'Worst pain',
		skip: 'Skip'
	},
	/** Said the same way on every page: a write that did not reach the disk, Undo, a new version. */
	alerts: {
		tryAgain: 'Try again',
		downloaded: (after: string) => `The file is in your downloads. ${after}`,
		noDownload: "This browser wouldn't start the download.",
		stillNot: 'Tried again: still not saving.',
		deleted: (name: string) => `Deleted “${name}”.`,
		/** Names the alert of a delete not done (it stayed on the device) for a screen reader. */
		notDeleted: (name: string) => `Not deleted: ${name}`,
		undo: 'Undo',
		dismiss: 'Dismiss',
		update: 'A new version of Limber is ready.',
		updating: 'Updating…',
		reload: 'Reload to update',
		later: 'Later'
	}
};

export default en;

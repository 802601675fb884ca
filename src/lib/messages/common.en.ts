// Words several parts loaded later share (each shows only after the page has started, so they are
// not in the frame's catalog that every first visit downloads): the 0–10 pain scale, and the
// alerts of a write not saved, a delete to undo and a new version.
import type {
	HeldThing,
	OtherTab,
	StorageProblem,
	StorageSaid,
	StoredThing
} from '$lib/core/storage-said';

/** What a write was of, or what a person saved, as the sentences below name it. */
const THING: Record<StoredThing | HeldThing, string> = {
	session: 'session',
	'journal-entry': 'journal entry',
	'running-session': 'running session',
	setting: 'setting',
	episode: 'episode',
	routine: 'routine',
	program: 'program',
	'check-in': 'check-in',
	note: 'note',
	timer: 'timer'
};

/** Why nothing reaches the disk, the first half of the sentences below. */
const WHY: Record<StorageProblem, string> = {
	unavailable:
		"This browser isn't letting Limber save anything (private browsing, or storage turned off)",
	quota: 'Your device is out of storage space',
	error: "Limber's storage stopped working"
};

/** What the person can do about it. */
const NEXT: Record<StorageProblem, string> = {
	unavailable: 'To keep your records, use Limber in a normal browser window with storage allowed.',
	quota: 'Free up some space, then tap Try again.',
	error: 'Tap Try again in a moment.'
};

const BACKUP: Record<Extract<StorageSaid, { code: 'backup' }>['step'], string> = {
	export: "Limber couldn't read your data to export it. Please try again.",
	restore: "Limber couldn't restore this backup. Nothing was changed.",
	'restore-quota':
		"There isn't enough storage space on this device to restore this backup. Nothing was changed.",
	erase: "Limber couldn't erase your data. Please try again."
};

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
	},
	/**
	 * When records are not being kept (storage's codes, core/storage-said.ts): each names the real
	 * reason and promises only what is true: what is held in memory lasts until the app is closed
	 * (a reload included), and goes to the disk with the next write or Try again once it works.
	 */
	storage: {
		/** The storage warning: why nothing is kept, and what to do. */
		status: (reason: StorageProblem, tab?: OtherTab): string => {
			if (tab === 'older')
				return 'Another Limber tab is open with an older version of the app. Close it and reload this page; until then, nothing will be kept after you close the app.';
			if (tab === 'newer')
				return 'A newer version of Limber is open in another tab. Reload this page to use it; until then, nothing will be kept after you close the app.';
			const what = reason === 'unavailable' ? 'what you do now' : 'what you save now';
			return `${WHY[reason]}, so ${what} is kept only until you close the app. ${NEXT[reason]}`;
		},
		/** A write or backup step that changed nothing. */
		said: (s: StorageSaid): string => {
			switch (s.code) {
				case 'refused':
					return s.problem === 'error'
						? `Limber couldn't save this ${THING[s.thing]}. Please try again.`
						: `${WHY[s.problem]}, so this ${THING[s.thing]} wasn't saved. ${NEXT[s.problem]}`;
				case 'invalid':
					return `This ${THING[s.thing]} couldn't be saved because some of it is missing or out of range.`;
				case 'exists':
					return `This ${THING[s.thing]} is already saved.`;
				case 'setting':
					return s.problem === 'name'
						? 'This setting has an unusable name.'
						: "This setting couldn't be saved because its value is not plain data.";
				case 'backup':
					return BACKUP[s.step];
			}
		},
		/** A write Limber holds in memory until the disk works again. */
		held: (problem: StorageProblem, what: HeldThing): string =>
			`${WHY[problem]}, so this ${THING[what]} isn't saved on this device: Limber holds it only until you close the app. ${NEXT[problem]}`,
		/** A delete Limber holds in memory: the record is still on the disk. */
		heldDelete: (problem: StorageProblem, what: HeldThing): string =>
			`${WHY[problem]}, so this ${THING[what]} isn't deleted from this device: Limber hides it only until you close the app. ${NEXT[problem]}`
	}
};

export default en;

// What to tell the person when their records are not being kept: for the storage warning, for a
// write the disk refused, and for one Limber holds in memory meanwhile. Each names the real
// reason and promises only what is true: what is held in memory lasts until the app is closed
// (a reload included), and goes to the disk with the next write or Try again once it works.
// Apart from status.ts, which every page loads: only the storage code that meets a problem needs
// these. Every sentence the storage code gives is here, in English, and the rest of storage/
// passes codes (what a write was of, why it failed) to it: the one file left to move to the
// messages once the alerts that show these sentences build them from codes.
import type { StorageErrorCode, StoredThing } from './errors';
import type { StorageProblem, StorageStatus } from './status';

/** What a write was of, as the sentences below name it. */
const THING: Record<StoredThing, string> = {
	session: 'session',
	'journal-entry': 'journal entry',
	'running-session': 'running session',
	setting: 'setting',
	episode: 'episode',
	routine: 'routine',
	program: 'program'
};

/** Why nothing reaches the disk, the first half of every sentence below. */
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

const MESSAGES: Record<StorageProblem, string> = {
	unavailable: `${WHY.unavailable}, so what you do now is kept only until you close the app. ${NEXT.unavailable}`,
	quota: `${WHY.quota}, so what you save now is kept only until you close the app. ${NEXT.quota}`,
	error: `${WHY.error}, so what you save now is kept only until you close the app. ${NEXT.error}`
};

/** The sentence for a write the disk refused: nothing was kept. */
export function refusedWords(
	code: Exclude<StorageErrorCode, 'invalid' | 'exists'>,
	thing: StoredThing
) {
	const what = THING[thing];
	const problem: StorageProblem = code === 'failed' ? 'error' : code;
	if (problem === 'error') return `Limber couldn't save this ${what}. Please try again.`;
	return `${WHY[problem]}, so this ${what} wasn't saved. ${NEXT[problem]}`;
}

/** The sentence for a record that failed its check: nothing was written. */
export function invalidWords(thing: StoredThing): string {
	return `This ${THING[thing]} couldn't be saved because some of it is missing or out of range.`;
}

/** The sentence for an `add` that found the record already there. */
export function existsWords(thing: StoredThing): string {
	return `This ${THING[thing]} is already saved.`;
}

/** The sentence for a setting refused before it reached the disk: its name, or its value. */
export function settingWords(problem: 'name' | 'value'): string {
	return problem === 'name'
		? 'This setting has an unusable name.'
		: "This setting couldn't be saved because its value is not plain data.";
}

/** The storage warning while another tab of another version holds the database. */
export function tabWords(other: 'older' | 'newer'): string {
	return other === 'older'
		? 'Another Limber tab is open with an older version of the app. Close it and reload this page; until then, nothing will be kept after you close the app.'
		: 'A newer version of Limber is open in another tab. Reload this page to use it; until then, nothing will be kept after you close the app.';
}

/** The sentence for an export, a restore or an erase that failed: nothing was changed. */
export function backupWords(what: 'export' | 'restore' | 'restore-quota' | 'erase'): string {
	switch (what) {
		case 'export':
			return "Limber couldn't read your data to export it. Please try again.";
		case 'restore':
			return "Limber couldn't restore this backup. Nothing was changed.";
		case 'restore-quota':
			return "There isn't enough storage space on this device to restore this backup. Nothing was changed.";
		case 'erase':
			return "Limber couldn't erase your data. Please try again.";
	}
}

/** The sentence for a write Limber holds in memory until the disk works again. */
export function keptWords(problem: StorageProblem, what: string): string {
	return `${WHY[problem]}, so this ${what} isn't saved on this device: Limber holds it only until you close the app. ${NEXT[problem]}`;
}

/** The sentence for a delete Limber holds in memory: the record is still on the disk. */
export function keptDeleteWords(problem: StorageProblem, what: string): string {
	return `${WHY[problem]}, so this ${what} isn't deleted from this device: Limber hides it only until you close the app. ${NEXT[problem]}`;
}

export function statusFor(reason: StorageProblem, message = MESSAGES[reason]): StorageStatus {
	return Object.freeze({ persistent: false, reason, message });
}

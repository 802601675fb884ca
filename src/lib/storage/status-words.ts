// What to tell the person when their records are not being kept: for the storage warning, for a
// write the disk refused, and for one Limber holds in memory meanwhile. Each names the real
// reason and promises only what is true: what is held in memory lasts until the app is closed
// (a reload included), and goes to the disk with the next write or Try again once it works.
// Apart from status.ts, which every page loads: only the storage code that meets a problem needs
// these.
import type { StorageErrorCode } from './errors';
import type { StorageProblem, StorageStatus } from './status';

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
export function refusedWords(code: Exclude<StorageErrorCode, 'invalid' | 'exists'>, what: string) {
	const problem: StorageProblem = code === 'failed' ? 'error' : code;
	if (problem === 'error') return `Limber couldn't save this ${what}. Please try again.`;
	return `${WHY[problem]}, so this ${what} wasn't saved. ${NEXT[problem]}`;
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

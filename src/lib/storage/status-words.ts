// What to tell the person when their records are not being kept, one sentence per problem.
// Apart from status.ts, which every page loads: only the storage code that meets a problem needs
// these.
import type { StorageProblem, StorageStatus } from './status';

const MESSAGES: Record<StorageProblem, string> = {
	unavailable:
		"This browser isn't letting Limber save anything (private browsing or storage is turned off). You can use the app, but nothing will be kept after you close it.",
	quota:
		"Your device is out of storage space, so Limber can't save anything more. Free up some space; until then, nothing new will be kept after you close the app.",
	error:
		"Limber's storage stopped working, so nothing new will be kept after you close the app. Reloading the page may fix it."
};

export function statusFor(reason: StorageProblem, message = MESSAGES[reason]): StorageStatus {
	return Object.freeze({ persistent: false, reason, message });
}

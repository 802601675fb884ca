// Whether what the user does this visit is being saved, published so the UI can say plainly
// when it is not. state/storage-health.svelte.ts subscribes and holds it for the UI.

export type StorageProblem = 'unavailable' | 'quota' | 'error';

export interface StorageStatus {
	/** False when data lives only in this tab's memory and is lost when it closes. */
	persistent: boolean;
	reason?: StorageProblem;
	/** A sentence for the user, present whenever `persistent` is false. */
	message?: string;
}

export type StatusListener = (status: StorageStatus) => void;

const MESSAGES: Record<StorageProblem, string> = {
	unavailable:
		"This browser isn't letting Limber save anything (private browsing or storage is turned off). You can use the app, but nothing will be kept after you close it.",
	quota:
		"Your device is out of storage space, so Limber can't save anything more. Free up some space; until then, nothing new will be kept after you close the app.",
	error:
		"Limber's storage stopped working, so nothing new will be kept after you close the app. Reloading the page may fix it."
};

const PERSISTENT: StorageStatus = Object.freeze({ persistent: true });

let current: StorageStatus = PERSISTENT;
const listeners = new Set<StatusListener>();

export function statusFor(reason: StorageProblem, message = MESSAGES[reason]): StorageStatus {
	return Object.freeze({ persistent: false, reason, message });
}

export function getStorageStatus(): StorageStatus {
	return current;
}

export function setStorageStatus(next: StorageStatus): void {
	if (
		next.persistent === current.persistent &&
		next.reason === current.reason &&
		next.message === current.message
	) {
		return;
	}
	current = next;
	for (const listener of [...listeners]) listener(current);
}

/** Calls `listener` now and on every change; returns the unsubscribe function. */
export function subscribeStorageStatus(listener: StatusListener): () => void {
	listeners.add(listener);
	listener(current);
	return () => {
		listeners.delete(listener);
	};
}

export function resetStorageStatus(): void {
	setStorageStatus(PERSISTENT);
}

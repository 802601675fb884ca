// Whether what the user does this visit is being saved, published so the UI can say plainly
// when it is not. state/storage-health.svelte.ts subscribes and holds it for the UI. The words for
// each problem are in status-words.ts, which loads with the storage code that can meet one.

export type StorageProblem = 'unavailable' | 'quota' | 'error';

export interface StorageStatus {
	/** False when data lives only in this tab's memory and is lost when it closes. */
	persistent: boolean;
	reason?: StorageProblem;
	/** A sentence for the user, present whenever `persistent` is false. */
	message?: string;
}

export type StatusListener = (status: StorageStatus) => void;

const PERSISTENT: StorageStatus = Object.freeze({ persistent: true });

let current: StorageStatus = PERSISTENT;
const listeners = new Set<StatusListener>();

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

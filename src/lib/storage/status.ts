// Whether what the user does this visit is being saved, published so the UI can say plainly
// when it is not. state/storage-health.svelte.ts subscribes and holds it for the UI, which words
// it in the page's language (messages/common `storage.status`).
import type { OtherTab, StorageProblem } from '$lib/core/storage-said';

export type { StorageProblem };

export interface StorageStatus {
	/** False when data lives only in this tab's memory and is lost when it closes. */
	persistent: boolean;
	reason?: StorageProblem;
	/** Another tab keeps the database at another version (the reason this one cannot use it). */
	tab?: OtherTab;
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
		next.tab === current.tab
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

/** The status of a visit that cannot keep what it records, and why. */
export function statusFor(reason: StorageProblem, tab?: OtherTab): StorageStatus {
	return Object.freeze(tab ? { persistent: false, reason, tab } : { persistent: false, reason });
}

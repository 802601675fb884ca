// Tells every open Limber tab, this one included, that stored data changed, so lists and
// timers re-read instead of showing stale data.
import type { StoreName } from './db';
import { STORE_NAMES } from './names';

export const CHANNEL_NAME = 'limber-data';

export type DataOp = 'put' | 'delete' | 'clear' | 'import';
const OPS: readonly DataOp[] = ['put', 'delete', 'clear', 'import'];

/** What is posted on the channel; `key` is set for single-record writes. */
export interface DataChange {
	store: StoreName;
	op: DataOp;
	key?: string;
}

/** `remote` is true when the change came from another tab. */
export type DataListener = (change: DataChange, remote: boolean) => void;

const listeners = new Set<DataListener>();
let channel: BroadcastChannel | null | undefined;

function deliver(change: DataChange, remote: boolean): void {
	for (const listener of [...listeners]) {
		try {
			listener(change, remote);
		} catch (error) {
			// One broken listener must not stop the others or fail the write that triggered it.
			console.error(error);
		}
	}
}

// Messages come from other tabs, possibly running another version of the app, so only
// well-formed changes are passed on.
function asChange(data: unknown): DataChange | null {
	if (typeof data !== 'object' || data === null) return null;
	const { store, op, key } = data as Record<string, unknown>;
	if (!STORE_NAMES.includes(store as StoreName) || !OPS.includes(op as DataOp)) return null;
	if (key !== undefined && typeof key !== 'string') return null;
	return key === undefined
		? { store: store as StoreName, op: op as DataOp }
		: { store: store as StoreName, op: op as DataOp, key };
}

function getChannel(): BroadcastChannel | null {
	if (channel !== undefined) return channel;
	if (typeof BroadcastChannel === 'undefined') return (channel = null);
	try {
		channel = new BroadcastChannel(CHANNEL_NAME);
	} catch {
		return (channel = null);
	}
	channel.onmessage = (event: MessageEvent<unknown>) => {
		const change = asChange(event.data);
		if (change) deliver(change, true);
	};
	// Node keeps a process alive while a channel is open; browsers have no such method.
	(channel as { unref?: () => void }).unref?.();
	return channel;
}

/**
 * Announces a committed write. `crossTab: false` is for writes that only live in this tab's
 * memory: other tabs could not see them, so telling them would only cause useless re-reads.
 */
export function notifyChange(change: DataChange, crossTab = true): void {
	if (crossTab) {
		try {
			getChannel()?.postMessage(change);
		} catch {
			// A closed channel (page unloading) is not worth failing a saved write over.
		}
	}
	deliver(change, false);
}

/** Calls `listener` after every write in any tab; returns the unsubscribe function. */
export function onDataChange(listener: DataListener): () => void {
	getChannel();
	listeners.add(listener);
	return () => {
		listeners.delete(listener);
	};
}

/**
 * Closes the channel and forgets listeners; for tests (storage/testing.ts).
 * @internal
 */
export function closeBroadcast(): void {
	channel?.close();
	channel = undefined;
	listeners.clear();
}

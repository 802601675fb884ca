// Word between the tabs showing one session (BroadcastChannel). The tab holding the session's
// lock runs it and writes its record; a tab that only shows it tells that tab when the person
// stops the session there, so the record is still written by one tab.

export interface StopMessage {
	type: 'stop';
	/** The session's id. */
	id: string;
	/** When the person tapped Stop (epoch ms). */
	at: number;
}

export type SessionMessage = StopMessage;

const NAME = 'limber-session';
let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
	if (channel === undefined)
		channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(NAME);
	return channel;
}

function isSessionMessage(data: unknown): data is SessionMessage {
	if (typeof data !== 'object' || data === null) return false;
	const m = data as Record<string, unknown>;
	return m.type === 'stop' && typeof m.id === 'string' && Number.isFinite(m.at);
}

/** Tells the other tabs; false where the browser has no BroadcastChannel. */
export function sendSessionMessage(message: SessionMessage): boolean {
	const to = open();
	to?.postMessage(message);
	return to !== null;
}

/** Calls `listener` for each message from another tab; returns the unsubscribe function. */
export function onSessionMessage(listener: (message: SessionMessage) => void): () => void {
	const from = open();
	if (!from) return () => {};
	const handle = (event: MessageEvent) => {
		if (isSessionMessage(event.data)) listener(event.data);
	};
	from.addEventListener('message', handle);
	return () => from.removeEventListener('message', handle);
}

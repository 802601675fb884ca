// The one message the service worker accepts from the page: workbox-window's
// `messageSkipWaiting()` (state/pwa.svelte.ts) sends `{ type: 'SKIP_WAITING' }` when the person
// accepts an update. The page does not import this file; the type string is the contract.

export const SKIP_WAITING = 'SKIP_WAITING' as const;

export interface SkipWaitingMessage {
	type: typeof SKIP_WAITING;
}

export type PageToWorkerMessage = SkipWaitingMessage;

export function isPageToWorkerMessage(data: unknown): data is PageToWorkerMessage {
	return (
		typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING
	);
}

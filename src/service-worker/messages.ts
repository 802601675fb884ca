// Messages the page and the service worker exchange; the only code both sides share.

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

// Shares a link through the system share sheet, or copies it where there is none.

export type ShareResult = 'shared' | 'cancelled' | 'copied' | 'unsupported';

export interface ShareLink {
	title: string;
	text?: string;
	url: string;
}

/** Call from a tap: both the share sheet and the clipboard need a user gesture. */
export async function shareLink(link: ShareLink): Promise<ShareResult> {
	if (typeof navigator === 'undefined') return 'unsupported';
	const data: ShareData = { title: link.title, text: link.text, url: link.url };
	if (typeof navigator.share === 'function' && navigator.canShare?.(data) !== false) {
		try {
			await navigator.share(data);
			return 'shared';
		} catch (error) {
			// Older Safari's DOMException is not an Error, so the name is read directly.
			if ((error as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled';
			// Anything else (no gesture, a sheet already open, policy) still deserves the copy.
		}
	}
	try {
		if (typeof navigator.clipboard?.writeText !== 'function') return 'unsupported';
		// Only the URL: pasted into a message or a browser, it is what the other person needs.
		await navigator.clipboard.writeText(link.url);
		return 'copied';
	} catch {
		return 'unsupported';
	}
}

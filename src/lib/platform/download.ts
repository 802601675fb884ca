// Saves generated text (exports, calendar files) as a download, with no server round trip.

/**
 * Some browsers (Safari, older Firefox) read the object URL only after click() returns, so
 * revoking at once can cancel the download; a short wait is enough and frees the memory.
 */
const REVOKE_AFTER_MS = 10_000;

/** Starts a download of `content` named `name`; false where there is no document to do it in. */
export function downloadFile(name: string, mime: string, content: string | Blob): boolean {
	if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
	try {
		const blob =
			typeof content === 'string' || content.type !== mime
				? new Blob([content], { type: mime })
				: content;
		const url = URL.createObjectURL(blob);
		const a = document.createElement('a');
		a.href = url;
		a.download = name;
		a.rel = 'noopener';
		a.hidden = true;
		// Firefox only follows a click on a link that is in the document.
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
		return true;
	} catch {
		return false;
	}
}

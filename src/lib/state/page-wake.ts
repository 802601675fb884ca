// The page coming back: from a locked screen, a frozen tab or the back/forward cache. A running
// session catches up at once rather than at its next (possibly throttled) tick.

export interface PageWakeHooks {
	/** The page is in view again, or got focus: catch up now. */
	awake(): void;
	/** The page was shown or hidden (called after `awake` when it was shown). */
	visibility(visible: boolean): void;
}

type Listening = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** The page's document and window; the browser's by default, fakes in tests. */
export interface PageTargets {
	document: Listening & { readonly visibilityState: DocumentVisibilityState };
	window: Listening;
}

/** Calls `hooks` as the page wakes, shows or hides; returns the function that stops listening. */
export function onPageWake(
	hooks: PageWakeHooks,
	page: PageTargets = { document, window }
): () => void {
	const visible = () => page.document.visibilityState === 'visible';
	const wake = () => {
		if (visible()) hooks.awake();
	};
	const changed = () => {
		wake();
		hooks.visibility(visible());
	};
	const listeners: [Listening, string, () => void][] = [
		[page.document, 'visibilitychange', changed],
		[page.document, 'resume', wake],
		[page.window, 'pageshow', wake],
		[page.window, 'focus', wake]
	];
	for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
	return () => {
		for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
	};
}

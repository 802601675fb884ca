// Keeps the screen on while a session runs, so the countdown stays in view and timers keep
// running; the browser drops the lock whenever the page is hidden, so it is taken again on return.

export function isWakeLockSupported(): boolean {
	return typeof navigator !== 'undefined' && 'wakeLock' in navigator;
}

/**
 * One hold on the screen wake lock: `acquire()` when a session starts, `release()` when it
 * stops. Nothing here throws; a refused lock (low battery, hidden page, policy) just means the
 * screen may sleep, and `onChange` lets the UI say so.
 */
export class ScreenWakeLock {
	#sentinel: WakeLockSentinel | null = null;
	#wanted = false;
	#request: Promise<boolean> | null = null;
	readonly #onChange: ((held: boolean) => void) | undefined;

	constructor(onChange?: (held: boolean) => void) {
		this.#onChange = onChange;
	}

	get held(): boolean {
		return this.#sentinel !== null && !this.#sentinel.released;
	}

	/** Asks for the lock and keeps asking each time the page becomes visible, until release(). */
	acquire(): Promise<boolean> {
		if (!isWakeLockSupported()) return Promise.resolve(false);
		if (!this.#wanted) {
			this.#wanted = true;
			document.addEventListener('visibilitychange', this.#onVisibility);
		}
		return this.#take();
	}

	async release(): Promise<void> {
		if (this.#wanted) document.removeEventListener('visibilitychange', this.#onVisibility);
		this.#wanted = false;
		const sentinel = this.#sentinel;
		this.#sentinel = null;
		try {
			await sentinel?.release();
		} catch {
			// Already released by the browser.
		}
	}

	readonly #onVisibility = () => {
		if (document.visibilityState === 'visible') void this.#take();
	};

	#take(): Promise<boolean> {
		if (this.held) return Promise.resolve(true);
		// A hidden page is always refused; the visibility listener will try again.
		if (document.visibilityState !== 'visible') return Promise.resolve(false);
		this.#request ??= this.#requestLock().finally(() => (this.#request = null));
		return this.#request;
	}

	async #requestLock(): Promise<boolean> {
		try {
			const sentinel = await navigator.wakeLock.request('screen');
			// Stopped while the request was pending: let go at once rather than keep the screen on.
			if (!this.#wanted) {
				await sentinel.release().catch(() => {});
				return false;
			}
			this.#sentinel = sentinel;
			sentinel.addEventListener('release', () => {
				if (this.#sentinel === sentinel) this.#sentinel = null;
				this.#onChange?.(false);
			});
			this.#onChange?.(true);
			return true;
		} catch {
			return false;
		}
	}
}

// Watching for a new version of Limber, on every visit after the first (a first visit has no
// worker to replace). Loaded with workbox-window only then, so a first visit downloads neither.
import { Workbox } from 'workbox-window';

/** The parts of workbox-window's Workbox this uses; a fake in tests. */
export interface WorkboxLike {
	addEventListener(type: 'waiting', listener: () => void): void;
	addEventListener(type: 'controlling', listener: (event: { isUpdate?: boolean }) => void): void;
	register(): Promise<unknown>;
	update(): Promise<unknown>;
	messageSkipWaiting(): void;
}

export class UpdateWatch {
	readonly #wb: WorkboxLike;
	readonly #offer: () => void;
	readonly #reload: () => void;
	#accepted = false;
	/** The new version already controls this page (accepted in another tab): a reload shows it. */
	#arrived = false;

	/** `offer` is called when a new version can be offered; `reload` shows it. */
	constructor(wb: WorkboxLike, offer: () => void, reload: () => void) {
		this.#wb = wb;
		this.#offer = offer;
		this.#reload = reload;
		wb.addEventListener('waiting', () => offer());
		wb.addEventListener('controlling', (event) => {
			if (!event.isUpdate) return;
			// Reload only into an update the person asked for. Accepted in another tab, it now
			// controls this page too: the offer stands (or appears), and taking it reloads at once.
			if (this.#accepted) {
				this.#reload();
				return;
			}
			this.#arrived = true;
			this.#offer();
		});
	}

	/** Registers the worker; false when the browser refused it. */
	async register(): Promise<boolean> {
		try {
			await this.#wb.register();
			return true;
		} catch {
			return false;
		}
	}

	/** Looks for a new version (when the app comes back to the foreground). */
	check(): void {
		void this.#wb.update().catch(() => undefined);
	}

	/**
	 * Activates the waiting worker; the page reloads once it controls the page, or at once if it
	 * already does (another tab accepted it first, and nothing is waiting any more).
	 */
	apply(): void {
		this.#accepted = true;
		if (this.#arrived) this.#reload();
		else this.#wb.messageSkipWaiting();
	}
}

/** Registers the worker through workbox-window and watches it; null when it could not register. */
export async function watchUpdates(offer: () => void): Promise<UpdateWatch | null> {
	// The worker in control keeps its address, and with it the language it keeps offline.
	const url = navigator.serviceWorker.controller?.scriptURL ?? '/service-worker.js';
	const watch = new UpdateWatch(new Workbox(url, { scope: '/' }), offer, () => location.reload());
	if (!(await watch.register())) return null;
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible' && navigator.onLine) watch.check();
	});
	return watch;
}

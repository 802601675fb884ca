// Test support for the state suites that run Svelte's client runtime (*.svelte.test.ts): a
// reader on screen, played by an effect, and event targets that count their listeners.
// Imported only by tests, so none of it reaches the app bundle.
/* eslint-disable svelte/prefer-svelte-reactivity -- the counts are the test's, never shown */
import { flushSync } from 'svelte';
import { vi } from 'vitest';

/**
 * Reads `read` in an effect, as a component on screen does: `seen` is what it showed, each
 * change once (an effect that runs again for the same value shows nothing new), and `stop` takes
 * it off screen.
 */
export function show<T>(read: () => T): { seen: T[]; stop: () => void } {
	const seen: T[] = [];
	const stop = $effect.root(() => {
		$effect(() => {
			const value = read();
			if (seen.length === 0 || JSON.stringify(seen.at(-1)) !== JSON.stringify(value)) {
				seen.push(value);
			}
		});
	});
	flushSync();
	return { seen, stop };
}

/** Lets what Svelte does after the last reader goes (a microtask later) happen, and timers due now. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** An event target that counts its listeners by type (a listener removed is no longer counted). */
export class CountingTarget extends EventTarget {
	readonly #held = new Map<string, Set<EventListenerOrEventListenerObject>>();

	listeners(type?: string): number {
		if (type !== undefined) return this.#held.get(type)?.size ?? 0;
		return [...this.#held.values()].reduce((sum, set) => sum + set.size, 0);
	}

	override addEventListener(
		type: string,
		listener: EventListenerOrEventListenerObject | null,
		options?: AddEventListenerOptions | boolean
	): void {
		if (listener) this.#held.set(type, (this.#held.get(type) ?? new Set()).add(listener));
		super.addEventListener(type, listener, options);
	}

	override removeEventListener(
		type: string,
		listener: EventListenerOrEventListenerObject | null,
		options?: EventListenerOptions | boolean
	): void {
		if (listener) this.#held.get(type)?.delete(listener);
		super.removeEventListener(type, listener, options);
	}

	/** Dispatches a plain event of `type`, with `fields` on it. */
	fire(type: string, fields: Record<string, unknown> = {}): void {
		this.dispatchEvent(Object.assign(new Event(type), fields));
	}
}

/** A window of its own for `addEventListener` and friends on the global object. */
export function stubWindow(stub: (name: string, value: unknown) => unknown): CountingTarget {
	const win = new CountingTarget();
	stub('addEventListener', win.addEventListener.bind(win));
	stub('removeEventListener', win.removeEventListener.bind(win));
	stub('dispatchEvent', win.dispatchEvent.bind(win));
	return win;
}

/** A file the page downloaded through platform/download.ts. */
export interface Download {
	name: string;
	blob: Blob;
}

/**
 * Catches downloads: the link platform/download.ts clicks is made in `page` (a stubbed document
 * of the test's, or else one made here).
 */
export function captureDownloads(page?: object): Download[] {
	const files: Download[] = [];
	let blob: Blob | null = null;
	const link: Record<string, unknown> = {
		click: () => {
			if (blob) files.push({ name: String(link.download), blob });
		},
		remove: () => {}
	};
	const parts = { createElement: () => link, body: { append: () => {} } };
	if (page) Object.assign(page, parts);
	else vi.stubGlobal('document', parts);
	vi.spyOn(URL, 'createObjectURL').mockImplementation((made) => {
		blob = made as Blob;
		return 'blob:limber';
	});
	vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
	return files;
}

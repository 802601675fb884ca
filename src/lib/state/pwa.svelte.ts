// The app shell's view of the service worker, installation and connectivity.
import { browser, dev } from '$app/environment';
import { createSubscriber } from 'svelte/reactivity';
import { langOfPath } from '$lib/core/lang';
import { workerUrl } from '$lib/core/offline-files';
import type { UpdateWatch } from './update-watch';

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallHelp = 'prompt' | 'ios' | 'installed' | 'none';

/** @internal Exported for its test; the app uses the one instance below. */
export class Pwa {
	updateWaiting = $state(false);
	canPrompt = $state(false);
	isIos = $state(false);
	/** Ids of guided sessions or timers now running; the update toast waits for them. */
	#active = $state<string[]>([]);
	#watch: UpdateWatch | null = null;
	#prompt: BeforeInstallPromptEvent | null = null;
	/** Set by start(): before it (and while prerendering) the page claims to be online, and nothing
	 * is listened to. */
	#started = $state(false);
	#installed = $state(false);
	#standalone: MediaQueryList | null = null;
	/** Whether the display mode said standalone when it was last looked at. */
	#wasStandalone = false;

	/** Listens for the connection only while something on screen reads it. */
	#followOnline = createSubscriber((update) => {
		addEventListener('online', update);
		addEventListener('offline', update);
		return () => {
			removeEventListener('online', update);
			removeEventListener('offline', update);
		};
	});

	/** Follows the display mode (opened from the home screen or not) only while it is read. */
	#followStandalone = createSubscriber(() => {
		const query = this.#standalone;
		if (!query) return;
		const take = (matches: boolean) => {
			if (matches !== this.#wasStandalone) this.#installed = matches;
			this.#wasStandalone = matches;
		};
		// A change while nothing was reading counts as if it had been heard.
		take(query.matches);
		const onChange = (event: MediaQueryListEvent) => take(event.matches);
		query.addEventListener('change', onChange);
		return () => query.removeEventListener('change', onChange);
	});

	get online(): boolean {
		if (!this.#started) return true;
		this.#followOnline();
		return navigator.onLine;
	}

	get installed(): boolean {
		if (this.#started) this.#followStandalone();
		return this.#installed;
	}

	get sessionActive(): boolean {
		return this.#active.length > 0;
	}

	/** The toast is held back while a session runs: an update must never cut one short. */
	get showUpdate(): boolean {
		return this.updateWaiting && !this.sessionActive;
	}

	get installHelp(): InstallHelp {
		if (this.installed) return 'installed';
		if (this.canPrompt) return 'prompt';
		if (this.isIos) return 'ios';
		return 'none';
	}

	/** Later features call this when a session starts; the returned function ends the hold. */
	holdUpdates(id: string): () => void {
		if (!this.#active.includes(id)) this.#active = [...this.#active, id];
		return () => {
			this.#active = this.#active.filter((x) => x !== id);
		};
	}

	start(): void {
		if (!browser) return;
		this.#started = true;

		const standalone = matchMedia('(display-mode: standalone)');
		this.#standalone = standalone;
		this.#wasStandalone = standalone.matches;
		this.#installed =
			standalone.matches || (navigator as { standalone?: boolean }).standalone === true;
		this.isIos =
			/iphone|ipad|ipod/i.test(navigator.userAgent) ||
			(navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);

		// These two live for the page: the browser offers installing once, whoever is looking.
		addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#prompt = event as BeforeInstallPromptEvent;
			this.canPrompt = true;
		});
		addEventListener('appinstalled', () => {
			this.#installed = true;
			this.canPrompt = false;
			this.#prompt = null;
		});

		if ('serviceWorker' in navigator && !dev) void this.#register();
	}

	async #register(): Promise<void> {
		const container = navigator.serviceWorker;
		// A first visit has no worker yet, so nothing can be waiting to replace it: the browser's own
		// call installs the worker, and the first visit does not download workbox-window. Every later
		// visit, once a worker controls the page, loads it and the watch (from the precache).
		if (!container.controller) {
			const lang = langOfPath(globalThis.location?.pathname ?? '/');
			await container.register(workerUrl(lang), { scope: '/' }).catch(() => {
				// Without a worker Limber still works online; nothing to tell the user.
			});
			return;
		}
		const { watchUpdates } = await import('./update-watch');
		this.#watch = await watchUpdates(() => (this.updateWaiting = true));
	}

	/** Takes the new version: the page reloads into it (see update-watch.ts). */
	applyUpdate(): void {
		this.#watch?.apply();
	}

	async promptInstall(): Promise<void> {
		const prompt = this.#prompt;
		if (!prompt) return;
		await prompt.prompt();
		const choice = await prompt.userChoice;
		this.#prompt = null;
		this.canPrompt = false;
		if (choice.outcome === 'accepted') this.#installed = true;
	}
}

export const pwa = new Pwa();

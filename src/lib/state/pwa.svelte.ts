// The app shell's view of the service worker, installation and connectivity.
import { browser, dev } from '$app/environment';
import type { UpdateWatch } from './update-watch';

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallHelp = 'prompt' | 'ios' | 'installed' | 'none';

class Pwa {
	online = $state(true);
	updateWaiting = $state(false);
	installed = $state(false);
	canPrompt = $state(false);
	isIos = $state(false);
	/** Ids of guided sessions or timers now running; the update toast waits for them. */
	#active = $state<string[]>([]);
	#watch: UpdateWatch | null = null;
	#prompt: BeforeInstallPromptEvent | null = null;

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
		this.online = navigator.onLine;
		addEventListener('online', () => (this.online = true));
		addEventListener('offline', () => (this.online = false));

		const standalone = matchMedia('(display-mode: standalone)');
		this.installed =
			standalone.matches || (navigator as { standalone?: boolean }).standalone === true;
		standalone.addEventListener('change', (e) => (this.installed = e.matches));
		this.isIos =
			/iphone|ipad|ipod/i.test(navigator.userAgent) ||
			(navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);

		addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#prompt = event as BeforeInstallPromptEvent;
			this.canPrompt = true;
		});
		addEventListener('appinstalled', () => {
			this.installed = true;
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
			await container.register('/service-worker.js', { scope: '/' }).catch(() => {
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
		if (choice.outcome === 'accepted') this.installed = true;
	}
}

export const pwa = new Pwa();

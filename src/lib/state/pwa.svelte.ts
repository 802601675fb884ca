// The app shell's view of the service worker, installation and connectivity.
import { browser, dev } from '$app/environment';
import type { Workbox } from 'workbox-window';

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
	#wb: Workbox | null = null;
	#prompt: BeforeInstallPromptEvent | null = null;
	#accepted = false;
	/** The new version already controls this page (accepted in another tab): a reload shows it. */
	#arrived = false;

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
		// visit, once a worker controls the page, loads it (from the precache) to watch for updates.
		if (!container.controller) {
			await container.register('/service-worker.js', { scope: '/' }).catch(() => {
				// Without a worker Limber still works online; nothing to tell the user.
			});
			return;
		}
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox('/service-worker.js', { scope: '/' });
		this.#wb = wb;
		wb.addEventListener('waiting', () => (this.updateWaiting = true));
		wb.addEventListener('controlling', (event) => {
			if (!event.isUpdate) return;
			// Reload only into an update the user asked for. Accepted in another tab, it now controls
			// this page too: the offer stands (or appears), and taking it reloads at once.
			if (this.#accepted) {
				location.reload();
				return;
			}
			this.#arrived = true;
			this.updateWaiting = true;
		});
		try {
			await wb.register();
		} catch {
			return;
		}
		// Look for a new version when the app comes back to the foreground.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible' && navigator.onLine) void wb.update();
		});
	}

	/**
	 * Activates the waiting worker; the page reloads once it controls the page, or at once if it
	 * already does (another tab accepted it first, and nothing is waiting any more).
	 */
	applyUpdate(): void {
		if (!this.#wb) return;
		this.#accepted = true;
		if (this.#arrived) location.reload();
		else this.#wb.messageSkipWaiting();
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

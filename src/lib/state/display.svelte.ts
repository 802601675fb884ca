// Display preferences (theme, flare mode, first-run note) that must apply before the first paint.
// They live in localStorage, not IndexedDB: they are read synchronously at start-up and are
// not health data. Everything the user records goes through src/lib/storage.
// static/boot.js (loaded first by src/app.html) reads the same key before the page paints; keep the
// two in step when the stored shape changes.
import { browser } from '$app/environment';

export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'limber:display';

interface Stored {
	theme: ThemeChoice;
	flare: boolean;
	/** The first-run note (general information, not medical advice) has been dismissed. */
	introSeen: boolean;
}

function read(): Stored {
	const fallback: Stored = { theme: 'system', flare: false, introSeen: false };
	if (!browser) return fallback;
	try {
		const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Stored> | null;
		return {
			theme: parsed?.theme === 'light' || parsed?.theme === 'dark' ? parsed.theme : 'system',
			flare: parsed?.flare === true,
			introSeen: parsed?.introSeen === true
		};
	} catch {
		return fallback;
	}
}

/** @internal Exported for its test; the app uses the one instance below. */
export class Display {
	theme = $state<ThemeChoice>('system');
	flare = $state(false);
	introSeen = $state(false);

	start(): void {
		this.#take(read());
		// Another tab changed the preference. Lives for the page: it sets <html>'s attributes,
		// which show whether or not anything reads these fields.
		addEventListener('storage', (event) => {
			if (event.key === KEY) this.#take(read());
		});
	}

	setTheme(theme: ThemeChoice): void {
		this.theme = theme;
		this.#save();
	}

	/**
	 * Flare mode: larger type and controls, lying-down routines and simple timers only, and
	 * guidance by voice, so switching it on also turns spoken cues on.
	 */
	setFlare(on: boolean): void {
		this.flare = on;
		this.#save();
		if (on) void this.#voiceOn();
	}

	dismissIntro(): void {
		this.introSeen = true;
		this.#save();
	}

	async #voiceOn(): Promise<void> {
		// Preferences load on demand (they are not needed to show a page); read the saved one
		// before changing it.
		const { settings } = await import('./settings.svelte');
		await settings.start();
		if (!settings.prefs.voice) await settings.set('voice', true);
	}

	#take(stored: Stored): void {
		this.theme = stored.theme;
		this.flare = stored.flare;
		this.introSeen = stored.introSeen;
		this.#apply();
	}

	#save(): void {
		this.#apply();
		const stored: Stored = { theme: this.theme, flare: this.flare, introSeen: this.introSeen };
		try {
			localStorage.setItem(KEY, JSON.stringify(stored));
		} catch {
			// Storage can be full or blocked; the choice still holds for this visit.
		}
	}

	#apply(): void {
		if (!browser) return;
		const root = document.documentElement;
		if (this.theme === 'system') root.removeAttribute('data-theme');
		else root.dataset.theme = this.theme;
		root.dataset.flare = String(this.flare);
		root.dataset.introSeen = String(this.introSeen);
	}
}

export const display = new Display();

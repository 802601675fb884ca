// Display preferences (theme, flare mode, first-run note) that must apply before the first paint.
// They live in localStorage, not IndexedDB: they are read synchronously at start-up and are
// not health data. Everything the user records goes through src/lib/storage.
// static/boot.js (loaded first by src/app.html) reads the same key before the page paints; keep the
// two in step when the stored shape changes.
import { browser } from '$app/environment';
import { fail, ok, type Result } from '$lib/core/result';

export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'limber:display';

/**
 * Why a choice is not kept: `not-kept`, it lasts only for this visit (localStorage refused the
 * write; its words are Settings' `themeNotKept`), or the sentence for why turning spoken cues on
 * with flare mode was not saved (state/saved.ts).
 */
export type NotKept = 'not-kept' | { message: string };

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

	/** Applies the theme at once; resolves whether it is kept. */
	setTheme(theme: ThemeChoice): Result<undefined, 'not-kept'> {
		this.theme = theme;
		return this.#save();
	}

	/**
	 * Flare mode: larger type and controls, lying-down routines and simple timers only, and
	 * guidance by voice, so switching it on also turns spoken cues on. Resolves once both are
	 * kept, or to why one is not.
	 */
	async setFlare(on: boolean): Promise<Result<undefined, NotKept>> {
		this.flare = on;
		const kept = this.#save();
		if (!on) return kept;
		// Spoken cues come on even when the switch itself is not kept.
		const voice = await this.#voiceOn();
		if (!kept.ok) return kept;
		return voice.ok ? voice : fail({ message: voice.error });
	}

	/** The first-run note, once read, stays dismissed. */
	dismissIntro(): void {
		this.introSeen = true;
		// Not a record of the person's: where the browser keeps nothing, the note is shown again
		// on the next visit, which says nothing untrue, so there is nothing to tell them here.
		this.#store();
	}

	async #voiceOn(): Promise<Result<undefined, string>> {
		// Preferences load on demand (they are not needed to show a page); read the saved one
		// before changing it.
		const { settings } = await import('./settings.svelte');
		await settings.start();
		return settings.prefs.voice ? ok() : settings.set('voice', true);
	}

	#take(stored: Stored): void {
		this.theme = stored.theme;
		this.flare = stored.flare;
		this.introSeen = stored.introSeen;
		this.#apply();
	}

	#save(): Result<undefined, 'not-kept'> {
		return this.#store() ? ok() : fail('not-kept');
	}

	/** Applies the choices and stores them; false where the browser refuses (full or blocked). */
	#store(): boolean {
		this.#apply();
		const stored: Stored = { theme: this.theme, flare: this.flare, introSeen: this.introSeen };
		try {
			localStorage.setItem(KEY, JSON.stringify(stored));
			return true;
		} catch {
			// The choice still holds for this visit.
			return false;
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

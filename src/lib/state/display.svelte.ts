// Display preferences (theme and flare mode) that must apply before the first paint.
// They live in localStorage, not IndexedDB: they are read synchronously at start-up and are
// not health data. Everything the user records goes through src/lib/storage.
import { browser } from '$app/environment';

export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'limber:display';

interface Stored {
	theme: ThemeChoice;
	flare: boolean;
}

function read(): Stored {
	const fallback: Stored = { theme: 'system', flare: false };
	if (!browser) return fallback;
	try {
		const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Stored> | null;
		return {
			theme: parsed?.theme === 'light' || parsed?.theme === 'dark' ? parsed.theme : 'system',
			flare: parsed?.flare === true
		};
	} catch {
		return fallback;
	}
}

class Display {
	theme = $state<ThemeChoice>('system');
	flare = $state(false);

	start(): void {
		const stored = read();
		this.theme = stored.theme;
		this.flare = stored.flare;
		this.#apply();
		// Another tab changed the preference.
		addEventListener('storage', (event) => {
			if (event.key !== KEY) return;
			const next = read();
			this.theme = next.theme;
			this.flare = next.flare;
			this.#apply();
		});
	}

	setTheme(theme: ThemeChoice): void {
		this.theme = theme;
		this.#save();
	}

	setFlare(on: boolean): void {
		this.flare = on;
		this.#save();
	}

	#save(): void {
		this.#apply();
		try {
			localStorage.setItem(KEY, JSON.stringify({ theme: this.theme, flare: this.flare }));
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
	}
}

export const display = new Display();

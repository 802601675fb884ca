// Display preferences that apply before the first paint: the theme, flare mode and the first-run
// note, kept in localStorage and put on <html> the same way static/boot.js does before the page
// paints; a choice made in another tab applies here; a blocked storage still holds the choice for
// this visit; and flare mode turns spoken cues on.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshStorage, storedSettings } from '$lib/storage/testing';
import { Display } from './display.svelte';
import { settings } from './settings.svelte';
import { stubWindow, type CountingTarget } from './testing.svelte';

const KEY = 'limber:display';

/** A localStorage of our own; `blocked` makes every write throw, as a full or private one may. */
function memoryStorage() {
	const data = new Map<string, string>();
	return {
		data,
		blocked: false,
		getItem: (k: string) => data.get(k) ?? null,
		setItem(k: string, v: string) {
			if (this.blocked) throw new DOMException('full', 'QuotaExceededError');
			data.set(k, v);
		},
		removeItem: (k: string) => void data.delete(k)
	};
}

/** <html>: its data attributes as the page's CSS sees them. */
function htmlElement() {
	const dataset: Record<string, string> = {};
	return {
		dataset,
		removeAttribute(name: string) {
			if (name === 'data-theme') delete dataset.theme;
		}
	};
}

let storage: ReturnType<typeof memoryStorage>;
let html: ReturnType<typeof htmlElement>;
let win: CountingTarget;

beforeEach(async () => {
	await freshStorage();
	storage = memoryStorage();
	html = htmlElement();
	vi.stubGlobal('localStorage', storage);
	vi.stubGlobal('document', { documentElement: html });
	win = stubWindow(vi.stubGlobal);
});
afterEach(() => vi.unstubAllGlobals());

/** What static/boot.js puts on a fresh <html> from what is stored now. */
function boot(): Record<string, string> {
	const fresh = htmlElement();
	const script = readFileSync('static/boot.js', 'utf8');
	new Function('localStorage', 'document', script)(storage, { documentElement: fresh });
	return fresh.dataset;
}

describe('Display', () => {
	it('starts with the choices made before and puts them on <html>', () => {
		storage.setItem(KEY, JSON.stringify({ theme: 'dark', flare: true, introSeen: true }));
		const display = new Display();
		display.start();
		expect([display.theme, display.flare, display.introSeen]).toEqual(['dark', true, true]);
		expect(html.dataset).toEqual({ theme: 'dark', flare: 'true', introSeen: 'true' });
	});

	it('starts from the defaults when nothing is stored or what is stored is damaged', () => {
		for (const stored of [null, '{not json', JSON.stringify({ theme: 'blue', flare: 'yes' })]) {
			if (stored === null) storage.removeItem(KEY);
			else storage.setItem(KEY, stored);
			const display = new Display();
			display.start();
			expect([display.theme, display.flare, display.introSeen]).toEqual(['system', false, false]);
			expect(html.dataset).toEqual({ flare: 'false', introSeen: 'false' });
		}
	});

	it('keeps each choice at once, as boot.js will read it before the next page paints', () => {
		const display = new Display();
		display.start();
		display.setTheme('light');
		expect(html.dataset.theme).toBe('light');
		expect(boot()).toEqual(html.dataset);
		display.dismissIntro();
		expect(boot()).toEqual({ theme: 'light', flare: 'false', introSeen: 'true' });
		// "Same as the device" leaves the theme to the system's colours.
		display.setTheme('system');
		expect(html.dataset).toEqual({ flare: 'false', introSeen: 'true' });
		expect(boot()).toEqual(html.dataset);
		expect(JSON.parse(storage.getItem(KEY)!)).toEqual({
			theme: 'system',
			flare: false,
			introSeen: true
		});
	});

	it('applies a choice made in another tab', () => {
		const display = new Display();
		display.start();
		storage.setItem(KEY, JSON.stringify({ theme: 'dark', flare: true, introSeen: false }));
		win.fire('storage', { key: 'something-else' });
		expect(display.theme).toBe('system');
		win.fire('storage', { key: KEY });
		expect([display.theme, display.flare]).toEqual(['dark', true]);
		expect(html.dataset).toEqual({ theme: 'dark', flare: 'true', introSeen: 'false' });
	});

	it('holds a choice for this visit when storage refuses it', () => {
		storage.blocked = true;
		const display = new Display();
		display.start();
		expect(() => display.setTheme('dark')).not.toThrow();
		expect(display.theme).toBe('dark');
		expect(html.dataset.theme).toBe('dark');
		expect(storage.getItem(KEY)).toBeNull();
	});

	it('turns spoken cues on with flare mode, and leaves them alone when it goes off', async () => {
		await settings.start();
		await settings.set('voice', false);
		const display = new Display();
		display.start();
		display.setFlare(true);
		expect(html.dataset.flare).toBe('true');
		await vi.waitFor(async () =>
			expect(await storedSettings()).toMatchObject({ 'pref.voice': true })
		);

		await settings.set('voice', false);
		display.setFlare(false);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(await storedSettings()).toMatchObject({ 'pref.voice': false });
	});
});

// The app shell's view of the device: "Offline" while the connection is down, "installed" when
// Limber opens from the home screen or was just installed, the browser's install prompt kept for
// the Install button, the update toast held back while a session runs, and the service worker
// registered (the browser's own call on a first visit, the update watch after). The connection
// and the display mode are listened to only while something on screen reads them.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CountingTarget, settle, show, stubWindow } from './testing.svelte';
import { Pwa } from './pwa.svelte';

const env = vi.hoisted(() => ({ browser: true, dev: true, building: false, version: 't' }));
vi.mock('$app/environment', () => env);

const watch = vi.hoisted(() => ({ apply: vi.fn(), offer: null as null | (() => void) }));
vi.mock('./update-watch', () => ({
	watchUpdates: async (offer: () => void) => {
		watch.offer = offer;
		return { apply: watch.apply };
	}
}));

/** `matchMedia('(display-mode: standalone)')`, switched by the test. */
class DisplayMode extends CountingTarget {
	matches = false;
	switchTo(standalone: boolean): void {
		this.matches = standalone;
		this.fire('change', { matches: standalone });
	}
}

let win: CountingTarget;
let display: DisplayMode;
let nav: Record<string, unknown>;

beforeEach(() => {
	win = stubWindow(vi.stubGlobal);
	display = new DisplayMode();
	vi.stubGlobal('matchMedia', (query: string) => {
		expect(query).toBe('(display-mode: standalone)');
		return display;
	});
	nav = { onLine: true, userAgent: 'Mozilla/5.0 (Linux; Android 14)', platform: 'Linux armv8l' };
	vi.stubGlobal('navigator', nav);
	env.dev = true;
	watch.offer = null;
	watch.apply.mockClear();
});
afterEach(() => vi.unstubAllGlobals());

/** The browser offering to install: `prompt` shows its dialog, which ends in `outcome`. */
function installOffer(outcome: 'accepted' | 'dismissed') {
	const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
		prompt: vi.fn(async () => {}),
		userChoice: Promise.resolve({ outcome })
	});
	win.dispatchEvent(event);
	return event;
}

describe('Pwa', () => {
	it('claims nothing before start: online, not installed, no help to offer, nothing listened to', () => {
		const pwa = new Pwa();
		nav.onLine = false;
		const shell = show(() => [pwa.online, pwa.installHelp]);
		expect(shell.seen).toEqual([[true, 'none']]);
		expect(win.listeners()).toBe(0);
		expect(display.listeners()).toBe(0);
		shell.stop();
	});

	it('shows Offline and back while the shell reads it, and listens only then', async () => {
		const pwa = new Pwa();
		const shell = show(() => pwa.online);
		pwa.start();
		flushSync();
		expect(win.listeners('online')).toBe(1);
		expect(win.listeners('offline')).toBe(1);

		nav.onLine = false;
		win.fire('offline');
		flushSync();
		nav.onLine = true;
		win.fire('online');
		flushSync();
		expect(shell.seen).toEqual([true, false, true]);

		// Off screen (a session has the whole screen): nothing listens, and a change then is
		// seen on return.
		shell.stop();
		await settle();
		expect(win.listeners('online') + win.listeners('offline')).toBe(0);
		nav.onLine = false;
		expect(pwa.online).toBe(false);
		const back = show(() => pwa.online);
		expect(back.seen).toEqual([false]);
		back.stop();
	});

	it('counts as installed when opened from the home screen, following the display mode while read', async () => {
		const pwa = new Pwa();
		display.matches = true;
		pwa.start();
		const shell = show(() => pwa.installHelp);
		expect(display.listeners('change')).toBe(1);
		display.switchTo(false);
		flushSync();
		expect(shell.seen).toEqual(['installed', 'none']);

		shell.stop();
		await settle();
		expect(display.listeners('change')).toBe(0);
		// A change while nothing read it counts once something reads again.
		display.matches = true;
		const back = show(() => pwa.installed);
		expect(back.seen).toEqual([true]);
		back.stop();
	});

	it("counts as installed on iOS's home screen", () => {
		nav.standalone = true;
		const pwa = new Pwa();
		pwa.start();
		expect(pwa.installed).toBe(true);
	});

	it('keeps the browser’s install offer for the Install button, and is installed once accepted', async () => {
		const pwa = new Pwa();
		pwa.start();
		const shell = show(() => pwa.installHelp);
		const offer = installOffer('accepted');
		// The browser's own mini-bar is held back: Limber offers it where it fits.
		expect(offer.defaultPrevented).toBe(true);
		flushSync();
		await pwa.promptInstall();
		flushSync();
		expect(offer.prompt).toHaveBeenCalledOnce();
		expect(shell.seen).toEqual(['none', 'prompt', 'installed']);

		// Asked once: a second tap has nothing to show.
		await pwa.promptInstall();
		expect(offer.prompt).toHaveBeenCalledOnce();
		shell.stop();
	});

	it('a dismissed prompt leaves nothing to offer; an install from the browser’s menu counts', async () => {
		const pwa = new Pwa();
		pwa.start();
		installOffer('dismissed');
		expect(pwa.installHelp).toBe('prompt');
		await pwa.promptInstall();
		expect(pwa.installHelp).toBe('none');

		installOffer('dismissed');
		win.fire('appinstalled');
		expect(pwa.installHelp).toBe('installed');
		expect(pwa.canPrompt).toBe(false);
	});

	it('offers the Home Screen steps on an iPhone and on an iPad that says it is a Mac', () => {
		nav.userAgent = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)';
		const phone = new Pwa();
		phone.start();
		expect(phone.installHelp).toBe('ios');

		Object.assign(nav, { userAgent: 'Mozilla/5.0 (Macintosh)', platform: 'MacIntel' });
		nav.maxTouchPoints = 5;
		const pad = new Pwa();
		pad.start();
		expect(pad.installHelp).toBe('ios');

		nav.maxTouchPoints = 0;
		const mac = new Pwa();
		mac.start();
		expect(mac.installHelp).toBe('none');
	});

	it('holds the update toast while any session runs, and shows it once all have ended', () => {
		const pwa = new Pwa();
		pwa.updateWaiting = true;
		expect(pwa.showUpdate).toBe(true);
		const endRoutine = pwa.holdUpdates('routine');
		const endTimer = pwa.holdUpdates('timer');
		pwa.holdUpdates('timer');
		expect(pwa.sessionActive).toBe(true);
		expect(pwa.showUpdate).toBe(false);
		endRoutine();
		expect(pwa.showUpdate).toBe(false);
		endTimer();
		expect(pwa.showUpdate).toBe(true);
	});

	it('registers the worker with the browser’s own call on a first visit', async () => {
		env.dev = false;
		const register = vi.fn(async () => ({}));
		nav.serviceWorker = { controller: null, register };
		vi.stubGlobal('location', { pathname: '/es/guide' });
		new Pwa().start();
		await settle();
		expect(register).toHaveBeenCalledWith('/service-worker.js?lang=es', { scope: '/' });
		expect(watch.offer).toBeNull();
	});

	it('watches for updates once a worker controls the page, and applies one when asked', async () => {
		env.dev = false;
		const register = vi.fn(async () => ({}));
		nav.serviceWorker = { controller: {}, register };
		const pwa = new Pwa();
		pwa.start();
		await settle();
		expect(register).not.toHaveBeenCalled();
		expect(pwa.updateWaiting).toBe(false);
		watch.offer?.();
		expect(pwa.updateWaiting).toBe(true);
		pwa.applyUpdate();
		expect(watch.apply).toHaveBeenCalledOnce();
	});

	it('keeps the first page’s language offline: the worker’s address says it', async () => {
		const { workerScript } = await import('./pwa.svelte');
		expect(workerScript('/')).toBe('/service-worker.js');
		expect(workerScript('/guide/cold')).toBe('/service-worker.js');
		expect(workerScript('/es/guide')).toBe('/service-worker.js?lang=es');
		expect(workerScript('/de')).toBe('/service-worker.js?lang=de');
	});

	it('registers nothing in development', async () => {
		const register = vi.fn(async () => ({}));
		nav.serviceWorker = { controller: null, register };
		new Pwa().start();
		await settle();
		expect(register).not.toHaveBeenCalled();
	});
});

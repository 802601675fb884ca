// Keeping one session going in this tab: the engine driver's ticks, the screen kept on when the
// person wants it, app updates held back (a reload must not cut a session short), and the
// session's lock claimed, with word from the other tabs, until it is let go. When the session
// stops here, all of that goes, and so does what Today and the shell showed of it. Each change
// to it is saved: set aside first, in the task of the tap, then written (see timeline-aside.ts).
import type { Timeline } from '$lib/core/model';
import { ScreenWakeLock } from '$lib/platform/wake-lock';
import { saveActive } from '$lib/storage';
import type { WriteResult } from '$lib/storage/errors';
import { pwa } from './pwa.svelte';
import type { SessionDriver } from './session-driver';
import type { SessionTabs } from './session-tabs';
import type { LiveLink } from './session-voice';
import { settings } from './settings.svelte';
import { timelineAside, type TimelineAside } from './timeline-aside';

/** What a running session holds on to; the browser's by default, fakes in tests. */
export interface RunEnv {
	/** Holds app updates back; returns the function that lets them through again. */
	holdUpdates(): () => void;
	/** Whether the person wants the screen kept on during a session. */
	keepAwake(): boolean;
	screen: { acquire(): Promise<unknown>; release(): Promise<unknown> };
	/** Where each change is kept until it has reached the disk. */
	aside: Pick<TimelineAside, 'keep' | 'done'>;
	write(timeline: Timeline): Promise<WriteResult>;
}

const browserEnv = (): RunEnv => ({
	holdUpdates: () => pwa.holdUpdates('player'),
	keepAwake: () => settings.prefs.wakeLock,
	screen: new ScreenWakeLock(),
	aside: timelineAside,
	write: saveActive
});

export class SessionRun {
	readonly #driver: Pick<SessionDriver, 'drive' | 'stop'>;
	readonly #tabs: Pick<SessionTabs, 'claim' | 'release'>;
	readonly #link: LiveLink;
	readonly #env: RunEnv;
	#releaseUpdates: (() => void) | null = null;

	constructor(
		driver: Pick<SessionDriver, 'drive' | 'stop'>,
		tabs: Pick<SessionTabs, 'claim' | 'release'>,
		link: LiveLink,
		env: RunEnv = browserEnv()
	) {
		this.#driver = driver;
		this.#tabs = tabs;
		this.#link = link;
		this.#env = env;
	}

	/** Runs `timeline` here from `now`; resolves once this tab knows whether it plays the cues. */
	async attach(timeline: Timeline, now: number): Promise<void> {
		this.#releaseUpdates ??= this.#env.holdUpdates();
		if (this.#env.keepAwake()) void this.#env.screen.acquire();
		this.#driver.drive(timeline, now);
		await this.#tabs.claim(timeline.id);
	}

	/** Stops running the session here; the lock is kept when the record is still to be written. */
	detach(keepLock = false): void {
		this.#driver.stop();
		this.#releaseUpdates?.();
		this.#releaseUpdates = null;
		this.#link.live = null;
		if (!keepLock) this.#tabs.release();
		void this.#env.screen.release();
	}

	/**
	 * Saves a change to the session: aside at once, in the caller's task (so call it in the task
	 * of the tap), then to the database. The write's result is acted on here: what did not reach
	 * the disk stays aside, and the next start writes it (the session screen claims no "saved").
	 * Resolves to whether it reached the disk.
	 */
	async save(timeline: Timeline): Promise<boolean> {
		this.#env.aside.keep(timeline);
		const result = await this.#env.write(timeline);
		const onDisk = result.ok && result.persisted;
		if (onDisk) this.#env.aside.done(timeline);
		return onDisk;
	}
}

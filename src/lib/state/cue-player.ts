// The cue player: chimes, speech, vibration and system notifications for a session's cues,
// played in one tab only. The tab holding the session's Web Lock plays them (and writes the
// session's record, see the player); another tab showing the same session stays quiet, and
// writes only once the lock is free (`whileHolding`).
import type { Cue } from '$lib/core/cues';
import { chime } from '$lib/platform/chime';
import { notify } from '$lib/platform/notifications';
import { speak, stopSpeaking } from '$lib/platform/speech';
import { vibrate } from '$lib/platform/vibrate';
import type { Preferences } from './settings.svelte';

export const CUE_LOCK = 'limber-player';
export const NOTIFY_TAG = 'limber-session';

/** What the cue player drives; the browser's by default, fakes in tests. */
export interface CueOutputs {
	chime(kind: 'start' | 'tick' | 'end'): void;
	speak(text: string, options: { voiceURI: string; rate: number }): void;
	silence(): void;
	vibrate(pattern: 'phase' | 'end'): void;
	notify(title: string, body: string): void;
	/** Web Locks, or null where the browser has none. */
	locks: LockManager | null;
}

const browserOutputs = (): CueOutputs => ({
	chime: (kind) => chime(kind),
	speak: (text, options) => speak(text, options),
	silence: () => stopSpeaking(),
	vibrate: (pattern) => vibrate(pattern),
	notify: (title, body) => void notify(title, { body, tag: NOTIFY_TAG, url: '/play' }),
	locks: typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null
});

export class CuePlayer {
	/** Another tab holds the session's lock and plays its cues; this one stays quiet. */
	elsewhere = false;
	#release: (() => void) | null = null;
	#outputs: CueOutputs | null;
	readonly #prefs: () => Preferences;

	constructor(prefs: () => Preferences, outputs?: CueOutputs) {
		this.#prefs = prefs;
		this.#outputs = outputs ?? null;
	}

	get #out(): CueOutputs {
		return (this.#outputs ??= browserOutputs());
	}

	/** Whether this tab holds the lock (or the browser has no locks: then every tab plays). */
	get holder(): boolean {
		return !this.elsewhere;
	}

	/** Takes the session's lock if no other tab has it; resolves once that is known. */
	async claim(): Promise<boolean> {
		const locks = this.#out.locks;
		if (this.#release) return true;
		if (!locks) {
			this.elsewhere = false;
			return true;
		}
		return new Promise<boolean>((claimed) => {
			void locks.request(CUE_LOCK, { ifAvailable: true }, (lock) => {
				this.elsewhere = lock === null;
				claimed(lock !== null);
				if (!lock) return;
				return new Promise<void>((release) => (this.#release = release));
			});
		});
	}

	/**
	 * Runs `task` while this tab holds the session's lock: at once if it holds it (or the browser
	 * has no locks), otherwise once the tab holding it lets go, which it does after writing the
	 * session's record (or by closing). So the record's writes reach the database one at a time.
	 */
	async whileHolding<T>(task: () => Promise<T>): Promise<T> {
		const locks = this.#out.locks;
		if (this.#release || !locks) return task();
		return locks.request(CUE_LOCK, () => task());
	}

	/** Lets go of the lock, so another tab may play the next session's cues. */
	release(): void {
		this.#release?.();
		this.#release = null;
	}

	play(cue: Cue): void {
		if (this.elsewhere) return;
		const prefs = this.#prefs();
		const out = this.#out;
		const say = (text: string | undefined) => {
			if (prefs.voice && text) out.speak(text, { voiceURI: prefs.voiceURI, rate: prefs.rate });
		};
		switch (cue.type) {
			case 'segment-start':
				if (prefs.chime) out.chime('start');
				if (prefs.vibration) out.vibrate('phase');
				say(cue.text);
				break;
			case 'ten-seconds':
				say('10 seconds');
				break;
			case 'countdown':
				if (prefs.chime) out.chime('tick');
				break;
			case 'halfway':
				if (prefs.chime) out.chime('start');
				say(cue.text ?? 'Halfway');
				break;
			case 'finished':
				if (prefs.chime) out.chime('end');
				if (prefs.vibration) out.vibrate('end');
				say('Well done. Session complete.');
				break;
		}
	}

	/** A single chime, for a gap summary shown on screen. */
	chime(): void {
		if (!this.elsewhere && this.#prefs().chime) this.#out.chime('start');
	}

	silence(): void {
		this.#out.silence();
	}

	/** A system notification, for a page that is hidden. */
	notify(title: string, body: string): void {
		if (!this.elsewhere) this.#out.notify(title, body);
	}
}

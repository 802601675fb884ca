// The cue player: chimes, speech, vibration and system notifications for a session's cues,
// played in one tab only. Each session has its own Web Lock (`cueLock`), and every tab showing
// the session queues for it: the tab holding it plays the cues (and writes the session's record,
// see the player); the others stay quiet, and when the holder lets go (it wrote the record, or
// closed) the next in the queue takes over from that moment on. A tab showing a session that
// ended waits for its turn before it writes (`whileHolding`).
import type { Cue } from '$lib/core/cues';
import { chime } from '$lib/platform/chime';
import { notify } from '$lib/platform/notifications';
import { speak, stopSpeaking } from '$lib/platform/speech';
import { vibrate } from '$lib/platform/vibrate';
import type { Preferences } from '$lib/core/preferences';

/** The Web Lock of one session: whichever tab holds it plays the session's cues. */
export const cueLock = (sessionId: string): string => `limber-player:${sessionId}`;
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
	/** Calls `listener` when the page is going away for good (not into the back/forward cache). */
	onLeave(listener: () => void): void;
}

const browserOutputs = (): CueOutputs => ({
	chime: (kind) => chime(kind),
	speak: (text, options) => speak(text, options),
	silence: () => stopSpeaking(),
	vibrate: (pattern) => vibrate(pattern),
	notify: (title, body) => void notify(title, { body, tag: NOTIFY_TAG, url: '/play' }),
	locks: typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null,
	onLeave: (listener) =>
		addEventListener('pagehide', (event) => {
			if (!event.persisted) listener();
		})
});

/** This tab's place in one session's lock: held, or waiting in the queue for it. */
interface Claim {
	id: string;
	/** Whether this tab held the lock when it first asked. */
	first: Promise<boolean>;
	/** Resolves once this tab holds the lock, or the claim has ended. */
	turn: Promise<void>;
	/** Lets go of the lock, or leaves the queue. */
	end(): void;
}

export class CuePlayer {
	/** Another tab holds this session's lock and plays its cues; this one stays quiet. */
	elsewhere = false;
	#claim: Claim | null = null;
	#outputs: CueOutputs | null;
	readonly #prefs: () => Preferences;

	constructor(prefs: () => Preferences, outputs?: CueOutputs) {
		this.#prefs = prefs;
		this.#outputs = outputs ?? null;
	}

	get #out(): CueOutputs {
		return (this.#outputs ??= browserOutputs());
	}

	/**
	 * Takes session `id`'s lock, or joins the queue for it; resolves true if this tab holds it
	 * now, false if another tab does. A tab in the queue takes over when that tab lets go (it
	 * wrote the record, or closed), and then calls `taken`: from then on it plays the cues. No
	 * cue missed meanwhile is replayed. A claim on another session first lets go of this one.
	 */
	claim(id: string, taken: () => void = () => {}): Promise<boolean> {
		if (this.#claim?.id === id) return this.#claim.first;
		this.release();
		const locks = this.#out.locks;
		if (!locks) return Promise.resolve(true);
		this.#watchLeave();
		const name = cueLock(id);
		const queue = new AbortController();
		const [held, letGo] = deferred<void>();
		const [turn, myTurn] = deferred<void>();
		const [first, known] = deferred<boolean>();
		const end = () => {
			queue.abort();
			letGo();
			myTurn();
		};
		const claim: Claim = { id, first, turn, end };
		this.#claim = claim;
		// Holds the lock until the claim ends; a grant that comes after it ended lets go at once.
		const hold = (lock: Lock | null): Promise<void> | undefined => {
			if (!lock || this.#claim !== claim) return undefined;
			this.elsewhere = false;
			myTurn();
			return held;
		};
		const queueUp = () => {
			this.elsewhere = true;
			const later = locks.request(name, { signal: queue.signal }, (lock) => {
				const holding = hold(lock);
				if (holding) taken();
				return holding;
			});
			// Rejected when the claim ended while still in the queue.
			later.catch(() => {});
		};
		const asked = locks.request(name, { ifAvailable: true }, (lock) => {
			const mine = this.#claim === claim;
			known(lock !== null && mine);
			if (lock || !mine) return hold(lock);
			queueUp();
			return undefined;
		});
		// A browser that refuses locks here (an opaque origin) plays in every tab, as without them.
		asked.catch(() => known(true));
		return first;
	}

	/**
	 * Runs `task` once this tab holds the session's lock: at once if it holds it (or has no claim,
	 * or the browser has no locks), otherwise once the tab holding it lets go, which it does after
	 * writing the session's record (or by closing). So the record's writes reach the database one
	 * at a time. The lock is then held until `release`.
	 */
	async whileHolding<T>(task: () => Promise<T>): Promise<T> {
		const claim = this.#claim;
		if (claim && !(await claim.first)) await claim.turn;
		return task();
	}

	#watching = false;

	/**
	 * A closing tab lets go of the lock itself, while its page still runs: the next tab is not left
	 * waiting on the browser to notice the page is gone.
	 */
	#watchLeave(): void {
		if (this.#watching) return;
		this.#watching = true;
		this.#out.onLeave(() => this.release());
	}

	/** Lets go of the lock or leaves its queue, so another tab may play the session's cues. */
	release(): void {
		this.#claim?.end();
		this.#claim = null;
		this.elsewhere = false;
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

/** A promise with its resolve function beside it. */
function deferred<T>(): [Promise<T>, (value: T) => void] {
	let resolve: (value: T) => void = () => {};
	const promise = new Promise<T>((r) => (resolve = r));
	return [promise, resolve];
}

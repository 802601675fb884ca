// The cue player: chimes, speech, vibration and system notifications for a session's cues,
// played in one tab only. Each session has its own Web Lock (`cueLock`), and every tab showing
// the session queues for it: the tab holding it plays the cues (and writes the session's record,
// see the player); the others stay quiet, and when the holder lets go (it wrote the record, or
// closed) the next in the queue takes over from that moment on. A tab showing a session that
// ended waits for its turn before it writes (`whileHolding`).
import type { Cue } from '$lib/core/cues';
import type { Lang } from '$lib/core/lang';
import { chime } from '$lib/platform/chime';
import { notify } from '$lib/platform/notifications';
import { canSpeak, speak, stopSpeaking } from '$lib/platform/speech';
import { vibrate } from '$lib/platform/vibrate';
import type { Preferences } from '$lib/core/preferences';
import { playHref } from './play-href';

/** What a cue says, and in which language. */
export interface Spoken {
	text: string;
	lang: Lang;
}

/** The Web Lock of one session: whichever tab holds it plays the session's cues. */
export const cueLock = (sessionId: string): string => `limber-player:${sessionId}`;
export const NOTIFY_TAG = 'limber-session';

/** What the cue player drives; the browser's by default, fakes in tests. */
export interface CueOutputs {
	chime(kind: 'start' | 'tick' | 'end'): void;
	/** Says `text` in a voice of `lang`, never in another language's. */
	speak(text: string, options: { voiceURI: string; rate: number; lang: Lang }): void;
	/** Whether a voice here speaks `lang` now (missing: assume it does). */
	canSpeak?(lang: Lang): boolean;
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
	speak: (text, options) => void speak(text, options),
	canSpeak: (lang) => canSpeak(lang),
	silence: () => stopSpeaking(),
	vibrate: (pattern) => vibrate(pattern),
	notify: (title, body) => void notify(title, { body, tag: NOTIFY_TAG, url: playHref() }),
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

	/**
	 * Plays `cue`, saying `spoken` when the voice is on. Where no voice speaks the language, the
	 * cue is never said in another one: a chime and a vibration stand in for the words.
	 */
	play(cue: Cue, spoken?: Spoken): void {
		if (this.elsewhere) return;
		const prefs = this.#prefs();
		const out = this.#out;
		const words = prefs.voice && spoken?.text ? spoken : undefined;
		// Words wanted that no voice here can say: the chime and the buzz say that something changed.
		const mute = words !== undefined && out.canSpeak?.(words.lang) === false;
		const say = () => {
			if (words && !mute)
				out.speak(words.text, { voiceURI: prefs.voiceURI, rate: prefs.rate, lang: words.lang });
		};
		const chime = (kind: 'start' | 'tick' | 'end') => {
			if (prefs.chime || mute) out.chime(kind);
		};
		switch (cue.type) {
			case 'segment-start':
				chime('start');
				if (prefs.vibration || mute) out.vibrate('phase');
				say();
				break;
			case 'ten-seconds':
				if (mute) chime('tick');
				say();
				break;
			case 'countdown':
				if (prefs.chime) out.chime('tick');
				break;
			case 'halfway':
				chime('start');
				say();
				break;
			case 'finished':
				chime('end');
				if (prefs.vibration || mute) out.vibrate('end');
				say();
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

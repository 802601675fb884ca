// The engine driver: keeps one running timeline's display time current. It wakes just after
// each whole second of the countdown rather than polling, sets a one-off wake-up for the next
// phase end while the page is hidden, and after a freeze or sleep reports what happened meanwhile
// instead of replaying the missed cues. It keeps no count of its own: every figure comes from
// the timeline and the clock (core/timeline.ts), so the display cannot drift.
import { cuesBetween, summarizeGap, type Cue, type GapSummary } from '$lib/core/cues';
import type { Timeline } from '$lib/core/model';
import { isActive, sessionAt } from '$lib/core/timeline';

/** A jump between two ticks longer than this means the page was frozen or the device slept. */
export const GAP_MS = 2500;
/** Longest wait between ticks; the display is otherwise woken right at each second boundary. */
export const MAX_TICK_MS = 1000;
/** A wake-up lands this long after a phase end, so the engine has surely rolled over. */
const WAKE_AFTER_MS = 20;

export interface DriverHooks {
	/** The display time moved to `now`. */
	tick(now: number): void;
	/** A cue came due since the last tick (in order). */
	cue(cue: Cue, hidden: boolean): void;
	/** The page was frozen or the device slept; `summary` says what happened meanwhile. */
	gap(summary: GapSummary, hidden: boolean): void;
	/** The session ran out by the clock. */
	ended(timeline: Timeline): void;
}

export interface DriverEnv {
	now(): number;
	hidden(): boolean;
}

const browserEnv: DriverEnv = {
	now: () => Date.now(),
	hidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden'
};

export class SessionDriver {
	#timeline: Timeline | null = null;
	#lastTick = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#wakeTimer: ReturnType<typeof setTimeout> | undefined;
	readonly #hooks: DriverHooks;
	readonly #env: DriverEnv;

	constructor(hooks: DriverHooks, env: DriverEnv = browserEnv) {
		this.#hooks = hooks;
		this.#env = env;
	}

	get timeline(): Timeline | null {
		return this.#timeline;
	}

	/**
	 * Drives `timeline` from `now` on. Cues before `now` are not played: a command has already
	 * said what it changed, and a resumed session says what happened meanwhile.
	 */
	drive(timeline: Timeline, now = this.#env.now()): void {
		this.#timeline = timeline;
		this.#lastTick = now;
		this.#schedule();
		this.wakeWhenHidden();
	}

	/** Stops driving; no tick or wake-up comes after this. */
	stop(): void {
		clearTimeout(this.#timer);
		clearTimeout(this.#wakeTimer);
		this.#timer = undefined;
		this.#wakeTimer = undefined;
		this.#timeline = null;
	}

	/** Catches up now (the page woke, was shown or got focus) and plans the next tick. */
	tick(): void {
		const timeline = this.#timeline;
		if (!timeline) return;
		const now = this.#env.now();
		const from = this.#lastTick || now;
		this.#lastTick = now;
		this.#hooks.tick(now);
		const hidden = this.#env.hidden();
		if (now - from > GAP_MS) {
			const summary = summarizeGap(timeline, from, now);
			if (summary) this.#hooks.gap(summary, hidden);
		} else {
			for (const cue of cuesBetween(timeline, from, now)) this.#hooks.cue(cue, hidden);
		}
		if (this.#timeline !== timeline) return;
		if (isActive(sessionAt(timeline, now))) this.#schedule();
		else {
			this.stop();
			this.#hooks.ended(timeline);
		}
	}

	/**
	 * While the page is hidden Chrome may run chained ticks only once a minute, but holds a
	 * one-off timer set from an event to about a second; so one is set for the next phase end,
	 * and its cue comes on time whenever the browser lets the page run at all.
	 */
	wakeWhenHidden(): void {
		clearTimeout(this.#wakeTimer);
		this.#wakeTimer = undefined;
		const timeline = this.#timeline;
		if (!timeline || !this.#env.hidden()) return;
		const view = sessionAt(timeline, this.#env.now());
		if (view.status !== 'running' || view.remainingInSegmentMs === null) return;
		this.#wakeTimer = setTimeout(() => {
			this.tick();
			this.wakeWhenHidden();
		}, view.remainingInSegmentMs + WAKE_AFTER_MS);
	}

	/** Wakes just after the countdown's next whole second. */
	#schedule(): void {
		clearTimeout(this.#timer);
		const timeline = this.#timeline;
		if (!timeline) return;
		const view = sessionAt(timeline, this.#env.now());
		if (!isActive(view)) return;
		const left = view.status === 'running' ? view.remainingInSegmentMs : null;
		const untilBoundary = left === null ? MAX_TICK_MS : left % 1000 || 1000;
		this.#timer = setTimeout(() => this.tick(), Math.min(MAX_TICK_MS, untilBoundary + 2));
	}
}

// The guided player: runs one session timeline, saves it on every event, plays its cues in one
// tab only, and hands the finished session to history.
import { browser } from '$app/environment';
import { cuesBetween, summarizeGap, type Cue } from '$lib/core/cues';
import { newId } from '$lib/core/id';
import type { Plan, SessionEventType, Timeline } from '$lib/core/model';
import { toRecord } from '$lib/core/record';
import { applyEvent, isActive, sessionAt, type SessionView } from '$lib/core/timeline';
import { chime, unlockAudio } from '$lib/platform/chime';
import { clearNotifications, notify } from '$lib/platform/notifications';
import { speak, stopSpeaking } from '$lib/platform/speech';
import { vibrate } from '$lib/platform/vibrate';
import { ScreenWakeLock } from '$lib/platform/wake-lock';
import {
	clearActive,
	listActive,
	onDataChange,
	saveActive,
	sessions as sessionStore
} from '$lib/storage';
import { pwa } from './pwa.svelte';
import { sessionLink, type InterruptedSession } from './session-link.svelte';
import { settings } from './settings.svelte';

/** A jump between two ticks longer than this means the page was frozen or the device slept. */
const GAP_MS = 2500;
/** Longest wait between ticks; the display is otherwise woken right at each second boundary. */
const MAX_TICK_MS = 1000;
const LOCK = 'limber-player';
const NOTIFY_TAG = 'limber-session';
/** A wake-up lands this long after a phase end, so the engine has surely rolled over. */
const WAKE_AFTER_MS = 20;

export interface EndedSession {
	id: string;
	title: string;
	completed: boolean;
	activeMs: number;
	painBefore?: number;
}

class Player {
	timeline = $state.raw<Timeline | null>(null);
	now = $state(0);
	/** What happened while the page was hidden or asleep, in one sentence. */
	meanwhile = $state<string | null>(null);
	/** Polite live-region text: each new step, read by screen readers. */
	announcement = $state('');
	/** The session that just ended, for the summary screen and the "after" pain rating. */
	ended = $state.raw<EndedSession | null>(null);
	/** Another tab plays this session's cues; this one only shows it. */
	elsewhere = $state(false);
	painBefore = $state<number | null>(null);

	view: SessionView | null = $derived(
		this.timeline ? sessionAt(this.timeline, this.now || Date.now()) : null
	);

	#lastTick = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#wakeTimer: ReturnType<typeof setTimeout> | undefined;
	#releaseUpdates: (() => void) | null = null;
	#releaseLock: (() => void) | null = null;
	#wake = new ScreenWakeLock();
	#started = false;

	get running(): boolean {
		return this.view !== null && isActive(this.view);
	}

	/** A session found at start-up that was running when the app closed. */
	get interrupted(): InterruptedSession | null {
		return sessionLink.interrupted;
	}

	/** Listens for other tabs and for the page waking up; looks for an interrupted session. */
	async restore(): Promise<void> {
		if (!browser) return;
		if (!this.#started) {
			this.#started = true;
			void settings.start();
			onDataChange((change, remote) => {
				if (remote && change.store === 'active') void this.#syncFromOtherTab(change.key);
			});
			// Coming back from a locked screen, a frozen tab or the back/forward cache: catch up at once.
			const wake = () => {
				if (document.visibilityState === 'visible') this.#tick();
			};
			document.addEventListener('visibilitychange', () => {
				if (document.visibilityState === 'visible') {
					wake();
					// Back in the app: phase-change notifications have done their job.
					void clearNotifications(NOTIFY_TAG);
				}
				this.#scheduleWake();
			});
			document.addEventListener('resume', wake);
			addEventListener('pageshow', wake);
			addEventListener('focus', wake);
		}
		await sessionLink.probe();
	}

	/** Starts a plan now. Call from a tap: it unlocks audio for the cues that follow. */
	async begin(plan: Plan): Promise<void> {
		void unlockAudio();
		void this.restore();
		// The first cue follows the saved preferences (voice off stays off).
		await settings.start();
		if (this.timeline && this.running) await this.command('stop');
		const now = Date.now();
		const created: Timeline = { id: newId(), plan, events: [] };
		this.ended = null;
		this.meanwhile = null;
		sessionLink.interrupted = null;
		this.painBefore = null;
		this.elsewhere = false;
		this.timeline = applyEvent(created, 'start', now);
		this.#lastTick = now;
		this.now = now;
		this.#announceStep();
		this.#playCue({ type: 'segment-start', at: now, index: 0, text: plan.segments[0]?.cue ?? '' });
		this.#attach();
		await saveActive(this.timeline);
	}

	/** Continues the interrupted session exactly where it stands now. */
	async resumeInterrupted(): Promise<void> {
		const timeline = sessionLink.interrupted?.timeline;
		if (!timeline) return;
		void unlockAudio();
		void this.restore();
		await settings.start();
		if (sessionLink.interrupted?.timeline !== timeline) return;
		sessionLink.interrupted = null;
		this.ended = null;
		this.timeline = timeline;
		const from = lastEventAt(timeline);
		const now = Date.now();
		this.now = now;
		this.#lastTick = now;
		this.meanwhile = summarizeGap(timeline, from, now);
		this.#announceStep();
		this.#attach();
	}

	/** Ends the interrupted session now and keeps what was done in history. */
	async endInterrupted(): Promise<void> {
		const timeline = sessionLink.interrupted?.timeline;
		if (!timeline) return;
		sessionLink.interrupted = null;
		await this.#record(applyEvent(timeline, 'stop', Date.now()));
	}

	async command(type: SessionEventType): Promise<void> {
		const current = this.timeline;
		if (!current) return;
		if (type === 'resume' || type === 'start') void unlockAudio();
		const now = Date.now();
		const next = applyEvent(current, type, now);
		if (next === current) return;
		const before = sessionAt(current, now);
		this.timeline = next;
		this.now = now;
		this.#lastTick = now;
		this.meanwhile = null;
		const after = sessionAt(next, now);
		if (!isActive(after)) {
			if (after.status === 'finished')
				this.#playCue({ type: 'finished', at: now, index: after.index });
			else stopSpeaking();
			await this.#finish(next);
			return;
		}
		if (after.index !== before.index || type === 'previous') {
			this.#announceStep();
			this.#playCue({
				type: 'segment-start',
				at: now,
				index: after.index,
				text: after.segment.cue
			});
		} else if (type === 'pause') {
			stopSpeaking();
			this.announcement = 'Paused';
			if (sessionLink.live) sessionLink.live = { ...sessionLink.live, paused: true };
		} else if (type === 'resume') {
			this.announcement = 'Resumed';
			if (sessionLink.live) sessionLink.live = { ...sessionLink.live, paused: false };
		}
		this.#schedule();
		this.#scheduleWake();
		await saveActive(next);
	}

	/** Clears the summary screen after the user has seen it. */
	dismissEnded(): void {
		this.ended = null;
		this.timeline = null;
	}

	/** Records the after-session pain rating on the history record. */
	async ratePainAfter(value: number): Promise<void> {
		const ended = this.ended;
		if (!ended) return;
		const record = await sessionStore.get(ended.id);
		if (record) await sessionStore.put({ ...record, painAfter: value });
	}

	async ratePainBefore(value: number): Promise<void> {
		this.painBefore = value;
	}

	#attach(): void {
		this.#releaseUpdates ??= pwa.holdUpdates('player');
		if (settings.prefs.wakeLock) void this.#wake.acquire();
		void this.#claimCues();
		this.#schedule();
	}

	/**
	 * Wakes the display just after the countdown's next whole second, so the number shown changes
	 * within a few milliseconds of the true instant instead of up to a polling interval late.
	 */
	#schedule(): void {
		clearTimeout(this.#timer);
		const view = this.view;
		if (!view || !isActive(view)) return;
		const left = view.status === 'running' ? view.remainingInSegmentMs : null;
		const untilBoundary = left === null ? MAX_TICK_MS : left % 1000 || 1000;
		this.#timer = setTimeout(() => this.#tick(), Math.min(MAX_TICK_MS, untilBoundary + 2));
	}

	#detach(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		clearTimeout(this.#wakeTimer);
		this.#wakeTimer = undefined;
		this.#releaseUpdates?.();
		this.#releaseUpdates = null;
		sessionLink.live = null;
		this.#releaseLock?.();
		this.#releaseLock = null;
		void this.#wake.release();
	}

	/**
	 * While the page is hidden Chrome may run the chained ticks only once a minute, but holds a
	 * one-off timer set from an event to about a second; so one is set for the next phase end,
	 * and its cue and notification come on time when the browser lets the page run at all.
	 */
	#scheduleWake(): void {
		clearTimeout(this.#wakeTimer);
		this.#wakeTimer = undefined;
		const timeline = this.timeline;
		if (!timeline || !this.#timer || document.visibilityState !== 'hidden') return;
		const view = sessionAt(timeline, Date.now());
		if (view.status !== 'running' || view.remainingInSegmentMs === null) return;
		this.#wakeTimer = setTimeout(() => {
			this.#tick();
			this.#scheduleWake();
		}, view.remainingInSegmentMs + WAKE_AFTER_MS);
	}

	/** Only the tab holding the Web Lock plays cues, so two open tabs never both speak. */
	async #claimCues(): Promise<void> {
		if (this.#releaseLock || !('locks' in navigator)) return;
		await new Promise<void>((claimed) => {
			void navigator.locks.request(LOCK, { ifAvailable: true }, (lock) => {
				this.elsewhere = lock === null;
				claimed();
				if (!lock) return;
				return new Promise<void>((release) => (this.#releaseLock = release));
			});
		});
	}

	#tick(): void {
		const timeline = this.timeline;
		if (!timeline) return;
		const now = Date.now();
		const from = this.#lastTick || now;
		this.#lastTick = now;
		this.now = now;
		const view = sessionAt(timeline, now);
		const hidden = document.visibilityState === 'hidden';

		if (now - from > GAP_MS) {
			// The page was frozen or the device slept: say what happened instead of replaying it.
			const summary = summarizeGap(timeline, from, now);
			if (summary) {
				this.meanwhile = summary;
				this.#announceStep();
				if (hidden) this.#notify(summary);
				else if (settings.prefs.chime) chime('start');
			}
		} else {
			for (const cue of cuesBetween(timeline, from, now)) {
				this.#playCue(cue);
				if (cue.type === 'segment-start') {
					this.#announceStep(cue.index);
					if (hidden) this.#notify(cue.text);
				}
				if (cue.type === 'finished' && hidden) this.#notify('Session complete.');
			}
		}
		if (!isActive(view)) void this.#finish(timeline);
		else this.#schedule();
	}

	#playCue(cue: Cue): void {
		if (this.elsewhere) return;
		const prefs = settings.prefs;
		const say = (text: string | undefined) => {
			if (prefs.voice && text) speak(text, { voiceURI: prefs.voiceURI, rate: prefs.rate });
		};
		switch (cue.type) {
			case 'segment-start':
				if (prefs.chime) chime('start');
				if (prefs.vibration) vibrate('phase');
				say(cue.text);
				break;
			case 'ten-seconds':
				say('10 seconds');
				break;
			case 'countdown':
				if (prefs.chime) chime('tick');
				break;
			case 'halfway':
				if (prefs.chime) chime('start');
				say(cue.text ?? 'Halfway');
				break;
			case 'finished':
				if (prefs.chime) chime('end');
				if (prefs.vibration) vibrate('end');
				say('Well done. Session complete.');
				break;
		}
	}

	#notify(body: string): void {
		if (this.elsewhere || !this.timeline) return;
		void notify(this.timeline.plan.title, { body, tag: NOTIFY_TAG, url: '/play' });
	}

	#announceStep(index = this.view?.index ?? 0): void {
		const timeline = this.timeline;
		if (!timeline) return;
		const segment = timeline.plan.segments[index];
		if (!segment) return;
		const total = timeline.plan.segments.length;
		this.announcement = `Step ${index + 1} of ${total}: ${segment.label}`;
		sessionLink.live = {
			title: timeline.plan.title,
			step: segment.label,
			paused: this.view?.status === 'paused'
		};
	}

	async #finish(timeline: Timeline): Promise<void> {
		if (this.timeline !== timeline) return;
		this.#detach();
		await this.#record(timeline);
	}

	async #record(timeline: Timeline): Promise<void> {
		const view = sessionAt(timeline, Date.now());
		const record = toRecord(timeline, view.endedAt ?? Date.now());
		if (this.painBefore !== null && this.timeline === timeline) record.painBefore = this.painBefore;
		// The record's id is the timeline's, so a second tab saving the same session overwrites
		// rather than duplicates it.
		await sessionStore.put(record);
		await clearActive(timeline.id);
		if (this.timeline === timeline) {
			this.ended = {
				id: record.id,
				title: record.title,
				completed: record.completed,
				activeMs: record.activeMs,
				painBefore: record.painBefore
			};
		}
	}

	async #syncFromOtherTab(id: string | undefined): Promise<void> {
		if (!id) return;
		const saved = (await listActive()).find((t) => t.id === id);
		if (this.timeline?.id === id) {
			if (saved) this.timeline = saved;
			else if (this.running) {
				// The other tab ended it and recorded it.
				this.#detach();
				this.timeline = null;
			}
		}
	}
}

function lastEventAt(timeline: Timeline): number {
	return timeline.events[timeline.events.length - 1]?.at ?? Date.now();
}

export const player = new Player();

// The guided player: the UI's one view of a session, over parts that each do one thing and are
// tested on their own: the engine driver (time), the cue player (sound, in one tab), the voice
// (steps said and shown), the run (what a running session holds on to), the tabs (which tab runs
// it, word from the others) and the ending (the record, Undo, Try again, the rating afterwards).
// It saves the timeline on every event, so a reload resumes it.
import { browser } from '$app/environment';
import { summarizeGap, type GapSummary } from '$lib/core/cues';
import { langOfPath, type Lang } from '$lib/core/lang';
import { loadSessionTitles } from './session-title';
import { newId } from '$lib/core/id';
import type { Plan, SessionEventType, Timeline } from '$lib/core/model';
import { applyEvent, isActive, sessionAt, type SessionView } from '$lib/core/timeline';
import { unlockAudio } from '$lib/platform/audio';
import { clearNotifications } from '$lib/platform/notifications';
import { cues } from '$lib/messages/cues';
import { CuePlayer, NOTIFY_TAG } from './cue-player';
import { onPageWake } from './page-wake';
import { SessionDriver } from './session-driver';
import {
	SessionEnding,
	type EndedSession,
	type RatingOutcome,
	type SaveRecord
} from './session-ending';
import { sessionLink, type InterruptedSession } from './session-link.svelte';
import { SessionRun } from './session-run';
import { SessionTabs } from './session-tabs';
import { SessionVoice } from './session-voice';
import { settings } from './settings.svelte';
import { timelineAside } from './timeline-aside';

export type { EndedSession } from './session-ending';

class Player {
	timeline = $state.raw<Timeline | null>(null);
	now = $state(0);
	/** A session chosen but not started: the pain question comes before the clock. */
	waiting = $state.raw<Plan | null>(null);
	/** What happened while the page was hidden or asleep (said in words by the screen). */
	meanwhile = $state.raw<GapSummary | null>(null);
	/** The language the session speaks and shows: the page's. */
	lang = $state<Lang>('en');
	/** Polite live-region text: each new step, read by screen readers. */
	announcement = $state('');
	/** The session that just ended, for the summary screen and the "after" pain rating. */
	ended = $state.raw<EndedSession | null>(null);
	/** Another tab plays this session's cues; this one only shows it. */
	elsewhere = $state(false);

	view: SessionView | null = $derived(
		this.timeline ? sessionAt(this.timeline, this.now || Date.now()) : null
	);

	#unlisten: (() => void) | null = null;
	#cues = new CuePlayer(() => settings.prefs);
	#voice = new SessionVoice(this, this.#cues, sessionLink);
	#driver = new SessionDriver({
		tick: (now) => (this.now = now),
		cue: (cue, hidden) => this.#voice.cue(cue, hidden),
		gap: (summary, hidden) => {
			// The page was frozen or the device slept: say what happened instead of replaying it.
			this.meanwhile = summary;
			this.#voice.gap(summary, hidden);
		},
		ended: (timeline) => void this.#finish(timeline, false)
	});
	#ending = new SessionEnding(this);
	#tabs = new SessionTabs(
		this,
		{
			adopt: (saved) => {
				this.timeline = saved;
				this.#driver.drive(saved);
			},
			gone: () => {
				this.#run.detach();
				this.timeline = null;
			},
			stopAt: (at) => void this.#stopAt(at)
		},
		this.#cues
	);
	#run = new SessionRun(this.#driver, this.#tabs, sessionLink);

	get running(): boolean {
		return this.view !== null && isActive(this.view);
	}

	/** A session found at start-up that was running when the app closed. */
	get interrupted(): InterruptedSession | null {
		return sessionLink.interrupted;
	}

	/**
	 * Speaks `lang` from now on (its words loaded first); by default the language of the page
	 * shown, so a session started from a page in Spanish speaks Spanish.
	 */
	async speak(lang: Lang = browser ? langOfPath(location.pathname) : 'en'): Promise<void> {
		// The cues, and the built-ins' titles the voice and the running bar name a plan by (a
		// session continued from Today, whose page loads neither).
		await Promise.all([cues.load(lang), loadSessionTitles(lang)]);
		this.lang = lang;
	}

	/** Listens for other tabs and for the page waking up; looks for an interrupted session. */
	async restore(): Promise<void> {
		if (!browser) return;
		await this.speak();
		// Once, for as long as the page (and this player) lives, as it always has: the notification
		// of a session that ended while the page was hidden is cleared when it is back.
		if (!this.#unlisten) {
			void settings.start();
			const stopTabs = this.#tabs.listen();
			const stopWake = onPageWake({
				awake: () => this.#driver.tick(),
				visibility: (visible) => {
					// Back in the app: phase-change notifications have done their job.
					if (visible) void clearNotifications(NOTIFY_TAG);
					this.#driver.wakeWhenHidden();
				}
			});
			this.#unlisten = () => {
				stopTabs();
				stopWake();
			};
		}
		await sessionLink.probe();
	}

	/**
	 * Opens a plan. With pain ratings on, the clock waits for the "before" rating (or Skip);
	 * otherwise it starts now. Call from a tap: it unlocks audio for the cues that follow.
	 */
	async begin(plan: Plan): Promise<void> {
		void unlockAudio();
		void this.restore();
		// The first cue follows the saved preferences (voice off stays off), in the page's language.
		await Promise.all([settings.start(), this.speak()]);
		if (this.timeline && this.running) await this.command('stop');
		this.ended = null;
		this.meanwhile = null;
		if (settings.prefs.askPain) this.waiting = plan;
		else await this.#start(plan, null);
	}

	/** Starts the waiting plan, with the "before" rating or without it (skipped). */
	async startWaiting(painBefore: number | null): Promise<void> {
		const plan = this.waiting;
		if (!plan) return;
		void unlockAudio();
		await this.#start(plan, painBefore);
	}

	/** Leaves the waiting plan unstarted. */
	cancelWaiting(): void {
		this.waiting = null;
	}

	async #start(plan: Plan, painBefore: number | null): Promise<void> {
		const now = Date.now();
		const created: Timeline = { id: newId(), plan, events: [] };
		if (painBefore !== null) created.painBefore = painBefore;
		this.waiting = null;
		this.ended = null;
		sessionLink.interrupted = null;
		this.elsewhere = false;
		this.timeline = applyEvent(created, 'start', now);
		this.now = now;
		const saving = this.#run.save(this.timeline);
		this.#voice.started(plan, now);
		await this.#run.attach(this.timeline, now);
		await saving;
	}

	/** Continues the interrupted session exactly where it stands now. */
	async resumeInterrupted(): Promise<void> {
		const timeline = sessionLink.interrupted?.timeline;
		if (!timeline) return;
		void unlockAudio();
		void this.restore();
		await Promise.all([settings.start(), this.speak()]);
		if (sessionLink.interrupted?.timeline !== timeline) return;
		sessionLink.interrupted = null;
		this.ended = null;
		this.waiting = null;
		this.timeline = timeline;
		const from = timeline.events[timeline.events.length - 1]?.at ?? Date.now();
		const now = Date.now();
		this.now = now;
		this.meanwhile = summarizeGap(timeline, from, now);
		this.#voice.step();
		await this.#run.attach(timeline, now);
	}

	/** Ends the interrupted session now and keeps what was done in history. */
	async endInterrupted(): Promise<void> {
		const timeline = sessionLink.interrupted?.timeline;
		if (!timeline) return;
		sessionLink.interrupted = null;
		const stopped = applyEvent(timeline, 'stop', Date.now());
		this.timeline = stopped;
		const recording = this.#ending.record(stopped, false);
		timelineAside.forget(stopped.id);
		await recording;
	}

	async command(type: SessionEventType): Promise<void> {
		const current = this.timeline;
		if (!current || this.ended) return;
		if (type === 'resume' || type === 'start') void unlockAudio();
		const now = Date.now();
		const next = applyEvent(current, type, now);
		if (next === current) return;
		const before = sessionAt(current, now);
		this.timeline = next;
		this.now = now;
		this.meanwhile = null;
		const after = sessionAt(next, now);
		this.#voice.commanded(type, before, after, now);
		// Not awaited before the record is set aside: #finish does that in this same task.
		if (!isActive(after)) return this.#finish(next, type === 'stop');
		const saving = this.#run.save(next);
		this.#driver.drive(next, now);
		await saving;
	}

	/** Takes back a Stop: the session continues exactly where it was stopped. */
	async undoStop(): Promise<void> {
		if (!this.#ending.canUndo()) return;
		void unlockAudio();
		const now = Date.now();
		const resumed = await this.#ending.undo(now);
		if (!resumed) return;
		this.timeline = resumed;
		this.now = now;
		this.#voice.resumed();
		await this.#run.attach(resumed, now);
	}

	/** Tries the write again after it failed. */
	retrySave = (): Promise<void> => this.#ending.retry();

	/** Offers the ended session as a one-record backup file; false if the browser refused. */
	downloadEnded = (): Promise<boolean> => this.#ending.download();

	/** Records the after-session pain rating on the history record. */
	ratePainAfter = (value: number): Promise<RatingOutcome> => this.#ending.ratePainAfter(value);

	/** Clears the summary screen after the user has seen it. */
	dismissEnded(): void {
		this.ended = null;
		this.timeline = null;
	}

	async #finish(timeline: Timeline, stoppedHere: boolean): Promise<void> {
		if (this.timeline !== timeline) return;
		// Known before the lock is let go: whether another tab runs this session.
		const follower = this.#tabs.follower;
		this.#run.detach(true);
		if (follower && stoppedHere) this.#tabs.sendStop(timeline);
		const save: SaveRecord | undefined = follower
			? (record) => this.#tabs.recordAfterHolder(record)
			: undefined;
		const recording = this.#ending.record(timeline, stoppedHere, save);
		// The record is set aside now: it, not the running timeline, is what the next start writes.
		timelineAside.forget(timeline.id);
		try {
			await recording;
		} finally {
			// Held until the record is written, so a tab waiting for it reads it back.
			this.#tabs.release();
		}
	}

	/** A Stop from another tab showing this session, at the moment it was tapped there. */
	async #stopAt(at: number): Promise<void> {
		const current = this.timeline;
		if (!current || this.ended || !this.running) return;
		const next = applyEvent(current, 'stop', Math.min(at, Date.now()));
		if (next === current) return;
		this.timeline = next;
		this.#cues.silence();
		await this.#finish(next, false);
	}
}

export const player = new Player();

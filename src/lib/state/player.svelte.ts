// The guided player: joins the engine driver (time), the cue player (sound, one tab) and the
// recorder (history) for the UI. It saves the timeline on every event, so a reload resumes it,
// and says a session is saved only once the recorder has written it. With the session open in
// two tabs, the tab holding its lock plays the cues and writes the record: a Stop in the other
// tab is sent to it (platform/session-channel.ts), and that tab then reads the record back once
// the lock is free. The other tab waits in the lock's queue, and takes over if the first closes.
import { browser } from '$app/environment';
import { summarizeGap } from '$lib/core/cues';
import { newId } from '$lib/core/id';
import type { Plan, SessionEventType, SessionRecord, Timeline } from '$lib/core/model';
import { toRecord } from '$lib/core/record';
import { applyEvent, isActive, sessionAt, undoStop, type SessionView } from '$lib/core/timeline';
import { unlockAudio } from '$lib/platform/chime';
import { clearNotifications } from '$lib/platform/notifications';
import { onSessionMessage, sendSessionMessage } from '$lib/platform/session-channel';
import { ScreenWakeLock } from '$lib/platform/wake-lock';
import {
	listActive,
	onDataChange,
	reopenSession,
	saveActive,
	sessions as sessionStore
} from '$lib/storage';
import { getStorageStatus } from '$lib/storage/status';
import { ok } from '$lib/core/result';
import { CuePlayer, NOTIFY_TAG } from './cue-player';
import { pwa } from './pwa.svelte';
import { recorder, type RecordOutcome } from './recorder';
import { SessionDriver } from './session-driver';
import { sessionLink, type InterruptedSession } from './session-link.svelte';
import { settings } from './settings.svelte';

/** How long "Undo" stays offered after Stop. */
export const UNDO_MS = 10_000;
/**
 * How long a tab that only shows a session waits for the tab running it to write the record,
 * before writing it itself (the write merges, so two writes lose nothing): a tab the browser
 * froze in the background must not leave this one saying "saving" for ever.
 */
const HOLDER_WAIT_MS = 5_000;

export interface EndedSession {
	/** The history record, as written or as it will be. */
	record: SessionRecord;
	/** Null while the write is under way. */
	outcome: RecordOutcome | null;
	/** The ended timeline, for Undo. */
	timeline: Timeline;
	/** Undo is offered until this instant (only after a Stop in this tab); null when it is not. */
	undoUntil: number | null;
}

class Player {
	timeline = $state.raw<Timeline | null>(null);
	now = $state(0);
	/** A session chosen but not started: the pain question comes before the clock. */
	waiting = $state.raw<Plan | null>(null);
	/** What happened while the page was hidden or asleep, in one sentence. */
	meanwhile = $state<string | null>(null);
	/** Polite live-region text: each new step, read by screen readers. */
	announcement = $state('');
	/** The session that just ended, for the summary screen and the "after" pain rating. */
	ended = $state.raw<EndedSession | null>(null);
	/** Another tab plays this session's cues; this one only shows it. */
	elsewhere = $state(false);

	view: SessionView | null = $derived(
		this.timeline ? sessionAt(this.timeline, this.now || Date.now()) : null
	);

	#releaseUpdates: (() => void) | null = null;
	#wake = new ScreenWakeLock();
	#cues = new CuePlayer(() => settings.prefs);
	#driver = new SessionDriver({
		tick: (now) => (this.now = now),
		cue: (cue, hidden) => {
			this.#cues.play(cue);
			if (cue.type === 'segment-start') {
				this.#announceStep(cue.index);
				if (hidden) this.#notify(cue.text);
			}
			if (cue.type === 'finished' && hidden) this.#notify('Session complete.');
		},
		gap: (summary, hidden) => {
			// The page was frozen or the device slept: say what happened instead of replaying it.
			this.meanwhile = summary;
			this.#announceStep();
			if (hidden) this.#notify(summary);
			else this.#cues.chime();
		},
		ended: (timeline) => void this.#finish(timeline, false)
	});
	#started = false;

	get running(): boolean {
		return this.view !== null && isActive(this.view);
	}

	get painBefore(): number | null {
		return this.timeline?.painBefore ?? null;
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
			// The person stopped this session in another tab: this tab, holding its lock, ends it
			// at that moment and writes the record.
			onSessionMessage((message) => {
				if (message.id === this.timeline?.id && !this.elsewhere) void this.#stopAt(message.at);
			});
			// Coming back from a locked screen, a frozen tab or the back/forward cache: catch up at once.
			const wake = () => {
				if (document.visibilityState === 'visible') this.#driver.tick();
			};
			document.addEventListener('visibilitychange', () => {
				if (document.visibilityState === 'visible') {
					wake();
					// Back in the app: phase-change notifications have done their job.
					void clearNotifications(NOTIFY_TAG);
				}
				this.#driver.wakeWhenHidden();
			});
			document.addEventListener('resume', wake);
			addEventListener('pageshow', wake);
			addEventListener('focus', wake);
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
		// The first cue follows the saved preferences (voice off stays off).
		await settings.start();
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
		this.#announceStep();
		this.#cues.play({
			type: 'segment-start',
			at: now,
			index: 0,
			text: plan.segments[0]?.cue ?? ''
		});
		await this.#attach(this.timeline, now);
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
		this.waiting = null;
		this.timeline = timeline;
		const from = lastEventAt(timeline);
		const now = Date.now();
		this.now = now;
		this.meanwhile = summarizeGap(timeline, from, now);
		this.#announceStep();
		await this.#attach(timeline, now);
	}

	/** Ends the interrupted session now and keeps what was done in history. */
	async endInterrupted(): Promise<void> {
		const timeline = sessionLink.interrupted?.timeline;
		if (!timeline) return;
		sessionLink.interrupted = null;
		const stopped = applyEvent(timeline, 'stop', Date.now());
		this.timeline = stopped;
		await this.#record(stopped, false);
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
		if (!isActive(after)) {
			if (after.status === 'finished')
				this.#cues.play({ type: 'finished', at: now, index: after.index });
			else this.#cues.silence();
			// Not awaited before the record is set aside: #finish does that in this same task.
			await this.#finish(next, type === 'stop');
			return;
		}
		if (after.index !== before.index || type === 'previous') {
			this.#announceStep();
			this.#cues.play({
				type: 'segment-start',
				at: now,
				index: after.index,
				text: after.segment.cue
			});
		} else if (type === 'pause') {
			this.#cues.silence();
			this.announcement = 'Paused';
			if (sessionLink.live) sessionLink.live = { ...sessionLink.live, paused: true };
		} else if (type === 'resume') {
			this.announcement = 'Resumed';
			if (sessionLink.live) sessionLink.live = { ...sessionLink.live, paused: false };
		}
		this.#driver.drive(next, now);
		await saveActive(next);
	}

	/** Whether Undo is still offered for the session that just ended. */
	canUndo(now = Date.now()): boolean {
		const until = this.ended?.undoUntil;
		return until != null && now < until;
	}

	/** Takes back a Stop: the session continues exactly where it was stopped. */
	async undoStop(): Promise<void> {
		const ended = this.ended;
		if (!ended || !this.canUndo()) return;
		void unlockAudio();
		const now = Date.now();
		const resumed = undoStop(ended.timeline, now);
		if (resumed === ended.timeline) return;
		// The write may still be under way; the session goes back only once it has landed.
		const outcome = ended.outcome ?? (await this.#saving);
		recorder.release(resumed.id);
		if (outcome?.ok) await reopenSession(resumed);
		else await saveActive(resumed);
		this.ended = null;
		this.timeline = resumed;
		this.now = now;
		this.announcement = 'Resumed';
		this.#announceStep();
		await this.#attach(resumed, now);
	}

	/** Tries the write again after it failed. */
	async retrySave(): Promise<void> {
		const ended = this.ended;
		if (!ended || ended.outcome?.ok !== false) return;
		this.ended = { ...ended, outcome: null };
		const outcome = await recorder.end(ended.record);
		if (this.ended?.record.id === ended.record.id) this.ended = { ...this.ended, outcome };
	}

	/** Offers the ended session as a one-record backup file; false if the browser refused. */
	downloadEnded(): Promise<boolean> {
		const ended = this.ended;
		return ended ? recorder.download(ended.record) : Promise.resolve(false);
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
		const rated = { ...ended.record, painAfter: value, updatedAt: Date.now() };
		this.ended = { ...ended, record: rated };
		if (!ended.outcome?.ok) {
			// Not saved yet: the copy set aside carries the rating too.
			recorder.setAside(rated);
			return;
		}
		await this.#writeRating(ended.record.id, value);
	}

	async #writeRating(id: string, painAfter: number): Promise<void> {
		const record = await sessionStore.get(id);
		if (record && record.painAfter !== painAfter)
			await sessionStore.put({ ...record, painAfter, updatedAt: Date.now() });
	}

	async #attach(timeline: Timeline, now: number): Promise<void> {
		this.#releaseUpdates ??= pwa.holdUpdates('player');
		if (settings.prefs.wakeLock) void this.#wake.acquire();
		this.#driver.drive(timeline, now);
		await this.#cues.claim(timeline.id, () => this.#takeOver(timeline.id));
		this.elsewhere = this.#cues.elsewhere;
	}

	/**
	 * The tab that played this session's cues let go of its lock (it closed, or wrote the record
	 * of a session it ended): this tab plays them from now on, after a look at the saved session.
	 */
	#takeOver(id: string): void {
		this.elsewhere = this.#cues.elsewhere;
		void this.#syncFromOtherTab(id);
	}

	/** Stops driving the session; the lock is kept when the record is still to be written. */
	#detach(keepLock = false): void {
		this.#driver.stop();
		this.#releaseUpdates?.();
		this.#releaseUpdates = null;
		sessionLink.live = null;
		if (!keepLock) this.#cues.release();
		void this.#wake.release();
	}

	#notify(body: string): void {
		if (this.timeline) this.#cues.notify(this.timeline.plan.title, body);
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

	async #finish(timeline: Timeline, stoppedHere: boolean): Promise<void> {
		if (this.timeline !== timeline) return;
		// Known before the lock is let go: whether another tab runs this session.
		const follower = this.#cues.elsewhere;
		this.#detach(true);
		if (follower && stoppedHere)
			sendSessionMessage({ type: 'stop', id: timeline.id, at: lastEventAt(timeline) });
		try {
			await this.#record(timeline, stoppedHere, follower);
		} finally {
			// Held until the record is written, so a tab waiting for it reads it back.
			this.#cues.release();
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

	#saving: Promise<RecordOutcome> | null = null;

	/** Hands the ended session to the recorder; it is set aside before this returns a promise. */
	async #record(timeline: Timeline, stoppedHere: boolean, follower = false): Promise<void> {
		const view = sessionAt(timeline, Date.now());
		const record = toRecord(timeline, view.endedAt ?? Date.now());
		const saving = follower ? this.#recordAfterHolder(record) : recorder.end(record);
		this.#saving = saving;
		this.ended = {
			record,
			outcome: null,
			timeline,
			undoUntil: stoppedHere ? Date.now() + UNDO_MS : null
		};
		const outcome = await saving;
		if (this.ended?.record.id !== record.id) return;
		// A rating given while the write was under way goes on the written record too.
		const rated = this.ended.record.painAfter;
		this.ended = {
			...this.ended,
			record: outcome.ok
				? { ...outcome.value.record, ...(rated !== undefined && { painAfter: rated }) }
				: this.ended.record,
			outcome
		};
		if (outcome.ok && rated !== undefined) await this.#writeRating(record.id, rated);
	}

	/**
	 * In a tab that only shows the session, the tab running it writes the record: this one keeps
	 * a copy aside (a reload loses nothing), waits for the lock, then reads the record back. It
	 * writes the record itself if that tab closed, or has not written it within HOLDER_WAIT_MS.
	 */
	#recordAfterHolder(record: SessionRecord): Promise<RecordOutcome> {
		recorder.setAside(record);
		const readBack = async (): Promise<RecordOutcome> => {
			const written = await sessionStore.get(record.id);
			if (!written) return recorder.end(record);
			recorder.release(record.id);
			return ok({ record: written, persisted: getStorageStatus().persistent });
		};
		let timer: ReturnType<typeof setTimeout> | undefined;
		const waited = new Promise<RecordOutcome>((resolve) => {
			timer = setTimeout(() => resolve(readBack()), HOLDER_WAIT_MS);
		});
		return Promise.race([this.#cues.whileHolding(readBack), waited]).finally(() =>
			clearTimeout(timer)
		);
	}

	async #syncFromOtherTab(id: string | undefined): Promise<void> {
		if (!id || this.timeline?.id !== id || this.ended) return;
		const saved = (await listActive()).find((t) => t.id === id);
		if (this.timeline?.id !== id || this.ended) return;
		if (saved) {
			this.timeline = saved;
			this.#driver.drive(saved);
		} else if (this.running) {
			// The other tab ended it and recorded it.
			this.#detach();
			this.timeline = null;
		}
	}
}

function lastEventAt(timeline: Timeline): number {
	return timeline.events[timeline.events.length - 1]?.at ?? Date.now();
}

export const player = new Player();

// A light view of "is a session running or waiting to be continued?" for Today and the shell,
// so they need not load the player (its engine, cues and platform code) on a first visit.
import { browser } from '$app/environment';
import type { SessionRecord, Timeline } from '$lib/core/model';
// Straight from the modules, not the $lib/storage index: a first visit loads only these.
import { onDataChange } from '$lib/storage/broadcast';
import { listActive } from '$lib/storage/first-use';
import { hasUnsaved, TIMELINES_ASIDE_KEY } from './unsaved';

export interface LiveSession {
	title: string;
	step: string;
	paused: boolean;
}

/** Where an interrupted session stands, worked out when it was found. */
export interface InterruptedSession {
	timeline: Timeline;
	title: string;
	step: string;
	/** The step's place in the plan, for its name in another language (`step` is the plan's own). */
	index: number;
	/** Time left in the step, or null for a step that waits for Next. */
	remainingMs: number | null;
	paused: boolean;
}

class SessionLink {
	/** The session this tab is running, kept up to date by the player. */
	live = $state.raw<LiveSession | null>(null);
	/** The player has the whole screen: the shell hides its header, tabs and first-run note. */
	focused = $state(false);
	/** A session saved by an earlier visit that is still running by the clock. */
	interrupted = $state.raw<InterruptedSession | null>(null);
	#probed = false;

	/** Looks once for a session interrupted by a reload, a crash or the app being closed. */
	async probe(): Promise<void> {
		if (!browser) return;
		const first = !this.#probed;
		if (first) {
			// Another tab starting or ending a session changes what Today should offer here.
			onDataChange((change, remote) => {
				if (remote && change.store === 'active') void this.#look();
			});
		}
		this.#probed = true;
		await this.#look(first);
	}

	/** `starting`: the first look of this page, which also writes what an earlier one set aside. */
	async #look(starting = false): Promise<void> {
		// A session that ended but whose record did not reach the database is written now; one
		// still waiting is ended, not "still going".
		let ended: SessionRecord[] = [];
		if (hasUnsaved()) {
			const { recorder } = await import('./recorder');
			await recorder.flush();
			ended = recorder.unsaved();
		}
		// Then the changes to a running session the app was closed on (Pause, Next, Undo…).
		if (starting && hasUnsaved(TIMELINES_ASIDE_KEY)) {
			const { timelineAside, storageTarget } = await import('./timeline-aside');
			await timelineAside.flush(storageTarget(ended));
		}
		const waiting = new Set(ended.map((r) => r.id));
		const saved = (await listActive()).filter((t) => !waiting.has(t.id));
		if (saved.length === 0) {
			this.interrupted = null;
			return;
		}
		// The engine loads only when there is a saved session to look at.
		const { isActive, sessionAt } = await import('$lib/core/timeline');
		const now = Date.now();
		const newest = saved
			.filter((t) => isActive(sessionAt(t, now)))
			.sort((a, b) => (b.events[0]?.at ?? 0) - (a.events[0]?.at ?? 0))[0];
		if (!newest || this.live) {
			this.interrupted = null;
			return;
		}
		const view = sessionAt(newest, now);
		this.interrupted = {
			timeline: newest,
			title: newest.plan.title,
			step: view.segment.label,
			index: view.index,
			remainingMs: view.remainingInSegmentMs,
			paused: view.status === 'paused'
		};
	}
}

export const sessionLink = new SessionLink();

// One session open in several tabs. The tab holding the session's Web Lock (see cue-player.ts)
// plays its cues and writes its record; the others wait in the lock's queue and only show it.
// A Stop in a tab that only shows the session is sent to the running tab (BroadcastChannel,
// platform/session-channel.ts), which ends it at that moment; the showing tab reads the record
// back once the lock is free. A tab that takes the lock over, or hears that another tab changed
// the saved session, first reads the saved session back.
import type { SessionRecord, Timeline } from '$lib/core/model';
import { ok } from '$lib/core/result';
import {
	onSessionMessage,
	sendSessionMessage,
	type SessionMessage
} from '$lib/platform/session-channel';
import { listActive, onDataChange, sessions } from '$lib/storage';
import type { DataListener } from '$lib/storage/broadcast';
import { getStorageStatus } from '$lib/storage/status';
import type { CuePlayer } from './cue-player';
import { recorder, type Recorder, type RecordOutcome } from './recorder';

/**
 * How long a tab that only shows a session waits for the tab running it to write the record,
 * before writing it itself (the write merges, so two writes lose nothing): a tab the browser
 * froze in the background must not leave this one saying "saving" for ever.
 */
export const HOLDER_WAIT_MS = 5_000;

/** This tab's place in the session's lock: the cue player's. */
export type SessionLock = Pick<CuePlayer, 'claim' | 'whileHolding' | 'release' | 'elsewhere'>;

/** This tab's session, as the player holds it. */
export interface TabsSession {
	readonly timeline: Timeline | null;
	/** The session that ended here (its summary is showing), or null. */
	readonly ended: object | null;
	readonly running: boolean;
	/** Another tab plays this session's cues; this one only shows it. */
	elsewhere: boolean;
}

/** What word from another tab does to this tab's session. */
export interface TabsHooks {
	/** Another tab changed the saved session (a command there): show it as saved. */
	adopt(saved: Timeline): void;
	/** Another tab ended the session and recorded it. */
	gone(): void;
	/** The person stopped the session in another tab at `at`; this tab runs it. */
	stopAt(at: number): void;
}

/** Where the tabs hear from and write to; the browser's by default, fakes in tests. */
export interface TabsEnv {
	onDataChange(listener: DataListener): () => void;
	onMessage(listener: (message: SessionMessage) => void): () => void;
	send(message: SessionMessage): boolean;
	listActive(): Promise<Timeline[]>;
	sessions: { get(id: string): Promise<SessionRecord | undefined> };
	recorder: Pick<Recorder, 'end' | 'setAside' | 'release'>;
	/** Whether what is written lands on the disk. */
	persisted(): boolean;
}

const browserEnv: TabsEnv = {
	onDataChange,
	onMessage: onSessionMessage,
	send: sendSessionMessage,
	listActive,
	sessions,
	recorder,
	persisted: () => getStorageStatus().persistent
};

export class SessionTabs {
	readonly #session: TabsSession;
	readonly #hooks: TabsHooks;
	readonly #lock: SessionLock;
	readonly #env: TabsEnv;

	constructor(session: TabsSession, hooks: TabsHooks, lock: SessionLock, env = browserEnv) {
		this.#session = session;
		this.#hooks = hooks;
		this.#lock = lock;
		this.#env = env;
	}

	/** Another tab plays this session's cues (this one only shows it). */
	get follower(): boolean {
		return this.#lock.elsewhere;
	}

	/** Listens to the other tabs; returns the function that stops listening. */
	listen(): () => void {
		const stopChanges = this.#env.onDataChange((change, remote) => {
			if (remote && change.store === 'active') void this.#sync(change.key);
		});
		// The person stopped this session in another tab: this tab, holding its lock, ends it at
		// that moment and writes the record.
		const stopMessages = this.#env.onMessage((message) => {
			if (message.id === this.#session.timeline?.id && !this.#session.elsewhere)
				this.#hooks.stopAt(message.at);
		});
		return () => {
			stopChanges();
			stopMessages();
		};
	}

	/**
	 * Takes session `id`'s lock or queues for it. When the tab that played its cues lets go (it
	 * closed, or wrote the record of a session it ended), this tab plays them from then on, after
	 * a look at the saved session.
	 */
	async claim(id: string): Promise<void> {
		await this.#lock.claim(id, () => {
			this.#session.elsewhere = this.#lock.elsewhere;
			void this.#sync(id);
		});
		this.#session.elsewhere = this.#lock.elsewhere;
	}

	/** Lets go of the lock, or leaves its queue. */
	release(): void {
		this.#lock.release();
	}

	/** Tells the tab running the session that the person stopped it here. */
	sendStop(timeline: Timeline): void {
		const at = timeline.events[timeline.events.length - 1]?.at ?? Date.now();
		this.#env.send({ type: 'stop', id: timeline.id, at });
	}

	/** Reads back the saved session `id` after another tab changed it. */
	async #sync(id: string | undefined): Promise<void> {
		const session = this.#session;
		if (!id || session.timeline?.id !== id || session.ended) return;
		const saved = (await this.#env.listActive()).find((t) => t.id === id);
		if (session.timeline?.id !== id || session.ended) return;
		if (saved) this.#hooks.adopt(saved);
		// The other tab ended it and recorded it.
		else if (session.running) this.#hooks.gone();
	}

	/**
	 * In a tab that only shows the session, the tab running it writes the record: this one keeps
	 * a copy aside (a reload loses nothing), waits for the lock, then reads the record back. It
	 * writes the record itself if that tab closed, or has not written it within HOLDER_WAIT_MS.
	 */
	recordAfterHolder(record: SessionRecord): Promise<RecordOutcome> {
		const { recorder, sessions } = this.#env;
		recorder.setAside(record);
		const readBack = async (): Promise<RecordOutcome> => {
			const written = await sessions.get(record.id);
			if (!written) return recorder.end(record);
			recorder.release(record.id);
			return ok({ record: written, persisted: this.#env.persisted() });
		};
		let timer: ReturnType<typeof setTimeout> | undefined;
		const waited = new Promise<RecordOutcome>((resolve) => {
			timer = setTimeout(() => resolve(readBack()), HOLDER_WAIT_MS);
		});
		return Promise.race([this.#lock.whileHolding(readBack), waited]).finally(() =>
			clearTimeout(timer)
		);
	}
}

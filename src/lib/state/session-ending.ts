// The end of a session: its history record handed to the recorder, the summary's promise
// ("saved" only once the write has landed), Undo for a while after a Stop in this tab, Try again
// after a failed write, and the pain rating given afterwards, which reaches the record whether
// it is rated before, during or after the write.
import type { SessionRecord, Timeline } from '$lib/core/model';
import { toRecord } from '$lib/core/record';
import { fail, ok, type Result } from '$lib/core/result';
import { sessionAt, undoStop } from '$lib/core/timeline';
import { reopenSession, saveActive } from '$lib/storage';
import type { WriteResult } from '$lib/storage/errors';
import { recorder, type Recorder, type RecordOutcome } from './recorder';
import { timelineAside, type TimelineAside } from './timeline-aside';

/** How long "Undo" stays offered after Stop. */
export const UNDO_MS = 10_000;

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

/** Where the ended session is kept: the player, whose field is reactive. */
export interface EndedHolder {
	ended: EndedSession | null;
}

/**
 * The rating after a session: saved with its record, or kept with a record not yet saved (the
 * summary's alert says so and its Try again writes both); otherwise why not, for an alert.
 */
/** A rating written (`saved`), kept with a session not yet saved, or not written (`not-saved`). */
export type RatingOutcome = Result<'saved' | 'with-session', 'not-saved'>;

/** What the ending writes to; the app's storage by default, fakes in tests. */
export interface EndingEnv {
	recorder: Pick<Recorder, 'end' | 'setAside' | 'release' | 'download'>;
	/** Where an Undo is kept aside until it has landed. */
	aside: Pick<TimelineAside, 'keep' | 'done'>;
	/** Puts a recorded session back to running (Undo after the write landed). */
	reopen(timeline: Timeline): Promise<WriteResult>;
	/** Saves a running session (Undo when the write did not land). */
	saveActive(timeline: Timeline): Promise<WriteResult>;
	now(): number;
}

const browserEnv: EndingEnv = {
	recorder,
	aside: timelineAside,
	reopen: reopenSession,
	saveActive,
	now: () => Date.now()
};

/** Writes a record in its own way (a tab that only shows the session waits for the other). */
export type SaveRecord = (record: SessionRecord) => Promise<RecordOutcome>;

export class SessionEnding {
	readonly #holder: EndedHolder;
	readonly #env: EndingEnv;
	#saving: Promise<RecordOutcome> | null = null;

	constructor(holder: EndedHolder, env: EndingEnv = browserEnv) {
		this.#holder = holder;
		this.#env = env;
	}

	/**
	 * Records an ended timeline and shows it as ended (with Undo if it was stopped in this tab).
	 * The recorder sets the record aside before this returns its promise: call it in the task
	 * that ended the session.
	 */
	async record(timeline: Timeline, stoppedHere: boolean, save?: SaveRecord): Promise<void> {
		const now = this.#env.now();
		const record = toRecord(timeline, sessionAt(timeline, now).endedAt ?? now);
		const saving = save ? save(record) : this.#env.recorder.end(record);
		this.#saving = saving;
		this.#holder.ended = {
			record,
			outcome: null,
			timeline,
			undoUntil: stoppedHere ? this.#env.now() + UNDO_MS : null
		};
		const outcome = await saving;
		const ended = this.#holder.ended;
		if (ended?.record.id !== record.id) return;
		// A rating given while the write was under way is written by ratePainAfter, after this.
		const rated = ended.record.painAfter;
		this.#holder.ended = {
			...ended,
			record: outcome.ok
				? { ...outcome.value.record, ...(rated !== undefined && { painAfter: rated }) }
				: ended.record,
			outcome
		};
	}

	/** Whether Undo is still offered for the session that just ended. */
	canUndo(now = this.#env.now()): boolean {
		const until = this.#holder.ended?.undoUntil;
		return until != null && now < until;
	}

	/**
	 * Takes back a Stop: once the write has landed, the session is running again from `now`,
	 * nothing of it in history. Resolves to the running timeline, or null if Undo is not offered.
	 */
	async undo(now = this.#env.now()): Promise<Timeline | null> {
		const ended = this.#holder.ended;
		if (!ended || !this.canUndo(now)) return null;
		const resumed = undoStop(ended.timeline, now);
		if (resumed === ended.timeline) return null;
		// Kept aside in the tap's own task: an app closed now still runs the session next time.
		this.#env.aside.keep(resumed, true);
		// The write may still be under way; the session goes back only once it has landed.
		const outcome = ended.outcome ?? (await this.#saving);
		this.#env.recorder.release(resumed.id);
		const written = outcome?.ok
			? await this.#env.reopen(resumed)
			: await this.#env.saveActive(resumed);
		// Not on the disk: it stays aside and is written the next time Limber starts.
		if (written.ok && written.persisted) this.#env.aside.done(resumed);
		this.#holder.ended = null;
		return resumed;
	}

	/** Tries the write again after it failed. */
	async retry(): Promise<void> {
		const ended = this.#holder.ended;
		if (!ended || ended.outcome?.ok !== false) return;
		this.#holder.ended = { ...ended, outcome: null };
		const outcome = await this.#env.recorder.end(ended.record);
		const current = this.#holder.ended;
		if (current?.record.id === ended.record.id) this.#holder.ended = { ...current, outcome };
	}

	/** Offers the ended session as a one-record backup file; false if the browser refused. */
	download(): Promise<boolean> {
		const ended = this.#holder.ended;
		return ended ? this.#env.recorder.download(ended.record) : Promise.resolve(false);
	}

	/**
	 * Records the after-session pain rating on the history record. It is set aside with the
	 * record in the tap's own task, then written once the record is (at once if it already is).
	 */
	async ratePainAfter(value: number): Promise<RatingOutcome> {
		const ended = this.#holder.ended;
		if (!ended) return fail('not-saved' as const);
		const rated = { ...ended.record, painAfter: value, updatedAt: this.#env.now() };
		this.#holder.ended = { ...ended, record: rated };
		this.#env.recorder.setAside(rated);
		const outcome = ended.outcome ?? (await this.#saving);
		// The record is not saved: the rating goes with it, by its Try again or the next start.
		if (!outcome?.ok) return ok('with-session');
		const current = this.#holder.ended;
		const record =
			current?.record.id === rated.id && current.record.painAfter === value
				? current.record
				: rated;
		const written = await this.#env.recorder.end(record);
		return written.ok ? ok('saved') : fail('not-saved' as const);
	}
}

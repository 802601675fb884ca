// The daily check-in for Today: today's entry, the recent days behind the level-of-care notice,
// and saving, kept current when another tab writes or the day changes while the app is open.
import { browser } from '$app/environment';
import { addDays, localDay } from '$lib/core/days';
import type { JournalEntry } from '$lib/core/model';
import type { Triage } from '$lib/core/triage';
// Straight from the modules, not the $lib/storage index: a first visit loads only these.
import { onDataChange } from '$lib/storage/broadcast';
import type { WriteResult } from '$lib/storage/errors';
import { journalRange, putJournal } from '$lib/storage/first-use';
import { getStorageStatus } from '$lib/storage/status';
import { CheckInAside } from './check-in-aside';
import { episodeLink } from './episode-link.svelte';
import { openEpisode } from './open-episode.svelte';
import { keptAsideStore } from './unsaved';

/** What the user fills in; the date and edit time are added when saving. */
export type CheckInDraft = Omit<JournalEntry, 'date' | 'updatedAt'>;

/** Enough days back to count a long run of spasms (see core/episode-course.ts `firstDayOf`). */
const RECENT_DAYS = 31;
const NOTHING: Triage = { level: 'none', findings: [] };
/** How often to notice that midnight has passed while the app stays open. */
const DAY_CHECK_MS = 60_000;

/** @internal Exported for its test; the app uses the one instance below. */
export class Journal {
	/** The local day the check-in is for. */
	today = $state(browser ? localDay(Date.now()) : '');
	/** Today's entry, once loaded; null when there is none yet. */
	entry = $state.raw<JournalEntry | null>(null);
	/** Entries of the last month, oldest first. */
	recent = $state.raw<JournalEntry[]>([]);
	loaded = $state(false);
	/** Yesterday's entry, to compare today's with; null when there is none. */
	yesterday: JournalEntry | null = $derived(
		this.recent.find((e) => e.date === addDays(this.today, -1)) ?? null
	);
	/** The rules, loaded once there are entries to check (a first visit has none). */
	#rules = $state.raw<
		((entries: JournalEntry[], today: string, episodeStart: string | null) => Triage) | null
	>(null);
	/**
	 * The level of care the check-ins call for, and why. Lasting spasms count the days as
	 * Today's episode card does, from the open episode's start when there is one.
	 */
	triage: Triage = $derived(
		this.#rules && this.today
			? this.#rules(this.recent, this.today, openEpisode.current?.startDay ?? null)
			: NOTHING
	);
	/**
	 * Set by a save that leaves a level standing, until the notice has come into view and taken
	 * focus (the notice sets it back to 0): it must appear where the person is looking, not out
	 * of view, and a later visit to Today must not jump to it.
	 */
	reveal = $state(0);
	/**
	 * Today's entry is held only in this visit's memory, not on the disk: the form and the summary
	 * show the alert with Try again instead of "Saved". It stays set aside, for the next load.
	 */
	held = $state(false);
	/** Spasms logged did not start an episode (its code did not load); null otherwise. */
	episodeError = $state<'not-loaded' | null>(null);
	/** Each Save, set aside the instant it is tapped until its write reaches the disk. */
	#aside = new CheckInAside(keptAsideStore);
	#started = false;
	/** The last check-in this visit wrote only to memory (for a browser that keeps nothing aside). */
	#inMemory: JournalEntry | null = null;
	/** The episode probe has looked (the notice counts from the open episode's start). */
	#probed = false;
	#loading = 0;

	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		void this.load();
		// These live for the page: Today, History and the player share what is held here, read once.
		onDataChange((change) => {
			if (change.store === 'journal') void this.load();
		});
		setInterval(() => this.#checkDay(), DAY_CHECK_MS);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') this.#checkDay();
		});
	}

	async load(): Promise<void> {
		const today = localDay(Date.now());
		// A slow read must not overwrite a newer one that finished first.
		const ticket = ++this.#loading;
		// A Save the app was closed on, or one held only in memory, is written first.
		await this.#aside.flush(
			async (date) => (await journalRange(date, date))[0],
			putJournal,
			() => getStorageStatus().persistent
		);
		const recent = await journalRange(addDays(today, -(RECENT_DAYS - 1)), today);
		if (ticket !== this.#loading) return;
		if (recent.length > 0) await this.#loadRules();
		if (ticket !== this.#loading) return;
		this.today = today;
		this.recent = recent;
		this.entry = recent.find((e) => e.date === today) ?? null;
		this.held = this.entry !== null && this.#notOnDisk(this.entry);
		this.loaded = true;
	}

	/**
	 * Saves today's check-in, replacing an earlier one from today. Never throws. Saved only on
	 * the disk (`state/saved.ts` `onDisk`, which the form applies): one held in this visit's
	 * memory is shown, as this visit reads it, but `held` and kept aside.
	 */
	async save(draft: CheckInDraft): Promise<WriteResult> {
		const today = localDay(Date.now());
		return this.#write({ ...draft, date: today, updatedAt: Date.now() });
	}

	/** Try again for today's check-in held only in memory: the same record, written again. */
	saveAgain(): Promise<WriteResult> {
		const entry = this.entry;
		if (!entry) return Promise.resolve({ ok: true, persisted: true });
		return this.#write(entry);
	}

	/** Try again for an episode the spasms logged did not start. */
	async beginEpisode(): Promise<void> {
		const started = await episodeLink.begin();
		this.episodeError = started.ok ? null : started.error;
	}

	async #write(entry: JournalEntry): Promise<WriteResult> {
		// Aside before the write starts, in the same task as the tap: a close now loses nothing.
		this.#aside.keep(entry);
		const result = await putJournal(entry);
		// Forgotten only once on the disk; the form says how it went.
		const onDisk = this.#aside.done(entry, result);
		if (result.ok) this.#inMemory = onDisk ? null : entry;
		if (result.ok) await this.#loadRules();
		// Spasms logged with no episode open start one, so Today's plan follows them. The check-in
		// is kept either way: starting the episode never holds up or fails the save, and the
		// episode's card says whether it is saved.
		if (result.ok && entry.spasms) void this.beginEpisode();
		// The change listener reloads too; updating now keeps the form from flickering.
		if (result.ok && this.today === entry.date) {
			this.entry = entry;
			this.held = !onDisk;
			this.recent = [...this.recent.filter((e) => e.date !== entry.date), entry];
			if (this.triage.level !== 'none') this.reveal++;
		}
		return result;
	}

	async #loadRules(): Promise<void> {
		// The notice counts from the open episode's start, on History too: look for it. Until the
		// probe's code loads, it counts from the first day of the spasms, and the next load looks
		// again.
		if (!this.#probed) void this.#probe();
		if (this.#rules) return;
		const { triageJournal } = await import('$lib/core/triage');
		this.#rules ??= triageJournal;
	}

	/** Whether `entry` as read may be held only in memory: set aside still, or written there. */
	#notOnDisk(entry: JournalEntry): boolean {
		const mine = this.#inMemory;
		const written = mine !== null && mine.date === entry.date && mine.updatedAt === entry.updatedAt;
		return this.#aside.holds(entry) || (written && !getStorageStatus().persistent);
	}

	async #probe(): Promise<void> {
		this.#probed = true;
		this.#probed = await episodeLink.probe();
	}

	#checkDay(): void {
		if (localDay(Date.now()) !== this.today) void this.load();
	}
}

export const journal = new Journal();

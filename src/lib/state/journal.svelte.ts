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
	/** Each Save, set aside the instant it is tapped until its write has finished. */
	#aside = new CheckInAside(keptAsideStore);
	#started = false;
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
		// A Save the app was closed on before its write finished is written first.
		await this.#aside.flush(async (date) => (await journalRange(date, date))[0], putJournal);
		const recent = await journalRange(addDays(today, -(RECENT_DAYS - 1)), today);
		if (ticket !== this.#loading) return;
		if (recent.length > 0) await this.#loadRules();
		if (ticket !== this.#loading) return;
		this.today = today;
		this.recent = recent;
		this.entry = recent.find((e) => e.date === today) ?? null;
		this.loaded = true;
	}

	/** Saves today's check-in, replacing an earlier one from today. Never throws. */
	async save(draft: CheckInDraft): Promise<WriteResult> {
		const today = localDay(Date.now());
		const entry: JournalEntry = { ...draft, date: today, updatedAt: Date.now() };
		// Aside before the write starts, in the same task as the tap: a close now loses nothing.
		this.#aside.keep(entry);
		const result = await putJournal(entry);
		// Finished, and the form says how: saved, or refused with its reason.
		this.#aside.done(entry);
		if (result.ok) await this.#loadRules();
		// Spasms logged with no episode open start one, so Today's plan follows them. The check-in
		// is saved either way: starting the episode never holds up or fails the save.
		if (result.ok && draft.spasms) void episodeLink.begin().catch(console.error);
		// The change listener reloads too; updating now keeps the form from flickering.
		if (result.ok && this.today === today) {
			this.entry = entry;
			this.recent = [...this.recent.filter((e) => e.date !== today), entry];
			if (this.triage.level !== 'none') this.reveal++;
		}
		return result;
	}

	async #loadRules(): Promise<void> {
		if (this.#rules) return;
		const { triageJournal } = await import('$lib/core/triage');
		this.#rules ??= triageJournal;
		// The notice counts from the open episode's start, on History too: look for it.
		void episodeLink.probe().catch(console.error);
	}

	#checkDay(): void {
		if (localDay(Date.now()) !== this.today) void this.load();
	}
}

export const journal = new Journal();

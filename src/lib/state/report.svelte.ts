// The report for a doctor: every episode to choose from, and the chosen one's report (the
// current episode unless another is asked for). Read once per visit to the page, and again
// when another tab or the player changes what it shows.
import { browser } from '$app/environment';
import { localDay } from '$lib/core/days';
import { episodeReport, type EpisodeReport } from '$lib/core/episode-report';
import type { Lang } from '$lib/core/lang';
import type { Episode, JournalEntry, SessionRecord } from '$lib/core/model';
import { episodes as episodeStore, journal, onDataChange, sessions } from '$lib/storage';
import { titledSessions } from './session-title';

/** @internal Exported for its test; the app uses the one instance below. */
export class Report {
	/** Newest first. */
	episodes = $state.raw<Episode[]>([]);
	entries = $state.raw<JournalEntry[]>([]);
	sessions = $state.raw<SessionRecord[]>([]);
	chosenId = $state<string | null>(null);
	loaded = $state(false);
	today = $state('');
	/** The page's language (set by the page, which loads the built-ins' titles in it). */
	lang = $state<Lang>('en');

	chosen: Episode | null = $derived(
		this.episodes.find((e) => e.id === this.chosenId) ?? this.episodes[0] ?? null
	);
	report: EpisodeReport | null = $derived(
		this.chosen
			? episodeReport(
					this.chosen,
					this.entries,
					titledSessions(this.sessions, this.lang),
					this.today
				)
			: null
	);

	#started = false;
	#ticket = 0;

	start(chosenId: string | null): void {
		this.chosenId = chosenId;
		if (!browser || this.#started) return;
		this.#started = true;
		// Lives for the page: a later visit shows what is held here, without reading it again.
		onDataChange((change) => {
			if (['episodes', 'journal', 'sessions'].includes(change.store)) void this.load();
		});
		void this.load();
	}

	async load(): Promise<void> {
		// A slow read must not overwrite a newer one that finished first.
		const ticket = ++this.#ticket;
		const [all, entries, records] = await Promise.all([
			episodeStore.all(),
			journal.all(),
			sessions.all()
		]);
		if (ticket !== this.#ticket) return;
		this.episodes = all.sort((a, b) => b.startedAt - a.startedAt);
		this.entries = entries;
		this.sessions = records;
		this.today = localDay(Date.now());
		this.loaded = true;
	}
}

export const report = new Report();

// The history screen's data: sessions newest first in pages from the storage index, the
// overview (calendar, streak, weekly minutes, pain trend, insights), note edits and deletion
// with undo. Changes from other tabs, the player and restores appear without a reload.
import { browser } from '$app/environment';
import { localDay } from '$lib/core/days';
import {
	currentStreak,
	daySummaries,
	groupByDay,
	painSeries,
	sessionRatings,
	trimSeries,
	weeklyMinutes,
	type DayGroup,
	type DaySummary
} from '$lib/core/history-stats';
import { summarizeEpisode, type EpisodeSummary } from '$lib/core/episode';
import { painInsights, type PainInsight } from '$lib/core/insights';
import type { Lang } from '$lib/core/lang';
import type { Episode, JournalEntry, SessionRecord } from '$lib/core/model';
import { fail, ok, type Result } from '$lib/core/result';
import {
	episodes as episodeStore,
	journal as journalStore,
	onDataChange,
	sessions as sessionStore
} from '$lib/storage';
import type { WriteResult } from '$lib/storage/errors';
import { history as words } from '$lib/messages/history';
import { onDisk } from './saved';
import { titledSessions } from './session-title';
import { UndoDelete } from './undo.svelte';

type SessionCursor = sessionStore.SessionCursor;

/** Small enough to read and draw at once even with years of history. */
const FIRST_PAGE = 20;
const PAGE = 50;
/** The storage layer's largest page. */
const MAX_PAGE = 500;
/** Several changes in a burst (a restore, another tab) cause one re-read. */
const REFRESH_DELAY_MS = 150;

function newestFirst(a: SessionRecord, b: SessionRecord): number {
	return b.startedAt - a.startedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** @internal Exported for its test; the app uses the one instance below. */
export class History {
	/**
	 * The page's language (set by the page, whose load has loaded History's words and the
	 * built-ins' titles in it): a built-in's session is named in it.
	 */
	lang = $state<Lang>('en');
	/** Loaded so far, newest first, as stored (a built-in's without its title). */
	records = $state.raw<SessionRecord[]>([]);
	days: DayGroup[] = $derived(groupByDay(titledSessions(this.records, this.lang)));
	hasMore = $state(false);
	loaded = $state(false);
	loadingMore = $state(false);

	/** Everything, for the overview; read after the first page is on screen. */
	allSessions = $state.raw<SessionRecord[]>([]);
	allJournal = $state.raw<JournalEntry[]>([]);
	allEpisodes = $state.raw<Episode[]>([]);
	overviewLoaded = $state(false);
	today = $state('');
	/** Every session named in the page's language, for the overview. */
	#named = $derived(titledSessions(this.allSessions, this.lang));

	summaries: Map<string, DaySummary> = $derived(daySummaries(this.#named, this.allJournal));
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- made afresh, never changed
	streak = $derived(this.today ? currentStreak(new Set(this.summaries.keys()), this.today) : 0);
	weekly = $derived(this.today ? weeklyMinutes(this.#named, this.today) : []);
	/** The last 30 days' ratings, check-ins and sessions, from the first day that has one. */
	#month = $derived(this.today ? painSeries(this.allJournal, this.today) : []);
	ratings = $derived(
		this.#month.length > 0
			? sessionRatings(this.#named, this.#month[0]?.date ?? '', this.today)
			: []
	);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- made afresh, never changed
	trend = $derived(trimSeries(this.#month, new Set(this.ratings.map((r) => r.date))));
	insights: PainInsight[] = $derived(painInsights(this.#named));
	/** Newest first, each with its length, pain change and what was used most. */
	episodes: EpisodeSummary[] = $derived(
		this.today
			? [...this.allEpisodes]
					.sort((a, b) => b.startedAt - a.startedAt)
					.map((e) => summarizeEpisode(e, this.allJournal, this.#named, this.today))
			: []
	);

	/** The session deleted last, offered back for a while (state/undo.svelte.ts). */
	readonly deleted = new UndoDelete<SessionRecord>(
		'session',
		(record) => this.#ownWrite(record.id, () => sessionStore.remove(record.id)),
		(record) => this.#putBack(record)
	);
	/** The last failed change, worded for a role="alert". */
	error = $state<string | null>(null);

	#next: SessionCursor | null = null;
	#started = false;
	#refreshTimer: ReturnType<typeof setTimeout> | undefined;
	/** Keys of this tab's own writes, already applied here, so their echo is not re-read. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
	#own = new Set<string>();
	#generation = 0;
	#overviewGeneration = 0;
	#pendingList = false;
	/** Reads under way; one that began before this tab's own write may bring back old data. */
	#reading = 0;

	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		// Lives for the page: it keeps what is held here true while History is not shown.
		onDataChange((change, remote) => {
			if (!['sessions', 'journal', 'episodes'].includes(change.store)) return;
			if (!remote && change.key !== undefined && this.#own.delete(`${change.store}:${change.key}`))
				return;
			this.#scheduleRefresh(change.store === 'sessions');
		});
		void this.#firstLoad();
	}

	async #firstLoad(): Promise<void> {
		await this.#loadList(FIRST_PAGE);
		// The overview reads every record; starting it after the first rows keeps them fast.
		await this.#loadOverview();
	}

	/** Reads the first `count` sessions again (after a change), keeping what was shown. */
	async #loadList(count: number): Promise<void> {
		const generation = ++this.#generation;
		const records: SessionRecord[] = [];
		let next: SessionCursor | null = null;
		this.#reading++;
		try {
			do {
				const page = await sessionStore.listPage({
					...(next ?? {}),
					limit: Math.min(MAX_PAGE, count - records.length)
				});
				records.push(...page.records);
				next = page.next;
			} while (next && records.length < count);
		} finally {
			this.#reading--;
		}
		if (generation !== this.#generation) return;
		this.records = records;
		this.#next = next;
		this.hasMore = next !== null;
		this.loaded = true;
	}

	async #loadOverview(): Promise<void> {
		const generation = ++this.#overviewGeneration;
		this.#reading++;
		const [sessions, entries, episodes] = await Promise.all([
			sessionStore.all(),
			journalStore.all(),
			episodeStore.all()
		]).finally(() => this.#reading--);
		if (generation !== this.#overviewGeneration) return;
		this.allSessions = sessions;
		this.allJournal = entries;
		this.allEpisodes = episodes;
		this.today = localDay(Date.now());
		this.overviewLoaded = true;
	}

	#scheduleRefresh(list: boolean): void {
		clearTimeout(this.#refreshTimer);
		const wantList = list || this.#pendingList;
		this.#pendingList = wantList;
		this.#refreshTimer = setTimeout(() => {
			this.#pendingList = false;
			if (wantList) void this.#loadList(Math.max(FIRST_PAGE, this.records.length));
			void this.#loadOverview();
		}, REFRESH_DELAY_MS);
	}

	async loadMore(): Promise<void> {
		const cursor = this.#next;
		if (!cursor || this.loadingMore) return;
		this.loadingMore = true;
		const generation = this.#generation;
		try {
			const page = await sessionStore.listPage({ ...cursor, limit: PAGE });
			// A refresh replaced the list meanwhile; its cursor is the one to follow.
			if (generation !== this.#generation) return;
			this.records = [...this.records, ...page.records];
			this.#next = page.next;
			this.hasMore = page.next !== null;
		} finally {
			this.loadingMore = false;
		}
	}

	/**
	 * Saves a session's note (an empty note removes it): resolves once it is saved on the
	 * device, or to why it is not, for the alert with Try again (which saves the same note).
	 * Until it is saved, the list shows the note as it was.
	 */
	async updateNote(id: string, note: string): Promise<Result<undefined, string>> {
		const record = this.records.find((r) => r.id === id);
		if (!record) return fail(words.get(this.lang).session.gone);
		const text = note.trim();
		const next: SessionRecord = { ...record, updatedAt: Date.now() };
		if (text) next.note = text;
		else delete next.note;
		const saved = await onDisk(await this.#ownWrite(id, () => sessionStore.put(next)), 'note');
		if (!saved.ok) return saved;
		this.#replace(id, next);
		this.#settle();
		return saved;
	}

	/**
	 * Deletes a session at once: Undo is offered for a while once it is deleted on the disk;
	 * held only in memory, `deleted.held` says it is not deleted from the device. False, with
	 * the reason on show, when nothing was deleted.
	 */
	async remove(id: string): Promise<boolean> {
		const record = this.records.find((r) => r.id === id);
		if (!record) return false;
		this.error = null;
		const deleted = await this.deleted.delete(record);
		if (!deleted.ok) {
			this.error = deleted.error;
			return false;
		}
		this.records = this.records.filter((r) => r.id !== id);
		this.allSessions = this.allSessions.filter((r) => r.id !== id);
		this.#settle();
		return true;
	}

	/** Puts a deleted session back exactly as it was: listed again even if held only in memory. */
	async #putBack(record: SessionRecord): Promise<Result> {
		const result = await this.#ownWrite(record.id, () => sessionStore.put(record));
		if (result.ok) {
			// Tried again after one held in memory, it is listed once.
			const others = (list: SessionRecord[]) => list.filter((r) => r.id !== record.id);
			this.records = [...others(this.records), record].sort(newestFirst);
			this.allSessions = [...others(this.allSessions), record].sort((a, b) => -newestFirst(a, b));
			this.#settle();
		}
		const saved = await onDisk(result, 'session');
		if (saved.ok) return ok();
		const [named] = titledSessions([record], this.lang);
		return fail(words.get(this.lang).session.notBack(named?.title ?? '', saved.error));
	}

	/** Runs a write marked as this tab's own, so its change notice does not read it back. */
	async #ownWrite(id: string, write: () => Promise<WriteResult>): Promise<WriteResult> {
		this.#own.add(`sessions:${id}`);
		const result = await write();
		if (!result.ok) this.#own.delete(`sessions:${id}`);
		return result;
	}

	/** A read that overlapped this tab's own write may land with older data: read once more. */
	#settle(): void {
		if (this.#reading > 0) this.#scheduleRefresh(true);
	}

	#replace(id: string, next: SessionRecord): void {
		this.records = this.records.map((r) => (r.id === id ? next : r));
		this.allSessions = this.allSessions.map((r) => (r.id === id ? next : r));
	}
}

export const history = new History();

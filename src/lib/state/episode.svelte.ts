// The open spasm episode for Today's card: its day, the plan for now with ticks worked out from
// the journal and the session records, the warning signs first, and its end. Loaded only when
// an episode is open or being started (see episode-link.svelte.ts).
import { browser } from '$app/environment';
import { journalReasons } from '$lib/content/care-levels';
import { EPISODE_PLAN } from '$lib/content/episode-plan';
import { addDays, localDay, localStart } from '$lib/core/days';
import {
	endCheck,
	endEpisode,
	planFor,
	startEpisode,
	type CareAlert,
	type EndCheck,
	type EpisodePlan
} from '$lib/core/episode';
import { newId } from '$lib/core/id';
import type { Episode, JournalEntry, SessionRecord } from '$lib/core/model';
import { triageJournal } from '$lib/core/triage';
import type { WriteResult } from '$lib/storage/errors';
import { put as putEpisode } from '$lib/storage/episodes';
import { journalRange } from '$lib/storage/first-use';
import { inRange } from '$lib/storage/sessions';
import { followToday } from './follow-today';
import { openEpisode } from './open-episode.svelte';

/** Days of check-ins the warning signs look back over, whatever the episode's length. */
const TRIAGE_DAYS = 14;

/** Starts an episode now; Today's card then shows Day 1 and the first hours. */
export async function beginEpisode(now = Date.now()): Promise<WriteResult> {
	const episode = startEpisode(newId(), now);
	const result = await putEpisode(episode);
	if (result.ok) openEpisode.current = episode;
	return result;
}

/** The most urgent warning sign in the journal, for the top of the plan. */
function alertOf(
	entries: readonly JournalEntry[],
	today: string,
	episode: Episode
): CareAlert | null {
	const first = triageJournal(entries, today, journalReasons, episode.startDay).findings[0];
	return first ? { level: first.level, reason: first.reason } : null;
}

/** Exported for its test; the app uses the one instance below. */
export class EpisodeView {
	today = $state(browser ? localDay(Date.now()) : '');
	entries = $state.raw<JournalEntry[]>([]);
	sessions = $state.raw<SessionRecord[]>([]);
	/** The episode the entries and sessions were read for. */
	current = $state.raw<Episode | null>(null);

	plan: EpisodePlan | null = $derived(
		this.current
			? planFor(EPISODE_PLAN, {
					episode: this.current,
					entries: this.entries,
					sessions: this.sessions,
					today: this.today,
					alert: alertOf(this.entries, this.today, this.current)
				})
			: null
	);
	ending: EndCheck = $derived(
		this.current ? endCheck(this.current, this.entries, this.today) : { kind: 'none' }
	);

	#started = false;
	#ticket = 0;

	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		followToday(
			['journal', 'sessions'],
			() => this.today,
			() => this.load()
		);
	}

	/**
	 * Reads what the open episode needs: its check-ins (two weeks for the signs, and two weeks
	 * before its start for a run of spasms logged before the tap), and its sessions from then.
	 */
	async load(): Promise<void> {
		const episode = openEpisode.current;
		const ticket = ++this.#ticket;
		if (!episode) {
			this.current = null;
			return;
		}
		const today = localDay(Date.now());
		const from =
			[addDays(episode.startDay, -TRIAGE_DAYS), addDays(today, -(TRIAGE_DAYS - 1))].sort()[0] ??
			today;
		const [entries, sessions] = await Promise.all([
			journalRange(from, today),
			// core/episode.ts keeps those of the episode: from the tap, or its earlier first day.
			inRange(localStart(from), Date.now() + 1)
		]);
		if (ticket !== this.#ticket) return;
		this.today = today;
		this.entries = entries;
		this.sessions = sessions;
		this.current = episode;
		// Asked and left unanswered for a few days: it ends by itself, as the question said.
		const check = endCheck(episode, entries, today);
		if (check.kind === 'end')
			await this.#save(endEpisode(episode, check.endDay, 'quiet', Date.now()));
	}

	/** "It has settled": the episode ends today and stays in History. */
	async settle(): Promise<WriteResult | null> {
		const episode = openEpisode.current;
		if (!episode) return null;
		return this.#save(endEpisode(episode, localDay(Date.now()), 'settled', Date.now()));
	}

	/** "Not yet": ask again after another quiet week. */
	async notYet(): Promise<WriteResult | null> {
		const episode = openEpisode.current;
		if (!episode) return null;
		return this.#save({ ...episode, notYetDay: localDay(Date.now()), updatedAt: Date.now() });
	}

	async #save(episode: Episode): Promise<WriteResult> {
		const result = await putEpisode(episode);
		if (result.ok) {
			openEpisode.current = episode.endDay === undefined ? episode : null;
			if (openEpisode.current) this.current = episode;
		}
		return result;
	}
}

export const episodeView = new EpisodeView();

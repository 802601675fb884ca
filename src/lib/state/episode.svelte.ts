// The open spasm episode for Today's card: its day, the plan for now with ticks worked out from
// the journal and the session records, the warning signs first, and its end. Loaded only when
// an episode is open or being started (see episode-link.svelte.ts).
import { browser } from '$app/environment';
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
import { fail, ok, type Result } from '$lib/core/result';
import { triageJournal } from '$lib/core/triage';
import { put as putEpisode } from '$lib/storage/episodes';
import { journalRange } from '$lib/storage/first-use';
import { inRange } from '$lib/storage/sessions';
import { followToday } from './follow-today';
import { openEpisode } from './open-episode.svelte';
import { onDisk } from './saved';

/** Days of check-ins the warning signs look back over, whatever the episode's length. */
const TRIAGE_DAYS = 14;

/**
 * Starts an episode now; Today's card then shows Day 1 and the first hours, and, when the
 * episode is not saved on the device, why, with Try again (`episodeView.unsaved`). Whoever
 * started it goes on either way: the first-hours routine is needed now.
 */
export async function beginEpisode(now = Date.now()): Promise<void> {
	await episodeView.record(startEpisode(newId(), now));
}

/** The most urgent warning sign in the journal, for the top of the plan. */
function alertOf(
	entries: readonly JournalEntry[],
	today: string,
	episode: Episode
): CareAlert | null {
	const first = triageJournal(entries, today, episode.startDay).findings[0];
	return first ? { level: first.level, reason: first.reason } : null;
}

/** Exported for its test; the app uses the one instance below. */
export class EpisodeView {
	today = $state(browser ? localDay(Date.now()) : '');
	entries = $state.raw<JournalEntry[]>([]);
	sessions = $state.raw<SessionRecord[]>([]);
	/** The episode the entries and sessions were read for. */
	current = $state.raw<Episode | null>(null);
	/** The last change to an episode that is not saved on the device, and why: the card's alert. */
	unsaved = $state.raw<{ episode: Episode; message: string } | null>(null);

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
		// Not saved, the card says why, with Try again (`unsaved`).
		if (check.kind === 'end')
			await this.record(endEpisode(episode, check.endDay, 'quiet', Date.now()));
	}

	/** "It has settled": the episode ends today and stays in History. */
	async settle(): Promise<Result<undefined, string>> {
		const episode = openEpisode.current;
		if (!episode) return ok();
		await this.record(endEpisode(episode, localDay(Date.now()), 'settled', Date.now()));
		return this.#outcome();
	}

	/** "Not yet": ask again after another quiet week. */
	async notYet(): Promise<Result<undefined, string>> {
		const episode = openEpisode.current;
		if (!episode) return ok();
		await this.record({ ...episode, notYetDay: localDay(Date.now()), updatedAt: Date.now() });
		return this.#outcome();
	}

	/** Try again on the card's alert: the change that was not saved, written once more. */
	async saveAgain(): Promise<Result<undefined, string>> {
		if (this.unsaved) await this.record(this.unsaved.episode);
		return this.#outcome();
	}

	/**
	 * Writes a change to an episode. This visit shows it whether it reached the disk or is held
	 * in memory (which is where this visit reads from); it is saved only on the disk, and
	 * otherwise `unsaved` says why, for the card's alert.
	 */
	async record(episode: Episode): Promise<void> {
		const result = await putEpisode(episode);
		if (result.ok) {
			openEpisode.current = episode.endDay === undefined ? episode : null;
			if (openEpisode.current) this.current = episode;
		}
		const saved = await onDisk(result, 'episode');
		this.unsaved = saved.ok ? null : { episode, message: saved.error };
	}

	/** Whether the last change is saved, or why not. */
	#outcome(): Result<undefined, string> {
		return this.unsaved ? fail(this.unsaved.message) : ok();
	}
}

export const episodeView = new EpisodeView();

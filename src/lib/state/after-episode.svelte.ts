// The weeks after an episode settles, for Today: the "keep it away" plan and the note of what
// helped. Loaded only once an episode has ended (see Today's page).
import { browser } from '$app/environment';
import { localDay, localStart } from '$lib/core/days';
import { langOfPath } from '$lib/core/lang';
import { episodeSessions } from '$lib/core/episode';
import { helpedOf, keepUpOf, type Helped, type KeepUp } from '$lib/core/keep-up';
import type { Episode, SessionRecord } from '$lib/core/model';
import { fail, type Result } from '$lib/core/result';
import { put as putEpisode } from '$lib/storage/episodes';
import { inRange } from '$lib/storage/sessions';
import { followToday } from './follow-today';
import { openEpisode } from './open-episode.svelte';
import { onDisk } from './saved';
import { loadSessionTitles, titledSessions } from './session-title';

/**
 * Why the note is not saved: no ended episode to keep it on, or the write's own reason (the
 * sentence for the alert with Try again).
 */
export type NoteError = { code: 'no-episode' } | { code: 'not-saved'; message: string };

/** @internal Exported for its test; the app uses the one instance below. */
export class AfterEpisode {
	today = $state(browser ? localDay(Date.now()) : '');
	/** Sessions from the ended episode's first day on. */
	sessions = $state.raw<SessionRecord[]>([]);
	/** The ended episode the sessions were read for. */
	episode = $state.raw<Episode | null>(null);

	keepUp: KeepUp | null = $derived(
		this.episode ? keepUpOf(this.episode, this.sessions, this.today) : null
	);
	/** What eased the pain during the episode, for the note. */
	helped: Helped[] = $derived(
		this.episode ? helpedOf(episodeSessions(this.episode, this.sessions, this.today)) : []
	);

	#started = false;
	#ticket = 0;

	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		followToday(
			['sessions'],
			() => this.today,
			() => this.load()
		);
	}

	/** Reads the sessions of the newest ended episode and of the weeks since. */
	async load(): Promise<void> {
		const episode = openEpisode.ended;
		const ticket = ++this.#ticket;
		if (!episode) {
			this.episode = null;
			return;
		}
		// A built-in's session is named in the page's language (its record keeps only ids).
		const lang = typeof location === 'undefined' ? 'en' : langOfPath(location.pathname);
		const [sessions] = await Promise.all([
			inRange(localStart(episode.startDay), Date.now() + 1),
			loadSessionTitles(lang)
		]);
		if (ticket !== this.#ticket) return;
		this.today = localDay(Date.now());
		this.sessions = titledSessions(sessions, lang);
		this.episode = episode;
	}

	/**
	 * Keeps the note of what helped on the ended episode (an empty note removes it): resolves
	 * once it is saved on the device, or to why it is not, for the alert with Try again.
	 */
	async saveNote(text: string): Promise<Result<undefined, NoteError>> {
		const episode = openEpisode.ended;
		if (!episode) return fail({ code: 'no-episode' });
		const helped = text.trim();
		const { helped: _old, ...rest } = episode;
		const written = await putEpisode({ ...rest, ...(helped && { helped }), updatedAt: Date.now() });
		const saved = await onDisk(written, 'note');
		return saved.ok ? saved : fail({ code: 'not-saved', message: saved.error });
	}
}

export const afterEpisode = new AfterEpisode();

// What a session says and shows as it goes, in the page's language: the cue of each step
// (through the cue player, so in one tab only), the live region's "Step 2 of 5: …", "Paused" and
// "Resumed", the running bar that Today and the shell show (sessionLink.live), and a system
// notification for each step while the page is hidden.
import type { Cue, GapSummary } from '$lib/core/cues';
import type { Lang } from '$lib/core/lang';
import type { Plan, SessionEventType, Timeline } from '$lib/core/model';
import { isActive, type SessionView } from '$lib/core/timeline';
import { cues } from '$lib/messages/cues';
import type { CuePlayer } from './cue-player';
import { gapWords, segmentWords } from './segment-words';
import { planTitle } from './session-title';
import type { LiveSession } from './session-link.svelte';

/** The session the voice speaks for, as the player holds it. */
export interface VoiceSession {
	readonly timeline: Timeline | null;
	readonly view: SessionView | null;
	/** The polite live region's text. */
	announcement: string;
	/** The language the session speaks: the page's (its `cues` catalog is loaded). */
	readonly lang: Lang;
}

/** What Today and the shell show of the session running here (the session link). */
export interface LiveLink {
	live: LiveSession | null;
}

export type CueSink = Pick<CuePlayer, 'play' | 'chime' | 'silence' | 'notify'>;

export class SessionVoice {
	readonly #session: VoiceSession;
	readonly #cues: CueSink;
	readonly #link: LiveLink;

	constructor(session: VoiceSession, cues: CueSink, link: LiveLink) {
		this.#session = session;
		this.#cues = cues;
		this.#link = link;
	}

	/** Says which step the session is on, and shows it in the running bar. */
	step(index = this.#session.view?.index ?? 0): void {
		const timeline = this.#session.timeline;
		const segment = timeline?.plan.segments[index];
		if (!timeline || !segment) return;
		const total = timeline.plan.segments.length;
		const { label } = segmentWords(this.#session.lang, timeline.plan, index);
		this.#session.announcement = cues.get(this.#session.lang).step(index + 1, total, label);
		this.#link.live = {
			title: planTitle(timeline.plan, this.#session.lang),
			step: label,
			paused: this.#session.view?.status === 'paused'
		};
	}

	/** A session started now: its first step, said and cued. */
	started(plan: Plan, now: number): void {
		this.step();
		this.#play({ type: 'segment-start', at: now, index: 0 }, plan);
	}

	/** A Stop taken back: the session goes on. */
	resumed(): void {
		this.#session.announcement = cues.get(this.#session.lang).resumed;
		this.step();
	}

	/** A cue the engine driver found due; `hidden` when the page was. */
	cue(cue: Cue, hidden: boolean): void {
		const said = this.#play(cue);
		if (cue.type === 'segment-start') {
			this.step(cue.index);
			if (hidden && said) this.#notify(said);
		}
		if (cue.type === 'finished' && hidden) this.#notify(cues.get(this.#session.lang).complete);
	}

	/** The page was frozen or the device slept: what happened meanwhile, said once. */
	gap(summary: GapSummary, hidden: boolean): void {
		const plan = this.#session.timeline?.plan;
		if (!plan) return;
		this.step();
		if (hidden) this.#notify(gapWords(this.#session.lang, plan, summary));
		else this.#cues.chime();
	}

	/** Plays `cue` with its words in the session's language; gives what it says. */
	#play(cue: Cue, plan = this.#session.timeline?.plan): string | undefined {
		const lang = this.#session.lang;
		const m = cues.get(lang);
		let text: string | undefined;
		if (cue.type === 'segment-start' && plan) text = segmentWords(lang, plan, cue.index).cue;
		else if (cue.type === 'halfway')
			text = (plan && segmentWords(lang, plan, cue.index).halfway) ?? m.halfway;
		else if (cue.type === 'ten-seconds') text = m.tenSeconds;
		else if (cue.type === 'finished') text = m.finished;
		this.#cues.play(cue, text === undefined ? undefined : { text, lang });
		return text;
	}

	/** A command the person gave at `now` took the session from `before` to `after`. */
	commanded(type: SessionEventType, before: SessionView, after: SessionView, now: number): void {
		if (!isActive(after)) {
			if (after.status === 'finished')
				this.#play({ type: 'finished', at: now, index: after.index });
			else this.#cues.silence();
		} else if (after.index !== before.index || type === 'previous') {
			this.step();
			this.#play({ type: 'segment-start', at: now, index: after.index });
		} else if (type === 'pause' || type === 'resume') {
			const paused = type === 'pause';
			if (paused) this.#cues.silence();
			const m = cues.get(this.#session.lang);
			this.#session.announcement = paused ? m.paused : m.resumed;
			const live = this.#link.live;
			if (live) this.#link.live = { ...live, paused };
		}
	}

	/** A system notification for a hidden page, titled with the session. */
	#notify(body: string): void {
		const timeline = this.#session.timeline;
		if (timeline) this.#cues.notify(planTitle(timeline.plan, this.#session.lang), body);
	}
}

// What a session says and shows as it goes: the cue of each step (through the cue player, so in
// one tab only), the live region's "Step 2 of 5: …", "Paused" and "Resumed", the running bar
// that Today and the shell show (sessionLink.live), and a system notification for each step
// while the page is hidden.
import type { Cue } from '$lib/core/cues';
import type { Plan, SessionEventType, Timeline } from '$lib/core/model';
import { isActive, type SessionView } from '$lib/core/timeline';
import type { CuePlayer } from './cue-player';
import type { LiveSession } from './session-link.svelte';

/** The session the voice speaks for, as the player holds it. */
export interface VoiceSession {
	readonly timeline: Timeline | null;
	readonly view: SessionView | null;
	/** The polite live region's text. */
	announcement: string;
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
		this.#session.announcement = `Step ${index + 1} of ${total}: ${segment.label}`;
		this.#link.live = {
			title: timeline.plan.title,
			step: segment.label,
			paused: this.#session.view?.status === 'paused'
		};
	}

	/** A session started now: its first step, said and cued. */
	started(plan: Plan, now: number): void {
		this.step();
		this.#cues.play({
			type: 'segment-start',
			at: now,
			index: 0,
			text: plan.segments[0]?.cue ?? ''
		});
	}

	/** A Stop taken back: the session goes on. */
	resumed(): void {
		this.#session.announcement = 'Resumed';
		this.step();
	}

	/** A cue the engine driver found due; `hidden` when the page was. */
	cue(cue: Cue, hidden: boolean): void {
		this.#cues.play(cue);
		if (cue.type === 'segment-start') {
			this.step(cue.index);
			if (hidden) this.#notify(cue.text);
		}
		if (cue.type === 'finished' && hidden) this.#notify('Session complete.');
	}

	/** The page was frozen or the device slept: what happened meanwhile, said once. */
	gap(summary: string, hidden: boolean): void {
		this.step();
		if (hidden) this.#notify(summary);
		else this.#cues.chime();
	}

	/** A command the person gave at `now` took the session from `before` to `after`. */
	commanded(type: SessionEventType, before: SessionView, after: SessionView, now: number): void {
		if (!isActive(after)) {
			if (after.status === 'finished')
				this.#cues.play({ type: 'finished', at: now, index: after.index });
			else this.#cues.silence();
		} else if (after.index !== before.index || type === 'previous') {
			this.step();
			this.#cues.play({
				type: 'segment-start',
				at: now,
				index: after.index,
				text: after.segment.cue
			});
		} else if (type === 'pause' || type === 'resume') {
			const paused = type === 'pause';
			if (paused) this.#cues.silence();
			this.#session.announcement = paused ? 'Paused' : 'Resumed';
			const live = this.#link.live;
			if (live) this.#link.live = { ...live, paused };
		}
	}

	/** A system notification for a hidden page, titled with the session. */
	#notify(body: string): void {
		const timeline = this.#session.timeline;
		if (timeline) this.#cues.notify(timeline.plan.title, body);
	}
}

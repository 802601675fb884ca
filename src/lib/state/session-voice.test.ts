// What a session says and shows, with a fake cue player: each command's cue, words in the live
// region and running bar (a new step, a step begun again, pause, resume, stop, the end), a
// notification for a new step or the end only while the page is hidden, and after a freeze a
// chime where the page is seen, a notification where it is not.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GapSummary } from '$lib/core/cues';
import type { Lang } from '$lib/core/lang';
import { cues as cueWords } from '$lib/messages/cues';
import type { SessionEventType, Timeline } from '$lib/core/model';
import { applyEvent, sessionAt, type SessionView } from '$lib/core/timeline';
import type { LiveSession } from './session-link.svelte';
import { SessionVoice, type CueSink } from './session-voice';

const T0 = Date.UTC(2026, 2, 2, 9);
const plan: Timeline['plan'] = {
	title: 'Evening',
	source: { type: 'demo', id: 'demo', builtIn: true },
	segments: [
		{ kind: 'exercise', label: 'Knee hug', durationMs: 30_000, cue: 'Hug your knees' },
		{ kind: 'rest', label: 'Rest', durationMs: 30_000, cue: 'Rest now' }
	]
};
const started: Timeline = { id: 's1', plan, events: [{ type: 'start', at: T0 }] };

let log: string[];
let session: {
	timeline: Timeline | null;
	view: SessionView | null;
	announcement: string;
	lang: Lang;
};
let link: { live: LiveSession | null };
let voice: SessionVoice;

/** Knee hug ended 10 seconds ago; Rest runs now. */
const gap: GapSummary = { code: 'moved', ended: 0, now: 1, agoMs: 10_000 };

beforeAll(() => Promise.all([cueWords.load('en'), cueWords.load('es'), cueWords.load('de')]));

beforeEach(() => {
	log = [];
	session = { timeline: started, view: sessionAt(started, T0), announcement: '', lang: 'en' };
	link = { live: null };
	const cues: CueSink = {
		play: (cue) => log.push(`play:${cue.type}:${cue.index}`),
		chime: () => log.push('chime'),
		silence: () => log.push('silence'),
		notify: (title, body) => log.push(`notify:${title}:${body}`)
	};
	voice = new SessionVoice(session, cues, link);
});

/** Gives a command at `at` and lets the voice speak for it, as the player does. */
function command(type: SessionEventType, at: number, from = started): void {
	const next = applyEvent(from, type, at);
	session.timeline = next;
	session.view = sessionAt(next, at);
	voice.commanded(type, sessionAt(from, at), sessionAt(next, at), at);
}

describe('SessionVoice', () => {
	it('a started session says its first step and plays its cue', () => {
		voice.started(plan, T0);
		expect(session.announcement).toBe('Step 1 of 2: Knee hug');
		expect(link.live).toEqual({ title: 'Evening', step: 'Knee hug', paused: false });
		expect(log).toEqual(['play:segment-start:0']);
	});

	it.each([
		{ type: 'next', at: 1_000, says: 'Step 2 of 2: Rest', cues: ['play:segment-start:1'] },
		{ type: 'previous', at: 5_000, says: 'Step 1 of 2: Knee hug', cues: ['play:segment-start:0'] },
		{ type: 'pause', at: 5_000, says: 'Paused', cues: ['silence'], paused: true },
		{ type: 'stop', at: 5_000, says: '', cues: ['silence'] }
	] as const)('$type → "$says", $cues', ({ type, at, says, cues, ...rest }) => {
		link.live = { title: 'Evening', step: 'Knee hug', paused: false };
		command(type, T0 + at);
		expect(session.announcement).toBe(says);
		expect(log).toEqual(cues);
		expect(link.live?.paused).toBe('paused' in rest);
	});

	it('resume says so and shows the running bar going again, without a cue', () => {
		const paused = applyEvent(started, 'pause', T0 + 5_000);
		link.live = { title: 'Evening', step: 'Knee hug', paused: true };
		command('resume', T0 + 9_000, paused);
		expect(session.announcement).toBe('Resumed');
		expect(link.live).toEqual({ title: 'Evening', step: 'Knee hug', paused: false });
		expect(log).toEqual([]);
	});

	it('Next on the last step ends the session with its closing cue', () => {
		const last = applyEvent(started, 'next', T0 + 1_000);
		command('next', T0 + 2_000, last);
		expect(log).toEqual(['play:finished:1']);
	});

	it.each([
		{ hidden: true, cues: ['play:segment-start:1', 'notify:Evening:Rest now'] },
		{ hidden: false, cues: ['play:segment-start:1'] }
	])('a new step by the clock, page hidden $hidden: $cues', ({ hidden, cues }) => {
		session.view = sessionAt(started, T0 + 30_000);
		voice.cue({ type: 'segment-start', at: T0 + 30_000, index: 1 }, hidden);
		expect(log).toEqual(cues);
		expect(session.announcement).toBe('Step 2 of 2: Rest');
	});

	it.each([
		{ hidden: true, cues: ['play:finished:1', 'notify:Evening:Session complete.'] },
		{ hidden: false, cues: ['play:finished:1'] }
	])('the end by the clock, page hidden $hidden: $cues', ({ hidden, cues }) => {
		voice.cue({ type: 'finished', at: T0 + 60_000, index: 1 }, hidden);
		expect(log).toEqual(cues);
	});

	it.each([
		{ hidden: true, cues: ['notify:Evening:Knee hug ended 10 seconds ago — now resting.'] },
		{ hidden: false, cues: ['chime'] }
	])('after a freeze, page hidden $hidden: $cues, and the step said', ({ hidden, cues }) => {
		session.view = sessionAt(started, T0 + 40_000);
		voice.gap(gap, hidden);
		expect(log).toEqual(cues);
		expect(session.announcement).toBe('Step 2 of 2: Rest');
	});

	it('says nothing without a session', () => {
		session.timeline = null;
		voice.step(0);
		voice.gap(gap, true);
		expect(session.announcement).toBe('');
		expect(link.live).toBeNull();
		expect(log).toEqual([]);
	});
});

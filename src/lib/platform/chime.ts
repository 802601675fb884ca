// Soft bell chimes synthesized with Web Audio, so cues sound offline without shipping audio files.
import { audioOutput, getContext } from './audio';

export type ChimeKind = 'start' | 'tick' | 'end';

/** [frequency ratio, relative level, relative decay]: a few bell-like partials, upper ones fading first. */
type Overtone = readonly [number, number, number];

const BELL: readonly Overtone[] = [
	[1, 1, 1],
	[2, 0.35, 0.55],
	[2.76, 0.12, 0.35],
	[5.4, 0.04, 0.2]
];
const BLIP: readonly Overtone[] = [[1, 1, 1]];

interface Strike {
	/** Seconds after now. */
	delay: number;
	freq: number;
	peak: number;
	/** Seconds for the fundamental to fade out. */
	decay: number;
	partials: readonly Overtone[];
}

const CHIMES: Record<ChimeKind, readonly Strike[]> = {
	start: [{ delay: 0, freq: 659.25, peak: 0.22, decay: 1.8, partials: BELL }], // E5
	tick: [{ delay: 0, freq: 880, peak: 0.06, decay: 0.09, partials: BLIP }], // A5, barely there
	end: [
		{ delay: 0, freq: 587.33, peak: 0.2, decay: 1.6, partials: BELL }, // D5
		{ delay: 0.22, freq: 880, peak: 0.2, decay: 2.4, partials: BELL } // A5, a fifth up
	]
};

/** A fast rise, so the note has no click at its start but still sounds struck. */
const ATTACK_S = 0.008;
/** exponentialRamp cannot reach 0; this is far below hearing. */
const SILENT = 0.0001;
/** A chime that could not sound within this long after it fell due would only confuse. */
const STALE_MS = 1000;

function strike(ctx: AudioContext, out: AudioNode, s: Strike): void {
	const t0 = ctx.currentTime + 0.01 + s.delay;
	for (const [ratio, level, decayScale] of s.partials) {
		const osc = ctx.createOscillator();
		const gain = ctx.createGain();
		const end = t0 + ATTACK_S + s.decay * decayScale;
		osc.type = 'sine';
		osc.frequency.value = s.freq * ratio;
		gain.gain.setValueAtTime(SILENT, t0);
		gain.gain.exponentialRampToValueAtTime(s.peak * level, t0 + ATTACK_S);
		gain.gain.exponentialRampToValueAtTime(SILENT, end);
		osc.connect(gain).connect(out);
		osc.onended = () => gain.disconnect();
		osc.start(t0);
		osc.stop(end + 0.05);
	}
}

function play(ctx: AudioContext, kind: ChimeKind): void {
	const output = audioOutput();
	if (!output) return;
	try {
		for (const s of CHIMES[kind]) strike(ctx, output, s);
	} catch {
		// A closed or broken context: the cue stays silent.
	}
}

/** Plays a chime now, or not at all: a suspended context is woken if the page may, never queued. */
export function chime(kind: ChimeKind): void {
	const ctx = getContext();
	if (!ctx) return;
	if (ctx.state === 'running') {
		play(ctx, kind);
		return;
	}
	const asked = Date.now();
	ctx.resume().then(
		() => {
			if (ctx.state === 'running' && Date.now() - asked < STALE_MS) play(ctx, kind);
		},
		() => {}
	);
}

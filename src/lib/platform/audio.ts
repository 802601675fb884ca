// The page's one audio context, and unlocking it from a tap. Kept apart from the chimes so that
// a tap can unlock audio synchronously before the player (and the chimes) has loaded: iOS and
// Chrome let audio start only inside the gesture, and an `await import()` ends it.
import type { AudioState } from '$lib/core/device-advice';

type AudioContextClass = typeof AudioContext;

/** How long unlocking waits for the context to answer before it reports its state. */
const UNLOCK_WAIT_MS = 1000;

let context: AudioContext | null = null;
let output: GainNode | null = null;

function audioClass(): AudioContextClass | null {
	if (typeof window === 'undefined') return null;
	if (typeof AudioContext === 'function') return AudioContext;
	// Safari before 14.1 has only the prefixed name.
	return (window as Window & { webkitAudioContext?: AudioContextClass }).webkitAudioContext ?? null;
}

/** The one shared context, made on first use: browsers limit how many a page may open. */
export function getContext(): AudioContext | null {
	if (context && context.state !== 'closed') return context;
	const Ctor = audioClass();
	if (!Ctor) return null;
	try {
		context = new Ctor();
		output = context.createGain();
		output.connect(context.destination);
		return context;
	} catch {
		return null;
	}
}

/** Where the chimes play: the context's output, once it exists. */
export function audioOutput(): GainNode | null {
	return output;
}

/**
 * Call from a tap (the Start button): iOS and Chrome let audio start only in a user gesture.
 * resume() is called synchronously, before any await, so it still counts as inside the gesture.
 */
export async function unlockAudio(): Promise<AudioState> {
	const ctx = getContext();
	if (!ctx) return 'unsupported';
	try {
		// Older iOS unlocks output only once a sound has actually started within the gesture.
		const source = ctx.createBufferSource();
		source.buffer = ctx.createBuffer(1, 1, ctx.sampleRate);
		source.connect(ctx.destination);
		source.start(0);
		const resumed = ctx.resume();
		// resume() may stay pending for good without a gesture; the state answers either way.
		await Promise.race([resumed, new Promise((r) => setTimeout(r, UNLOCK_WAIT_MS))]);
	} catch {
		// Falls through to the state, which says what happened.
	}
	return audioState();
}

/** 'suspended' also covers "not made yet" and iOS's 'interrupted': both need a tap to sound. */
export function audioState(): AudioState {
	if (!audioClass()) return 'unsupported';
	return context?.state === 'running' ? 'running' : 'suspended';
}

// Spoken cues through the Web Speech API; silent wherever the browser cannot speak.

export interface SpeakOptions {
	voiceURI?: string;
	/** 1 is normal speed; clamped to 0.5–2, beyond which cues become hard to follow. */
	rate?: number;
	lang?: string;
}

/** A voice as the settings screen needs it: plain data, safe to keep in state or storage. */
export interface VoiceInfo {
	voiceURI: string;
	name: string;
	lang: string;
	/** On-device voices keep speaking offline; network ones (some of Chrome's) fall silent. */
	localService: boolean;
	default: boolean;
}

/** Safari may never fire voiceschanged when its list is already final, so waiting must end. */
const VOICES_WAIT_MS = 1500;

function synth(): SpeechSynthesis | null {
	if (typeof window === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return null;
	return window.speechSynthesis ?? null;
}

export const isSpeechSupported = (): boolean => synth() !== null;

export function speak(text: string, options: SpeakOptions = {}): void {
	const s = synth();
	if (!s || !text) return;
	try {
		// A cue that is late is wrong: drop whatever is still queued or speaking.
		s.cancel();
		// Chrome can be left paused after the tab was hidden, and would queue silently forever.
		if (s.paused) s.resume();
		const utterance = new SpeechSynthesisUtterance(text);
		if (options.lang) utterance.lang = options.lang;
		if (options.rate !== undefined && Number.isFinite(options.rate))
			utterance.rate = Math.min(2, Math.max(0.5, options.rate));
		const voice = options.voiceURI
			? s.getVoices().find((v) => v.voiceURI === options.voiceURI)
			: undefined;
		if (voice) {
			utterance.voice = voice;
			utterance.lang = voice.lang;
		}
		s.speak(utterance);
	} catch {
		// Speech is a nicety; the countdown and chimes carry on without it.
	}
}

/** Stops any cue being spoken, e.g. when the session is stopped. */
export function stopSpeaking(): void {
	try {
		synth()?.cancel();
	} catch {
		// Nothing to stop.
	}
}

const toInfo = (v: SpeechSynthesisVoice): VoiceInfo => ({
	voiceURI: v.voiceURI,
	name: v.name,
	lang: v.lang,
	localService: v.localService,
	default: v.default
});

let pending: Promise<VoiceInfo[]> | null = null;

/** The voices on offer. Chrome loads them after start-up, so an empty list is waited out once. */
export function listVoices(): Promise<VoiceInfo[]> {
	const s = synth();
	if (!s) return Promise.resolve([]);
	const now = s.getVoices();
	if (now.length > 0) return Promise.resolve(now.map(toInfo));
	pending ??= new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			s.removeEventListener?.('voiceschanged', done);
			pending = null;
			resolve(s.getVoices().map(toInfo));
		};
		const timer = setTimeout(done, VOICES_WAIT_MS);
		s.addEventListener?.('voiceschanged', done);
	});
	return pending;
}

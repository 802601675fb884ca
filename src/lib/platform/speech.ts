// Spoken cues through the Web Speech API; silent wherever the browser cannot speak.

export interface SpeakOptions {
	voiceURI?: string;
	/** 1 is normal speed; clamped to 0.5–2, beyond which cues become hard to follow. */
	rate?: number;
	lang?: string;
}

/** A voice as the settings screen needs it: plain data, safe to keep in state or storage. */
export interface VoiceInfo extends VoiceLike {
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

/** What a voice choice needs of a voice: the browser's voices and `VoiceInfo` alike. */
export interface VoiceLike {
	voiceURI: string;
	lang: string;
	localService: boolean;
	default: boolean;
}

/** The language subtag of a voice's or page's tag: "es-MX" and Android's "es_MX" → "es". */
const primaryOf = (tag: string): string => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';

/**
 * The voice to speak `lang` with: the chosen one (`preferred`) when it speaks that language,
 * otherwise the best local one (on-device first, then the default), then a network voice while
 * online. Undefined when the browser lists no voices at all (it may not have loaded them, or
 * never lists them: it then picks one itself for the utterance's language); null when it lists
 * voices but none for `lang` usable now, so nothing is said rather than said in another language.
 */
export function chooseVoice<V extends VoiceLike>(
	voices: readonly V[],
	lang: string,
	{ preferred, online }: { preferred?: string; online: boolean }
): V | null | undefined {
	if (voices.length === 0) return undefined;
	const want = primaryOf(lang);
	const usable = voices.filter((v) => primaryOf(v.lang) === want && (v.localService || online));
	const chosen = preferred ? usable.find((v) => v.voiceURI === preferred) : undefined;
	if (chosen) return chosen;
	const rank = (v: V) => (v.localService ? 2 : 0) + (v.default ? 1 : 0);
	return usable.reduce<V | null>((best, v) => (best && rank(best) >= rank(v) ? best : v), null);
}

const online = (): boolean => typeof navigator === 'undefined' || navigator.onLine !== false;

/** Whether this browser can say something in `lang` now (true while it lists no voices yet). */
export function canSpeak(lang: string): boolean {
	const s = synth();
	if (!s) return false;
	try {
		return chooseVoice(s.getVoices(), lang, { online: online() }) !== null;
	} catch {
		return false;
	}
}

/**
 * Says `text`; with `lang`, only in a voice of that language (see `chooseVoice`). Returns false
 * when nothing was said: no speech here, or no voice for the language.
 */
export function speak(text: string, options: SpeakOptions = {}): boolean {
	const s = synth();
	if (!s || !text) return false;
	try {
		const voices = s.getVoices();
		const voice = options.lang
			? chooseVoice(voices, options.lang, { preferred: options.voiceURI, online: online() })
			: options.voiceURI
				? voices.find((v) => v.voiceURI === options.voiceURI)
				: undefined;
		if (voice === null) return false;
		// A cue that is late is wrong: drop whatever is still queued or speaking.
		s.cancel();
		// Chrome can be left paused after the tab was hidden, and would queue silently forever.
		if (s.paused) s.resume();
		const utterance = new SpeechSynthesisUtterance(text);
		if (options.lang) utterance.lang = options.lang;
		if (options.rate !== undefined && Number.isFinite(options.rate))
			utterance.rate = Math.min(2, Math.max(0.5, options.rate));
		if (voice) {
			utterance.voice = voice;
			utterance.lang = voice.lang;
		}
		s.speak(utterance);
		return true;
	} catch {
		// Speech is a nicety; the countdown and chimes carry on without it.
		return false;
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

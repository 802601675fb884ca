import { describe, expect, it } from 'vitest';
import { chooseVoice, type VoiceLike } from './speech';

const voice = (voiceURI: string, lang: string, localService: boolean, isDefault = false) => ({
	voiceURI,
	lang,
	localService,
	default: isDefault
});

const voices: VoiceLike[] = [
	voice('google-en', 'en-US', false, true),
	voice('daniel', 'en-GB', true),
	voice('google-es', 'es-ES', false),
	voice('monica', 'es-ES', true),
	voice('paulina', 'es_MX', true, false),
	voice('google-de', 'de-DE', false)
];

describe('chooseVoice', () => {
	it('takes an on-device voice of the language first, by its primary subtag', () => {
		expect(chooseVoice(voices, 'es', { online: true })?.voiceURI).toBe('monica');
		expect(chooseVoice(voices, 'en', { online: true })?.voiceURI).toBe('daniel');
	});

	it('prefers the default among voices alike, and reads underscores in tags', () => {
		const mexican = [voice('paulina', 'es_MX', true), voice('juan', 'es-MX', true, true)];
		expect(chooseVoice(mexican, 'es', { online: true })?.voiceURI).toBe('juan');
		expect(chooseVoice([mexican[0] as VoiceLike], 'es', { online: true })?.voiceURI).toBe(
			'paulina'
		);
	});

	it('keeps the chosen voice when it speaks the language, and not otherwise', () => {
		expect(chooseVoice(voices, 'es', { preferred: 'paulina', online: true })?.voiceURI).toBe(
			'paulina'
		);
		expect(chooseVoice(voices, 'de', { preferred: 'daniel', online: true })?.voiceURI).toBe(
			'google-de'
		);
	});

	it('uses a network voice only while online', () => {
		expect(chooseVoice(voices, 'de', { online: true })?.voiceURI).toBe('google-de');
		expect(chooseVoice(voices, 'de', { online: false })).toBeNull();
		expect(chooseVoice(voices, 'es', { preferred: 'google-es', online: false })?.voiceURI).toBe(
			'monica'
		);
	});

	it('finds none for a language no voice speaks, never another language', () => {
		const english = voices.filter((v) => v.lang.startsWith('en'));
		expect(chooseVoice(english, 'es', { online: true })).toBeNull();
		expect(chooseVoice(english, 'de', { preferred: 'daniel', online: true })).toBeNull();
	});

	it('leaves the choice to the browser while it lists no voices', () => {
		expect(chooseVoice([], 'es', { online: true })).toBeUndefined();
	});
});

// The one list of preferences: every default fits its own check, and nothing else passes for one.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, isPreference, PREFERENCE_PREFIX, SPEECH_RATE } from './preferences';

const pref = (name: string) => `${PREFERENCE_PREFIX}${name}`;

describe('isPreference', () => {
	it('accepts every preference with its default', () => {
		for (const [name, value] of Object.entries(DEFAULT_PREFERENCES)) {
			expect(isPreference(pref(name), value), name).toBe(true);
		}
	});

	it('knows no key but the preferences: not the prototype names, not other settings', () => {
		for (const key of [
			'constructor',
			'prototype',
			'__proto__',
			'toString',
			pref('constructor'),
			pref('__proto__'),
			pref('hasOwnProperty'),
			pref(''),
			'voice',
			'theme',
			'device.persistRequestedAt',
			''
		]) {
			expect(isPreference(key, true), key).toBe(false);
			expect(isPreference(key, 1), key).toBe(false);
		}
	});

	it('checks each value for its kind', () => {
		for (const name of ['voice', 'chime', 'vibration', 'wakeLock', 'askPain', 'reminder']) {
			expect(isPreference(pref(name), false), name).toBe(true);
			for (const bad of ['yes', 1, 0, null, [], {}]) {
				expect(isPreference(pref(name), bad), `${name} ${JSON.stringify(bad)}`).toBe(false);
			}
		}
		expect(isPreference(pref('voiceURI'), 'Microsoft Aria Online (Natural)')).toBe(true);
		expect(isPreference(pref('voiceURI'), 'v'.repeat(500))).toBe(true);
		for (const bad of [42, null, 'v'.repeat(501), ['Ava']]) {
			expect(isPreference(pref('voiceURI'), bad)).toBe(false);
		}
	});

	it('keeps the speaking speed within what Settings offers', () => {
		for (const rate of [SPEECH_RATE.min, 1, 1.2, SPEECH_RATE.max]) {
			expect(isPreference(pref('rate'), rate), String(rate)).toBe(true);
		}
		for (const bad of [0.69, 1.31, 5, 0, -1, Number.NaN, Infinity, '1', null]) {
			expect(isPreference(pref('rate'), bad), String(bad)).toBe(false);
		}
	});

	it('takes a reminder time only as HH:MM on a 24-hour clock', () => {
		for (const time of ['00:00', '07:30', '23:59']) {
			expect(isPreference(pref('reminderTime'), time), time).toBe(true);
		}
		for (const bad of ['24:00', '7:30', '07:60', '0730', '', 730, null]) {
			expect(isPreference(pref('reminderTime'), bad), String(bad)).toBe(false);
		}
	});
});

// Storage's sentences in each language, from its codes (core/storage-said.ts): every code has one,
// each says what was not kept and what to do, and English reads as it always has.
import { describe, expect, it } from 'vitest';
import type { HeldThing, StorageProblem, StorageSaid } from '$lib/core/storage-said';
import en from './common.en';
import es from './common.es';
import de from './common.de';

const PROBLEMS: StorageProblem[] = ['unavailable', 'quota', 'error'];
const SAID: StorageSaid[] = [
	{ code: 'refused', problem: 'quota', thing: 'session' },
	{ code: 'refused', problem: 'error', thing: 'program' },
	{ code: 'invalid', thing: 'journal-entry' },
	{ code: 'exists', thing: 'routine' },
	{ code: 'setting', problem: 'name' },
	{ code: 'setting', problem: 'value' },
	{ code: 'backup', step: 'export' },
	{ code: 'backup', step: 'restore' },
	{ code: 'backup', step: 'restore-quota' },
	{ code: 'backup', step: 'erase' }
];
const HELD: HeldThing[] = ['check-in', 'note', 'routine', 'setting', 'episode', 'session', 'timer'];

describe('storage’s words', () => {
	it('read in English as they always have', () => {
		expect(en.storage.status('quota')).toBe(
			'Your device is out of storage space, so what you save now is kept only until you close the app. Free up some space, then tap Try again.'
		);
		expect(en.storage.said({ code: 'refused', problem: 'error', thing: 'program' })).toBe(
			"Limber couldn't save this program. Please try again."
		);
		expect(en.storage.held('unavailable', 'check-in')).toBe(
			"This browser isn't letting Limber save anything (private browsing, or storage turned off), so this check-in isn't saved on this device: Limber holds it only until you close the app. To keep your records, use Limber in a normal browser window with storage allowed."
		);
		expect(en.storage.status('error', 'older')).toMatch(/^Another Limber tab is open/);
	});

	for (const [lang, words] of [
		['es', es],
		['de', de]
	] as const) {
		it(`say every code in ${lang}, each its own sentence`, () => {
			const all = [
				...PROBLEMS.map((p) => words.storage.status(p)),
				words.storage.status('error', 'older'),
				words.storage.status('error', 'newer'),
				...SAID.map((s) => words.storage.said(s)),
				...HELD.flatMap((h) => [
					words.storage.held('quota', h),
					words.storage.heldDelete('quota', h)
				])
			];
			expect(new Set(all).size).toBe(all.length);
			for (const sentence of all) {
				expect(sentence).toMatch(/^\p{Lu}.*[.]$/u);
				expect(sentence).not.toMatch(/undefined|\b(?:this|saved|device)\b/);
			}
		});
	}

	it('agree with the thing named: Spanish demonstratives, German cases', () => {
		expect(es.storage.said({ code: 'exists', thing: 'routine' })).toBe(
			'Esta rutina ya se había guardado.'
		);
		expect(es.storage.held('quota', 'timer')).toMatch(
			/así que este temporizador no se ha guardado/
		);
		expect(de.storage.said({ code: 'refused', problem: 'error', thing: 'program' })).toBe(
			'Limber konnte diesen Timer nicht speichern. Bitte versuchen Sie es erneut.'
		);
		expect(de.storage.said({ code: 'invalid', thing: 'session' })).toMatch(/^Diese Einheit konnte/);
		expect(de.storage.heldDelete('unavailable', 'note')).toMatch(
			/daher ist diese Notiz nicht von diesem Gerät gelöscht/
		);
	});
});

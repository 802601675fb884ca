import { describe, expect, it } from 'vitest';
import { NUMBNESS_PLACES } from '$lib/core/model';
import de from '$lib/messages/check-in.de';
import en from '$lib/messages/check-in.en';
import es from '$lib/messages/check-in.es';
import { checkInLines } from './check-in-lines';

const lines = checkInLines(
	'en',
	en.summary,
	NUMBNESS_PLACES.map((place) => [place, en.questions.places[place]] as const)
);

describe('check-in summary lines', () => {
	it('says how pain moved since yesterday', () => {
		expect(lines.pain({ now: 4, before: 7 })).toEqual({
			value: '4 out of 10',
			compared: 'down 3 from yesterday’s 7'
		});
		expect(lines.pain({ now: 6, before: 5 }).compared).toBe('up 1 from yesterday’s 5');
		expect(lines.pain({ now: 5, before: 5 }).compared).toBe('same as yesterday');
		expect(lines.pain({ now: 5, before: undefined }).compared).toBe('');
	});

	it('names yesterday’s answer only when it differs', () => {
		expect(lines.spasms({ now: true, before: true })).toEqual({
			value: 'Yes',
			compared: 'same as yesterday'
		});
		expect(lines.spasms({ now: false, before: true })).toEqual({
			value: 'No',
			compared: 'yesterday: yes'
		});
		expect(lines.numbness({ now: 'no', before: ['one-leg'] })).toEqual({
			value: 'No',
			compared: 'yesterday: down one leg'
		});
		// Every place, in the check-in's order; the same places are the same answer.
		expect(lines.numbness({ now: ['saddle', 'one-leg'], before: ['one-leg'] })).toEqual({
			value: 'Between the legs, bottom or inner thighs, down one leg',
			compared: 'yesterday: down one leg'
		});
		expect(lines.numbness({ now: ['one-leg'], before: ['one-leg'] }).compared).toBe(
			'same as yesterday'
		);
		expect(lines.water({ now: 1, before: 4 })).toEqual({
			value: '1 glass',
			compared: 'yesterday: 4 glasses'
		});
	});

	it('compares nothing a check-in did not ask', () => {
		expect(lines.numbness({ now: undefined, before: 'no' })).toEqual({
			value: 'Yes, place not recorded',
			compared: ''
		});
		expect(lines.bladderBowel({ now: false, before: undefined })).toEqual({
			value: 'No',
			compared: ''
		});
	});

	it('speaks Spanish and German without changing a label’s case', () => {
		const places = [['one-leg', 'Por una pierna']] as const;
		const linesEs = checkInLines('es', es.summary, places);
		expect(linesEs.pain({ now: 4, before: 7 })).toEqual({
			value: '4 de 10',
			compared: '3 menos que ayer, que fue 7'
		});
		expect(linesEs.numbness({ now: 'no', before: ['one-leg'] }).compared).toBe(
			'ayer: Por una pierna'
		);
		expect(linesEs.water({ now: 1, before: 3 })).toEqual({
			value: '1 vaso',
			compared: 'ayer: 3 vasos'
		});
		const linesDe = checkInLines('de', de.summary, [['one-leg', 'Entlang eines Beins']]);
		expect(linesDe.spasms({ now: false, before: true })).toEqual({
			value: 'Nein',
			compared: 'gestern: Ja'
		});
		expect(linesDe.water({ now: 2, before: 2 })).toEqual({
			value: '2 Gläser',
			compared: 'wie gestern'
		});
	});
});

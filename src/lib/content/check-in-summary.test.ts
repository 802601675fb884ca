import { describe, expect, it } from 'vitest';
import {
	bladderBowelLine,
	numbnessLine,
	painLine,
	spasmsLine,
	waterLine
} from './check-in-summary';

describe('check-in summary lines', () => {
	it('says how pain moved since yesterday', () => {
		expect(painLine({ now: 4, before: 7 })).toEqual({
			value: '4 out of 10',
			compared: 'down 3 from yesterday’s 7'
		});
		expect(painLine({ now: 6, before: 5 }).compared).toBe('up 1 from yesterday’s 5');
		expect(painLine({ now: 5, before: 5 }).compared).toBe('same as yesterday');
		expect(painLine({ now: 5, before: undefined }).compared).toBe('');
	});

	it('names yesterday’s answer only when it differs', () => {
		expect(spasmsLine({ now: true, before: true })).toEqual({
			value: 'Yes',
			compared: 'same as yesterday'
		});
		expect(spasmsLine({ now: false, before: true })).toEqual({
			value: 'No',
			compared: 'yesterday: yes'
		});
		expect(numbnessLine({ now: 'no', before: ['one-leg'] })).toEqual({
			value: 'No',
			compared: 'yesterday: down one leg'
		});
		// Every place, in the check-in's order; the same places are the same answer.
		expect(numbnessLine({ now: ['saddle', 'one-leg'], before: ['one-leg'] })).toEqual({
			value: 'Between the legs, bottom or inner thighs, down one leg',
			compared: 'yesterday: down one leg'
		});
		expect(numbnessLine({ now: ['one-leg'], before: ['one-leg'] }).compared).toBe(
			'same as yesterday'
		);
		expect(waterLine({ now: 1, before: 4 })).toEqual({
			value: '1 glass',
			compared: 'yesterday: 4 glasses'
		});
	});

	it('compares nothing a check-in did not ask', () => {
		expect(numbnessLine({ now: undefined, before: 'no' })).toEqual({
			value: 'Yes, place not recorded',
			compared: ''
		});
		expect(bladderBowelLine({ now: false, before: undefined })).toEqual({
			value: 'No',
			compared: ''
		});
	});
});

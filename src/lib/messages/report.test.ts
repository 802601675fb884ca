// The report's answers to the warning-sign questions, in each language.
import { describe, expect, it } from 'vitest';
import en from './report.en';
import es from './report.es';
import de from './report.de';

describe('the report’s answers to the warning-sign questions', () => {
	it('says no, yes with the days, or not asked, as before in English', () => {
		expect(en.signAnswer([], 0)).toBe('not asked');
		expect(en.signAnswer([], 1)).toBe('no, on the 1 check-in');
		expect(en.signAnswer([], 5)).toBe('no, on all 5 check-ins');
		expect(en.signAnswer(['12 May'], 0)).toBe('yes on 12 May');
		expect(en.signAnswer(['12 May', '13 May'], 1)).toBe('yes on 12 May, 13 May; no on 1 check-in');
		expect(en.signAnswer(['12 May'], 4)).toBe('yes on 12 May; no on 4 check-ins');
	});

	it('counts check-ins in Spanish and German', () => {
		expect(es.signAnswer([], 5)).toBe('no, en los 5 registros');
		expect(es.signAnswer(['12 may'], 1)).toBe('sí, el 12 may; no en 1 registro');
		expect(de.signAnswer([], 1)).toBe('nein, im einzigen Tageseintrag');
		expect(de.signAnswer(['12. Mai'], 3)).toBe('ja am 12. Mai; nein in 3 Tageseinträgen');
	});

	it('names the places in the check-in’s order, in each language', () => {
		expect(en.signQuestion('saddle')).toBe(
			'Numbness or tingling: between the legs, bottom or inner thighs'
		);
		expect(en.signQuestion('severe')).toBe('Pain so bad it is hard to think, sleep or move');
		expect(en.yesAt(['one-leg', 'saddle'])).toBe(
			'Yes: between the legs, bottom or inner thighs; down one leg'
		);
		expect(de.yesAt(['both-legs'])).toBe('Ja: in beiden Beinen');
		expect(es.signQuestion('bladder-bowel')).toBe('Problemas nuevos con la vejiga o el intestino');
	});
});

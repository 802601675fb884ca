// History's sentences from the facts core gives, in each language: the charts' one-line
// summaries, what the ratings show, and a check-in's signs in the calendar's day detail.
import { describe, expect, it } from 'vitest';
import { journalEntry } from '$lib/core/testing';
import en from './history.en';
import es from './history.es';
import de from './history.de';

const weeks = Array.from({ length: 8 }, (_, i) => ({
	weekStart: `2024-0${i + 1}-01`,
	minutes: i === 7 ? 4 : 10,
	ms: (i === 7 ? 4 : 10) * 60_000
}));

describe('the weekly chart in one sentence', () => {
	it('reads in English exactly as before', () => {
		const current = { weekStart: 'w', minutes: 4, ms: 240_000 };
		expect(en.weekly.caption({ kind: 'many', current, weeks: 8, total: 64, average: 8 })).toBe(
			'This week so far: 4 minutes. Over the last 8 weeks: 64 minutes in all, about 8 minutes a week.'
		);
		expect(en.weekly.caption({ kind: 'quiet', weeks: 8 })).toBe(
			'No session time in the last 8 weeks.'
		);
		expect(
			en.weekly.caption({ kind: 'one', current: { weekStart: 'w', minutes: 1, ms: 60_000 } })
		).toBe('This week so far: 1 minute.');
		expect(
			en.weekly.caption({ kind: 'one', current: { weekStart: 'w', minutes: 0, ms: 25_000 } })
		).toBe('This week so far: 25 seconds.');
		expect(weeks).toHaveLength(8);
	});

	it('counts in Spanish and German', () => {
		const current = { weekStart: 'w', minutes: 1, ms: 60_000 };
		expect(es.weekly.caption({ kind: 'one', current })).toBe('Esta semana, hasta ahora: 1 minuto.');
		expect(de.weekly.caption({ kind: 'many', current, weeks: 8, total: 64, average: 8 })).toBe(
			'Diese Woche bisher: 1 Minute. In den letzten 8 Wochen: 64 Minuten insgesamt, etwa 8 Minuten pro Woche.'
		);
		expect(es.weekly.caption({ kind: 'none' })).toBe('No hay semanas que mostrar.');
	});
});

describe('the pain chart in one sentence', () => {
	const many = {
		kind: 'many',
		days: 30,
		logged: 4,
		average: 5.3,
		highest: { date: '2024-05-06', pain: 7 },
		latest: { date: '2024-05-14', pain: 2 }
	} as const;
	const day = (d: string) => d.slice(5);

	it('reads in English exactly as before', () => {
		expect(en.pain.caption(many, day)).toBe(
			'Pain was logged on 4 days in the last 30 days, 5.3 out of 10 on average. Highest: 7 on 05-06. Latest: 2 on 05-14.'
		);
		expect(
			en.pain.caption({ kind: 'one', days: 30, latest: { date: '2024-05-10', pain: 5 } }, (d) => d)
		).toBe('Pain was logged on 1 day in the last 30 days: 5 out of 10 on 2024-05-10.');
		expect(en.pain.caption({ kind: 'none', days: 30 }, day)).toBe(
			'No pain ratings were logged in the last 30 days.'
		);
	});

	it('writes the average with the language’s decimal comma', () => {
		expect(es.pain.caption(many, day)).toContain('5,3 de 10 en promedio');
		expect(de.pain.caption(many, day)).toContain('im Durchschnitt 5,3 von 10');
		expect(de.pain.caption(many, day)).toContain('an 4 Tagen');
	});
});

describe('what the ratings show', () => {
	it('never gives advice, only what was observed', () => {
		const ice = { kind: 'activity', activity: 'ice' } as const;
		expect(en.insights.change(ice, -1.5, 5)).toBe(
			'After ice, your pain was on average 1.5 points lower (5 sessions).'
		);
		expect(en.insights.change({ kind: 'activity', activity: 'heat' }, 0, 4)).toBe(
			'After heat, your pain was about the same as before (4 sessions).'
		);
		expect(en.insights.change({ kind: 'activity', activity: 'walk' }, 1, 3)).toBe(
			'After a walk, your pain was on average 1 point higher (3 sessions).'
		);
		expect(en.insights.change({ kind: 'routine', title: 'Spasm relief' }, -1.3, 3)).toBe(
			'After the Spasm relief routine, your pain was on average 1.3 points lower (3 sessions).'
		);
		expect(es.insights.change(ice, -1.5, 5)).toBe(
			'Después del hielo, tu dolor fue en promedio 1,5 puntos más bajo (5 sesiones).'
		);
		expect(de.insights.change(ice, -1, 5)).toBe(
			'Nach dem Kühlen waren Ihre Schmerzen im Durchschnitt 1 Punkt niedriger (5 Einheiten).'
		);
	});
});

describe('a check-in in the calendar’s day detail', () => {
	const day = journalEntry('2024-05-10', { pain: 6, spasms: true, water: 1 });

	it('names every sign asked, in the check-in’s order', () => {
		expect(en.calendar.checkIn(day)).toBe(
			'Check-in: pain 6 out of 10; spasms; no numbness or tingling; 1 glass of water.'
		);
		expect(
			en.calendar.checkIn({
				...day,
				water: 3,
				numbness: true,
				numbnessWhere: ['saddle', 'one-leg'],
				bladderBowel: false,
				severe: true
			})
		).toBe(
			'Check-in: pain 6 out of 10; spasms; numbness or tingling: between the legs, bottom or inner thighs; down one leg; no bladder or bowel trouble; pain so bad it is hard to think, sleep or move; 3 glasses of water.'
		);
		expect(de.calendar.checkIn({ ...day, numbness: true, numbnessWhere: ['both-legs'] })).toBe(
			'Tageseintrag: Schmerzen 6 von 10; Krämpfe; Taubheitsgefühl oder Kribbeln: in beiden Beinen; 1 Glas Wasser.'
		);
		expect(es.calendar.checkIn({ ...day, spasms: false, bladderBowel: true })).toBe(
			'Registro del día: dolor 6 de 10; sin espasmos; sin adormecimiento ni hormigueo; problemas nuevos con la vejiga o el intestino; 1 vaso de agua.'
		);
	});
});

describe('the history’s day detail', () => {
	const day = journalEntry('2024-05-14', { pain: 4, spasms: true, water: 2 });
	const signs = (entry: typeof day) =>
		en.calendar
			.checkIn(entry)
			.replace(/^Check-in: pain 4 out of 10; spasms; (.*); 2 glasses of water\.$/, '$1');

	it('says where the numbness was and whether the bladder or bowels were affected', () => {
		expect(signs(day)).toBe('no numbness or tingling');
		expect(signs({ ...day, numbness: true })).toBe('numbness or tingling');
		expect(signs({ ...day, numbness: true, numbnessWhere: ['saddle'], bladderBowel: true })).toBe(
			'numbness or tingling: between the legs, bottom or inner thighs; new bladder or bowel trouble'
		);
		expect(signs({ ...day, numbness: true, numbnessWhere: ['one-leg'], bladderBowel: false })).toBe(
			'numbness or tingling: down one leg; no bladder or bowel trouble'
		);
	});
});

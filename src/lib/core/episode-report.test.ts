// The report for a doctor: the days it covers and how the check-ins answered each warning sign.
import { describe, expect, it } from 'vitest';
import { episodeReport } from './episode-report';
import type { Episode } from './model';
import { journalEntry } from './testing';

const episode: Episode = {
	id: 'e1',
	startedAt: Date.UTC(2024, 4, 10, 9),
	startDay: '2024-05-10',
	updatedAt: 1
};
const answers = (report: ReturnType<typeof episodeReport>) =>
	Object.fromEntries(report.signs.map((s) => [s.question, { yes: s.yes, no: s.no }]));

describe('the report’s warning signs', () => {
	it('gives every question its answers: the days of yes, and how many said no', () => {
		const entries = [
			journalEntry('2024-05-10', { bladderBowel: false, severe: true }),
			journalEntry('2024-05-11', {
				numbness: true,
				numbnessWhere: ['saddle', 'one-leg'],
				bladderBowel: false,
				severe: false
			}),
			journalEntry('2024-05-12', { bladderBowel: false }),
			// Before the episode: not counted.
			journalEntry('2024-05-09', { bladderBowel: true })
		];
		const report = episodeReport(episode, entries, [], '2024-05-12');
		expect(report.days.map((d) => d.date)).toEqual(['2024-05-10', '2024-05-11', '2024-05-12']);
		expect(answers(report)).toEqual({
			saddle: { yes: ['2024-05-11'], no: 2 },
			'both-legs': { yes: [], no: 3 },
			'one-leg': { yes: ['2024-05-11'], no: 2 },
			'bladder-bowel': { yes: [], no: 3 },
			// The third check-in did not answer it (saved before it was asked).
			severe: { yes: ['2024-05-10'], no: 1 }
		});
		expect(report.numbnessUnplaced).toEqual([]);
	});

	it('keeps numbness logged before the check-in asked where apart, as not placed', () => {
		const report = episodeReport(
			episode,
			[journalEntry('2024-05-10', { numbness: true })],
			[],
			'2024-05-10'
		);
		expect(report.numbnessUnplaced).toEqual(['2024-05-10']);
		expect(answers(report).saddle).toEqual({ yes: [], no: 0 });
	});
});

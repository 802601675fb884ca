// Export file names and the kinds of record a backup holds (their words: messages/data.*).
import { describe, expect, it } from 'vitest';
import { backupFileName, csvFileName, summaryKinds } from './data-transfer';

describe('file names', () => {
	it('are dated by the local day of the export', () => {
		const now = new Date(2024, 4, 14, 23, 30).getTime();
		expect(backupFileName(now)).toBe('limber-backup-2024-05-14.json');
		expect(csvFileName(now)).toBe('limber-history-2024-05-14.csv');
	});
});

describe('summaryKinds', () => {
	it('lists the kinds a backup holds any of, in the order a summary gives them', () => {
		const summary = {
			sessions: 12,
			journal: 1,
			routines: 0,
			programs: 2,
			episodes: 1,
			settings: 3,
			oldest: null,
			newest: null
		};
		expect(summaryKinds(summary)).toEqual([
			'sessions',
			'journal',
			'programs',
			'episodes',
			'settings'
		]);
		expect(
			summaryKinds({ ...summary, sessions: 0, journal: 0, programs: 0, episodes: 0, settings: 0 })
		).toEqual([]);
	});
});

// The clinician's CSV: columns, RFC 4180 quoting, and formula-injection defusing.
import { describe, expect, it } from 'vitest';
import { csvCell, historyCsv } from './csv';
import en from '$lib/messages/data.en';
import es from '$lib/messages/data.es';
import de from '$lib/messages/data.de';
import type { SessionRecord } from './model';

const base: SessionRecord = {
	id: 'a',
	kind: 'routine',
	sourceId: 'r',
	title: 'Morning mobility',
	activity: 'stretch',
	startedAt: Date.UTC(2024, 4, 1, 7, 5),
	endedAt: Date.UTC(2024, 4, 1, 7, 20),
	activeMs: 12.5 * 60_000,
	plannedMs: 15 * 60_000,
	completedSegments: 10,
	totalSegments: 12,
	completed: false,
	painBefore: 6,
	painAfter: 3
};

describe('csvCell', () => {
	it.each([
		['plain', 'plain'],
		['', ''],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\r\nlf', '"cr\r\nlf"']
	])('quotes %j as RFC 4180 requires', (input, output) => {
		expect(csvCell(input)).toBe(output);
	});

	it.each([
		['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
		['+1+1', "'+1+1"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', `"'\r=1"`]
	])('defuses a formula %j', (input, output) => {
		expect(csvCell(input)).toBe(output);
	});

	it('leaves formula characters alone when they are not first', () => {
		expect(csvCell('pain 3-4 @ night = ok')).toBe('pain 3-4 @ night = ok');
	});
});

describe('historyCsv', () => {
	// The English words, as Settings passes them (messages/data.en.ts).
	const words = en.csv;

	it('writes a header and one row per session, oldest first, CRLF, with a BOM', () => {
		const later: SessionRecord = {
			...base,
			id: 'b',
			title: 'Ice, then heat',
			startedAt: Date.UTC(2024, 4, 2, 21, 0),
			endedAt: Date.UTC(2024, 4, 2, 22, 0),
			activeMs: 60 * 60_000,
			completed: true,
			painBefore: undefined,
			painAfter: undefined,
			note: '=cmd|"/c calc"!A1'
		};
		const csv = historyCsv([later, base], words, { timeZone: 'UTC' });
		expect(csv).toBe(
			'\uFEFF' +
				'Date,Time,What,Minutes,Completed,Pain before,Pain after,Note\r\n' +
				'2024-05-01,07:05,Morning mobility,12.5,no,6,3,\r\n' +
				`2024-05-02,21:00,"Ice, then heat",60,yes,,,"'=cmd|""/c calc""!A1"\r\n`
		);
	});

	it('uses the given time zone for date and time', () => {
		const csv = historyCsv([base], words, { timeZone: 'America/New_York', bom: false });
		expect(csv.split('\r\n')[1]).toMatch(/^2024-05-01,03:05,/);
		const tokyo = historyCsv([{ ...base, startedAt: Date.UTC(2024, 4, 1, 20, 0) }], words, {
			timeZone: 'Asia/Tokyo',
			bom: false
		});
		expect(tokyo.split('\r\n')[1]).toMatch(/^2024-05-02,05:00,/);
	});

	it('writes only the header for an empty history', () => {
		expect(historyCsv([], words, { bom: false })).toBe(
			'Date,Time,What,Minutes,Completed,Pain before,Pain after,Note\r\n'
		);
	});
});

describe('historyCsv in the language of the page', () => {
	it('heads the columns and says yes or no in the words it is given', () => {
		const row = (csv: string) => csv.split('\r\n').slice(0, 2);
		expect(row(historyCsv([base], es.csv, { timeZone: 'UTC', bom: false }))).toEqual([
			'Fecha,Hora,Qué,Minutos,Completada,Dolor antes,Dolor después,Nota',
			'2024-05-01,07:05,Morning mobility,12.5,no,6,3,'
		]);
		expect(
			row(historyCsv([{ ...base, completed: true }], de.csv, { timeZone: 'UTC', bom: false }))
		).toEqual([
			'Datum,Uhrzeit,Was,Minuten,Abgeschlossen,Schmerzen vorher,Schmerzen nachher,Notiz',
			'2024-05-01,07:05,Morning mobility,12.5,ja,6,3,'
		]);
	});
});

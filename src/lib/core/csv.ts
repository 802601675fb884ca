// Session history as a CSV file a clinician can open in any spreadsheet, headed in the words the
// caller passes (the page's language): RFC 4180 quoting, and
// cells that a spreadsheet would run as a formula are defused.
import type { SessionRecord } from './model';

/**
 * The words of the file, in the language of the page it was exported from: a person reads the
 * headers in a spreadsheet. The header names, in order, Date, Time, What, Minutes, Completed,
 * Pain before, Pain after and Note; `yes` and `no` fill the Completed column.
 */
export interface HistoryCsvWords {
	header: readonly string[];
	yes: string;
	no: string;
}

export interface HistoryCsvOptions {
	/** IANA time zone for the Date and Time columns; defaults to the device's own. */
	timeZone?: string;
	/** Start with a byte-order mark so Excel reads accented notes as UTF-8. Default true. */
	bom?: boolean;
}

// A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets
// (OWASP "CSV injection"); tab and carriage return are included because they are trimmed first.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: defused if it could be a formula, then quoted if RFC 4180 requires it. */
export function csvCell(value: string): string {
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRow(cells: readonly string[]): string {
	return cells.map(csvCell).join(',');
}

function minutes(ms: number): string {
	return String(Math.round(ms / 6_000) / 10);
}

function dayAndTime(format: Intl.DateTimeFormat, epochMs: number): [string, string] {
	const part: Record<string, string> = {};
	for (const p of format.formatToParts(epochMs)) part[p.type] = p.value;
	return [`${part.year}-${part.month}-${part.day}`, `${part.hour}:${part.minute}`];
}

/** History oldest first, one row per session, lines ending CRLF as RFC 4180 specifies. */
export function historyCsv(
	records: readonly SessionRecord[],
	words: HistoryCsvWords,
	options: HistoryCsvOptions = {}
): string {
	const format = new Intl.DateTimeFormat('en-CA', {
		timeZone: options.timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	});
	const sorted = [...records].sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
	const lines = [csvRow(words.header)];
	for (const r of sorted) {
		const [date, time] = dayAndTime(format, r.startedAt);
		lines.push(
			csvRow([
				date,
				time,
				r.title,
				minutes(r.activeMs),
				r.completed ? words.yes : words.no,
				r.painBefore === undefined ? '' : String(r.painBefore),
				r.painAfter === undefined ? '' : String(r.painAfter),
				r.note ?? ''
			])
		);
	}
	return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

// Test support for core's suites and the browser tests: readers that check what the app wrote.
// Imported only by tests, so none of it reaches the app bundle.

export interface IcsEventInfo {
	uid: string;
	summary: string;
	/** Epoch ms of DTSTART; NaN unless it is a UTC date-time. */
	start: number;
	alarms: number;
}

const unescapeText = (value: string) =>
	value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

function parseUtc(value: string): number {
	const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
	if (!m) return NaN;
	const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
	return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
}

/**
 * Reads back the events of an iCalendar text: enough to check what buildIcs wrote (and what a
 * calendar will see), not a general parser. Quoted parameter values with colons are not handled.
 */
export function parseIcsAlarms(text: string): IcsEventInfo[] {
	const events: IcsEventInfo[] = [];
	let event: IcsEventInfo | null = null;
	let inAlarm = false;
	for (const line of text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
		const colon = line.indexOf(':');
		if (colon < 0) continue;
		const name = (line.slice(0, colon).split(';')[0] ?? '').toUpperCase();
		const value = line.slice(colon + 1);
		if (name === 'BEGIN' && value === 'VEVENT') {
			event = { uid: '', summary: '', start: NaN, alarms: 0 };
		} else if (name === 'END' && value === 'VEVENT') {
			if (event) events.push(event);
			event = null;
		} else if (name === 'BEGIN' && value === 'VALARM') {
			inAlarm = true;
			if (event) event.alarms++;
		} else if (name === 'END' && value === 'VALARM') {
			inAlarm = false;
		} else if (event && !inAlarm) {
			if (name === 'DTSTART') event.start = parseUtc(value);
			else if (name === 'SUMMARY') event.summary = unescapeText(value);
			else if (name === 'UID') event.uid = unescapeText(value);
		}
	}
	return events;
}

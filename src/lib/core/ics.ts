// Calendar alarms for a running timer: an iCalendar (RFC 5545) file whose alarms ring at each
// phase end even when the phone is locked and Limber is asleep, which no web page can promise.
import { PHASE_NAMES } from './compile';
import type { Segment, SegmentKind, Timeline } from './model';
import { sessionAt } from './timeline';

export const ICS_PRODID = '-//Limber//Timers//EN';
export const ICS_MIME = 'text/calendar';

const CRLF = '\r\n';
/** RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;
/** Calendars show a zero-length event badly or as a default half hour; a minute reads as "at". */
const EVENT_MS = 60_000;

export interface IcsSegment {
	/** Event title and alarm text, e.g. "Ice ends — take the pack off". */
	label: string;
	/** Epoch ms of the phase end; the event and its alarm fall here. */
	endsAt: number;
	/** Extra line for the event's notes, e.g. "Ice — round 2 of 3". */
	description?: string;
	/**
	 * Stable part of the event's UID, e.g. the segment index. A file made again after a pause
	 * then carries the same UIDs, so a calendar can update its events instead of doubling them.
	 */
	key?: string | number;
}

export interface IcsInput {
	/** The program's title; it names the calendar and heads each event's notes. */
	title: string;
	startedAt: number;
	segments: readonly IcsSegment[];
	/** Usually the timeline id; with `startedAt` it keeps UIDs unique across sessions. */
	uidPrefix: string;
	/** Creation instant, for DTSTAMP; passed in so the output is a pure function of the input. */
	now: number;
	/** Revision of this schedule (e.g. the number of session events); a later file supersedes. */
	sequence?: number;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11) and drops control characters, which TEXT forbids. */
export function escapeText(value: string): string {
	let out = '';
	for (const ch of value.replace(/\r\n?/g, '\n')) {
		if (ch === '\\' || ch === ';' || ch === ',') out += `\\${ch}`;
		else if (ch === '\n') out += '\\n';
		else if ((ch < ' ' && ch !== '\t') || ch === '\u007f') continue;
		else out += ch;
	}
	return out;
}

const utf8Length = (ch: string): number => {
	const cp = ch.codePointAt(0) ?? 0;
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/**
 * Folds one content line at 75 octets. Octets, not characters: a line of em dashes or accented
 * names would otherwise overrun. Walking code points never cuts a UTF-8 sequence in half.
 */
export function foldLine(line: string): string {
	let out = '';
	let octets = 0;
	for (const ch of line) {
		const n = utf8Length(ch);
		if (octets + n > MAX_LINE_OCTETS) {
			out += `${CRLF} `;
			octets = 1; // the leading space of a continuation line counts
		}
		out += ch;
		octets += n;
	}
	return out;
}

/** UTC date-time form `YYYYMMDDTHHMMSSZ`, to the nearest second (iCalendar has no finer unit). */
export function formatIcsDate(ms: number): string {
	const iso = new Date(Math.round(ms / 1000) * 1000).toISOString();
	return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function buildIcs(input: IcsInput): string {
	const { title, startedAt, segments, uidPrefix, now, sequence = 0 } = input;
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${ICS_PRODID}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(title)}`
	];
	const stamp = formatIcsDate(now);
	segments.forEach((segment, i) => {
		const summary = escapeText(segment.label);
		const notes = segment.description ? `${title}: ${segment.description}` : title;
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(`${uidPrefix}-${startedAt}-${segment.key ?? i}@limber`)}`,
			`DTSTAMP:${stamp}`,
			`SEQUENCE:${sequence}`,
			`DTSTART:${formatIcsDate(segment.endsAt)}`,
			`DTEND:${formatIcsDate(segment.endsAt + EVENT_MS)}`,
			`SUMMARY:${summary}`,
			`DESCRIPTION:${escapeText(notes)}`,
			// A reminder, not an appointment: it should not mark the user as busy.
			'TRANSP:TRANSPARENT',
			'BEGIN:VALARM',
			'ACTION:DISPLAY',
			'TRIGGER:PT0S',
			`DESCRIPTION:${summary}`,
			'END:VALARM',
			'END:VEVENT'
		);
	});
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join(CRLF) + CRLF;
}

export interface ReminderInput {
	/** Names the calendar and heads the event's notes, e.g. "Ice, 20 minutes". */
	title: string;
	/** What the alarm says. */
	label: string;
	/** Epoch ms the alarm rings. */
	at: number;
	/** Stable id of what the reminder follows (the session id), so a second tap updates it. */
	uid: string;
	now: number;
}

/** A calendar file with one alarm, e.g. "ice again in two hours if the spasm is back". */
export function reminderIcs({ title, label, at, uid, now }: ReminderInput): string {
	return buildIcs({
		title,
		// The UID must not depend on `at`: a second tap moves the one alarm rather than adding one.
		startedAt: 0,
		segments: [{ label, endsAt: at, key: 'again' }],
		uidPrefix: uid,
		now
	});
}

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

// ---------- From a running session ----------

export interface PhaseEnd {
	index: number;
	kind: SegmentKind;
	/** "Ice ends — take the pack off": what the alarm should say. */
	label: string;
	/** The segment's own label, e.g. "Ice — round 2 of 3". */
	description: string;
	endsAt: number;
}

const ENDED_NAMES: Partial<Record<SegmentKind, string>> = {
	...PHASE_NAMES,
	'lead-in': 'Get ready'
};

/** Ending these means taking something off the skin, whatever comes next. */
const TAKE_OFF: Partial<Record<SegmentKind, string>> = {
	ice: 'take the pack off',
	heat: 'take the heat off'
};

const NEXT_ACTION: Partial<Record<SegmentKind, string>> = {
	ice: 'ice on',
	heat: 'heat on',
	'warm-up': 'let the skin warm up',
	relax: 'time to rest',
	walk: 'time for a gentle walk',
	rest: 'rest',
	'switch-sides': 'switch sides'
};

function endLabel(segment: Segment, next: Segment | undefined): string {
	const name = ENDED_NAMES[segment.kind] ?? segment.label;
	const then = next ? (NEXT_ACTION[next.kind] ?? `next: ${next.label}`) : 'session complete';
	const takeOff = TAKE_OFF[segment.kind];
	const action = !takeOff ? then : next ? takeOff : `${takeOff}; session complete`;
	return `${name} ends — ${action}`;
}

/**
 * The wall-clock end of the current and every later timed segment of a running session,
 * assuming no further pauses. Segments already over are not included, and nothing after an
 * untimed segment is, since it ends only when the user taps Next. A paused, finished or
 * not-started session has no predictable ends, so it yields none.
 */
export function phaseEnds(timeline: Timeline, now: number): PhaseEnd[] {
	const view = sessionAt(timeline, now);
	if (view.status !== 'running' || view.remainingInSegmentMs === null) return [];
	const segments = timeline.plan.segments;
	const ends: PhaseEnd[] = [];
	let endsAt = now + view.remainingInSegmentMs;
	for (let i = view.index; i < segments.length; i++) {
		const segment = segments[i];
		if (!segment) break;
		if (i > view.index) {
			if (segment.durationMs === null) break;
			endsAt += segment.durationMs;
		}
		ends.push({
			index: i,
			kind: segment.kind,
			label: endLabel(segment, segments[i + 1]),
			description: segment.label,
			endsAt
		});
	}
	return ends;
}

/** The calendar file for a running session's remaining phase ends; null when there are none. */
export function sessionIcs(timeline: Timeline, now: number): string | null {
	const ends = phaseEnds(timeline, now);
	const startedAt = sessionAt(timeline, now).startedAt;
	if (ends.length === 0 || startedAt === null) return null;
	return buildIcs({
		title: timeline.plan.title,
		startedAt,
		segments: ends.map((end) => ({
			label: end.label,
			endsAt: end.endsAt,
			description: end.description,
			key: end.index
		})),
		uidPrefix: timeline.id,
		now,
		// Every pause or skip is a new event and moves the ends; the count orders the revisions.
		sequence: timeline.events.length
	});
}

// Calendar files (RFC 5545): alarms for a running timer at each phase end, which ring even when
// the phone is locked and Limber is asleep (no web page can promise that), one alarm to go again
// later, and the daily check-in reminder.
import type { Segment, SegmentKind, Timeline } from './model';
import { firstReminderDay, reminderTime } from './reminder';
import { sessionAt } from './timeline';
import { utf8Length } from './words';

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

/** The calendar around some events: header lines, the events, the end, folded, CRLF. */
function calendar(title: string, events: string[][]): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${ICS_PRODID}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(title)}`,
		...events.flat(),
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join(CRLF) + CRLF;
}

/** One display alarm at the event's start, saying `summary` (already escaped). */
function alarmAtStart(summary: string): string[] {
	return ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:PT0S', `DESCRIPTION:${summary}`, 'END:VALARM'];
}

export function buildIcs(input: IcsInput): string {
	const { title, startedAt, segments, uidPrefix, now, sequence = 0 } = input;
	const stamp = formatIcsDate(now);
	const events = segments.map((segment, i) => {
		const summary = escapeText(segment.label);
		const notes = segment.description ? `${title}: ${segment.description}` : title;
		return [
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
			...alarmAtStart(summary),
			'END:VEVENT'
		];
	});
	return calendar(title, events);
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

export const DAILY_CHECK_IN = {
	/** The event's title in the calendar, and the calendar's name. */
	title: 'Limber check-in',
	/** What the alarm says. */
	alarm: 'Limber check-in: a few taps on how your back is today',
	/** The event's UID: one daily reminder, so a file made again moves it rather than adding one. */
	uid: 'daily-check-in@limber'
} as const;

export interface DailyReminderInput {
	/** Local time of day, "HH:MM". */
	time: string;
	/** Creation instant: DTSTAMP, and the first day (today if the time is still ahead). */
	now: number;
	/** Where Limber is, for the event's notes and link; left out when unknown. */
	url?: string;
}

/** Floating local date-time `YYYYMMDDTHHMMSS` (no zone): the same wall-clock time every day. */
function floating(day: string, time: string): string {
	return `${day.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/**
 * The daily check-in reminder: one event at `time` each day from the first day it is still
 * ahead, with an alarm at its start. The time is floating (no zone, no Z): a calendar keeps it
 * at that time on the clock, across daylight-saving changes and when the person travels, which
 * is what "every morning at nine" means. (A UTC start with a daily rule would move an hour at
 * each change.)
 */
export function dailyReminderIcs({ time, now, url }: DailyReminderInput): string {
	const at = reminderTime(time);
	const notes = `${DAILY_CHECK_IN.alarm}. Open Limber and tap Today.${url ? ` ${url}` : ''}`;
	return calendar(DAILY_CHECK_IN.title, [
		[
			'BEGIN:VEVENT',
			`UID:${DAILY_CHECK_IN.uid}`,
			`DTSTAMP:${formatIcsDate(now)}`,
			// Minutes since 1970 only grow, so a later file supersedes an earlier one.
			`SEQUENCE:${Math.floor(now / EVENT_MS)}`,
			`DTSTART:${floating(firstReminderDay(at, now), at)}`,
			'DURATION:PT1M',
			'RRULE:FREQ=DAILY',
			`SUMMARY:${escapeText(DAILY_CHECK_IN.title)}`,
			`DESCRIPTION:${escapeText(notes)}`,
			...(url ? [`URL:${url}`] : []),
			'TRANSP:TRANSPARENT',
			...alarmAtStart(escapeText(DAILY_CHECK_IN.alarm)),
			'END:VEVENT'
		]
	]);
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
	ice: 'Ice',
	'warm-up': 'Pack off',
	heat: 'Heat',
	relax: 'Rest',
	walk: 'Walk',
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

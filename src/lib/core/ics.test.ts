// Calendar export: RFC 5545 text, folding and escaping, and the phase ends of a running session.
import { describe, expect, it } from 'vitest';
import { compileProgram, compileRoutine } from './compile';
import {
	reminderIcs,
	buildIcs,
	dailyReminderIcs,
	escapeText,
	foldLine,
	formatIcsDate,
	endWords,
	phaseEnds,
	sessionIcs,
	type DailyReminderWords,
	type IcsInput,
	type PhaseEnd
} from './ics';
import type { Exercise, Plan, SessionEventType, Timeline } from './model';
import { applyEvent } from './timeline';
// The plan's own labels, in the words the app compiles it with (the page's; English here).
import cueWords from '$lib/messages/cues.en';

import { parseIcsAlarms } from './testing';
const S = 1000;
const MIN = 60 * S;
/** 2024-03-10 08:00:00 UTC. */
const T0 = Date.UTC(2024, 2, 10, 8, 0, 0);

const octets = (s: string) => new TextEncoder().encode(s).length;

const ice20 = compileProgram(
	{
		id: 'ice-20',
		title: 'Ice 20',
		purpose: 'Cool a fresh spasm',
		phases: [
			{ kind: 'ice', seconds: 20 * 60 },
			{ kind: 'warm-up', seconds: 20 * 60 }
		],
		rounds: 3
	},
	cueWords
);

function play(plan: Plan, ...events: [SessionEventType, number][]): Timeline {
	return events.reduce<Timeline>((tl, [type, at]) => applyEvent(tl, type, T0 + at), {
		id: 'tl-1',
		plan,
		events: []
	});
}

/** The words a page in English gives the daily reminder (messages/reminders). */
const words: DailyReminderWords = {
	event: 'Limber check-in',
	alarm: 'Limber check-in: a few taps on how your back is today',
	notes: 'Limber check-in: a few taps on how your back is today. Open Limber and tap Today.'
};

/** Words for the alarms as a caller gives them (state/alarm-words.ts words them from messages). */
const plainWords = (end: PhaseEnd) => ({
	label: `${end.kind} ${end.index}`,
	description: `phase ${end.index}`
});

const input = (over: Partial<IcsInput> = {}): IcsInput => ({
	title: 'Ice 20',
	startedAt: T0,
	segments: [
		{ label: 'Ice ends — take the pack off', endsAt: T0 + 20 * MIN, key: 0 },
		{ label: 'Pack off ends — ice on', endsAt: T0 + 40 * MIN, key: 1 }
	],
	uidPrefix: 'tl-1',
	now: T0 + 30 * S,
	...over
});

describe('escapeText', () => {
	it('escapes backslash, semicolon, comma and every kind of newline', () => {
		expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
		expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
	});

	it('leaves colons and quotes alone and drops control characters', () => {
		expect(escapeText('Time: "now"')).toBe('Time: "now"');
		expect(escapeText('a\u0007b\tc\u007f')).toBe('ab\tc');
	});
});

describe('foldLine', () => {
	it('leaves a line of 75 octets as it is', () => {
		const line = 'X'.repeat(75);
		expect(foldLine(line)).toBe(line);
	});

	it('folds longer lines so no physical line exceeds 75 octets', () => {
		const folded = foldLine('S'.repeat(200));
		const parts = folded.split('\r\n');
		expect(parts.length).toBe(3);
		for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
		expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
		expect(folded.replace(/\r\n /g, '')).toBe('S'.repeat(200));
	});

	it('folds before a multi-byte character that would straddle the limit', () => {
		const [first, second] = foldLine(`${'X'.repeat(74)}—end`).split('\r\n');
		expect(first).toBe('X'.repeat(74));
		expect(second).toBe(' —end');
	});

	it('counts octets, never splitting a multi-byte character', () => {
		const line = `SUMMARY:${'Ice ends — prends la poche, ça suffit ❄️ 🧊 '.repeat(5)}`;
		const folded = foldLine(line);
		for (const part of folded.split('\r\n')) {
			expect(octets(part)).toBeLessThanOrEqual(75);
			// A cut UTF-8 sequence would surface as a lone surrogate in the JavaScript string.
			expect(part.isWellFormed()).toBe(true);
		}
		expect(folded.replace(/\r\n /g, '')).toBe(line);
	});
});

describe('formatIcsDate', () => {
	it('writes UTC as YYYYMMDDTHHMMSSZ, to the nearest second', () => {
		expect(formatIcsDate(T0)).toBe('20240310T080000Z');
		expect(formatIcsDate(T0 + 20 * MIN + 1499)).toBe('20240310T082001Z');
		expect(formatIcsDate(T0 + 20 * MIN + 1500)).toBe('20240310T082002Z');
	});
});

describe('buildIcs', () => {
	const text = buildIcs(input());

	it('uses CRLF for every line break and ends with one', () => {
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('wraps the events in a VCALENDAR with the Limber PRODID', () => {
		const lines = text.split('\r\n');
		expect(lines.slice(0, 3)).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Limber//Timers//EN'
		]);
		expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
		expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
	});

	it('writes one short event with one display alarm at each end', () => {
		const lines = text.split('\r\n');
		expect(lines).toContain('DTSTART:20240310T082000Z');
		expect(lines).toContain('DTEND:20240310T082100Z');
		expect(lines).toContain('DTSTAMP:20240310T080030Z');
		expect(lines.filter((l) => l === 'ACTION:DISPLAY')).toHaveLength(2);
		expect(lines.filter((l) => l === 'TRIGGER:PT0S')).toHaveLength(2);
		expect(lines).toContain('SUMMARY:Ice ends — take the pack off');
		const alarm = lines.indexOf('BEGIN:VALARM');
		expect(lines.slice(alarm, alarm + 5)).toEqual([
			'BEGIN:VALARM',
			'ACTION:DISPLAY',
			'TRIGGER:PT0S',
			'DESCRIPTION:Ice ends — take the pack off',
			'END:VALARM'
		]);
	});

	it('keeps UIDs stable across a re-export and unique per event', () => {
		const again = parseIcsAlarms(buildIcs(input({ now: T0 + 10 * MIN, sequence: 4 })));
		const first = parseIcsAlarms(text);
		expect(again.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
		expect(new Set(first.map((e) => e.uid)).size).toBe(2);
		expect(first[0]?.uid).toBe(`tl-1-${T0}-0@limber`);
	});

	it('escapes and folds user-written titles', () => {
		const title = 'Morning; ice, then heat \\ with a long name\nthat goes on and on and on';
		const ics = buildIcs(input({ title, segments: [{ label: title, endsAt: T0 + MIN }] }));
		for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
		const unfolded = ics.replace(/\r\n /g, '');
		expect(unfolded).toContain(
			'SUMMARY:Morning\\; ice\\, then heat \\\\ with a long name\\nthat goes on and on and on\r\n'
		);
		expect(parseIcsAlarms(ics)[0]?.summary).toBe(title);
	});

	it('writes an empty but valid calendar when nothing is left', () => {
		const ics = buildIcs(input({ segments: [] }));
		expect(parseIcsAlarms(ics)).toEqual([]);
		expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
	});
});

describe('parseIcsAlarms', () => {
	it('unfolds lines and reads each event with its alarm count', () => {
		const ics = [
			'BEGIN:VCALENDAR',
			'BEGIN:VEVENT',
			'UID:a',
			'DTSTART:20240310T082000Z',
			'SUMMARY:Ice ends \\, take',
			'  the pack off',
			'BEGIN:VALARM',
			'ACTION:DISPLAY',
			'DESCRIPTION:ignored',
			'END:VALARM',
			'BEGIN:VALARM',
			'END:VALARM',
			'END:VEVENT',
			'BEGIN:VEVENT',
			'DTSTART;TZID=Europe/Paris:20240310T092000',
			'END:VEVENT',
			'END:VCALENDAR',
			''
		].join('\r\n');
		const events = parseIcsAlarms(ics);
		expect(events).toHaveLength(2);
		expect(events[0]).toEqual({
			uid: 'a',
			summary: 'Ice ends , take the pack off',
			start: T0 + 20 * MIN,
			alarms: 2
		});
		expect(events[1]?.alarms).toBe(0);
		expect(events[1]?.start).toBeNaN();
	});
});

describe('phaseEnds', () => {
	it('gives the six ends of a 3-round Ice 20 program at the right instants', () => {
		const tl = play(ice20, ['start', 0]);
		const ends = phaseEnds(tl, T0 + 5 * MIN);
		expect(ends.map((e) => e.endsAt)).toEqual([20, 40, 60, 80, 100, 120].map((m) => T0 + m * MIN));
		expect(ends.map((e) => e.index)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(ends[0]).toMatchObject({ kind: 'ice', next: 1 });
		expect(ends[5]).toMatchObject({ kind: 'warm-up', next: null });
		// What each alarm says, as codes: the caller words them in the page's language.
		expect(ends.map((end) => endWords(tl, end))).toEqual([
			{
				name: { code: 'phase', kind: 'ice' },
				action: { code: 'take-off', kind: 'ice', last: false }
			},
			{ name: { code: 'phase', kind: 'warm-up' }, action: { code: 'then', kind: 'ice' } },
			{
				name: { code: 'phase', kind: 'ice' },
				action: { code: 'take-off', kind: 'ice', last: false }
			},
			{ name: { code: 'phase', kind: 'warm-up' }, action: { code: 'then', kind: 'ice' } },
			{
				name: { code: 'phase', kind: 'ice' },
				action: { code: 'take-off', kind: 'ice', last: false }
			},
			{ name: { code: 'phase', kind: 'warm-up' }, action: { code: 'complete' } }
		]);
	});

	it('skips segments already over', () => {
		const tl = play(ice20, ['start', 0]);
		const ends = phaseEnds(tl, T0 + 45 * MIN);
		expect(ends.map((e) => e.endsAt)).toEqual([60, 80, 100, 120].map((m) => T0 + m * MIN));
		expect(ends[0]?.index).toBe(2);
	});

	it('moves every later end by the time spent paused', () => {
		const tl = play(ice20, ['start', 0], ['pause', 5 * MIN], ['resume', 12 * MIN]);
		const ends = phaseEnds(tl, T0 + 13 * MIN + 250);
		expect(ends.map((e) => e.endsAt)).toEqual([27, 47, 67, 87, 107, 127].map((m) => T0 + m * MIN));
	});

	it('follows a skip to the next phase', () => {
		const tl = play(ice20, ['start', 0], ['next', 3 * MIN]);
		expect(phaseEnds(tl, T0 + 4 * MIN)[0]?.endsAt).toBe(T0 + 23 * MIN);
	});

	it('gives nothing for a session that is not running', () => {
		expect(phaseEnds(play(ice20), T0)).toEqual([]);
		expect(phaseEnds(play(ice20, ['start', 0], ['pause', MIN]), T0 + 2 * MIN)).toEqual([]);
		expect(phaseEnds(play(ice20, ['start', 0], ['stop', MIN]), T0 + 2 * MIN)).toEqual([]);
		expect(phaseEnds(play(ice20, ['start', 0]), T0 + 121 * MIN)).toEqual([]);
	});

	it('stops before a segment that lasts until Next', () => {
		const plan: Plan = {
			title: 'Mixed',
			source: { type: 'demo', id: 'mixed', builtIn: true },
			segments: [
				{ kind: 'heat', label: 'Heat', durationMs: 10 * MIN, cue: 'Heat on' },
				{ kind: 'walk', label: 'Walk', durationMs: 5 * MIN, cue: 'Walk' },
				{ kind: 'relax', label: 'Rest', durationMs: null, cue: 'Rest' },
				{ kind: 'ice', label: 'Ice', durationMs: 10 * MIN, cue: 'Ice on' }
			]
		};
		const tl = play(plan, ['start', 0]);
		const ends = phaseEnds(tl, T0 + MIN);
		expect(ends.map((e) => [endWords(tl, e), e.endsAt])).toEqual([
			[
				{
					name: { code: 'phase', kind: 'heat' },
					action: { code: 'take-off', kind: 'heat', last: false }
				},
				T0 + 10 * MIN
			],
			[
				{ name: { code: 'phase', kind: 'walk' }, action: { code: 'then', kind: 'relax' } },
				T0 + 15 * MIN
			]
		]);
		// While the untimed segment runs, nothing can be predicted.
		expect(phaseEnds(tl, T0 + 20 * MIN)).toEqual([]);
	});

	it('names exercises by their label and the next step', () => {
		const exercise: Exercise = {
			id: 'knee',
			name: 'Knee to chest',
			kind: 'stretch',
			position: 'lying-back',
			illustration: '/exercises/knee.svg',
			illustrationAlt: 'Lying on the back, one knee drawn in',
			summary: 'Gentle stretch',
			steps: ['Lie down', 'Draw a knee in'],
			breathing: 'Slowly',
			feel: 'Low back',
			stopIf: 'Sharp pain',
			hold: { seconds: 30 },
			perSide: true,
			cue: 'Draw one knee in.'
		};
		const plan = compileRoutine(
			{
				id: 'r',
				title: 'R',
				purpose: '',
				steps: [{ exerciseId: 'knee', hold: { seconds: 30 }, perSide: true, restAfterSeconds: 0 }]
			},
			{ knee: exercise },
			{ leadInSeconds: 0 },
			cueWords
		);
		const tl = play(plan, ['start', 0]);
		expect(phaseEnds(tl, T0 + S).map((e) => endWords(tl, e))).toEqual([
			{ name: { code: 'step', index: 0 }, action: { code: 'then', kind: 'switch-sides' } },
			{ name: { code: 'step', index: 1 }, action: { code: 'next', index: 2 } },
			{ name: { code: 'step', index: 2 }, action: { code: 'complete' } }
		]);
	});

	it('ends an ice-only plan with the pack off and the session complete', () => {
		const plan = compileProgram(
			{
				id: 'i',
				title: 'Ice',
				purpose: '',
				phases: [{ kind: 'ice', seconds: 600 }],
				rounds: 1
			},
			cueWords
		);
		const tl = play(plan, ['start', 0]);
		const [end] = phaseEnds(tl, T0);
		expect(end && endWords(tl, end)).toEqual({
			name: { code: 'phase', kind: 'ice' },
			action: { code: 'take-off', kind: 'ice', last: true }
		});
	});
});

describe('sessionIcs', () => {
	it('turns a 3-round Ice 20 session into six events, one alarm each, at the ends', () => {
		const tl = play(ice20, ['start', 0]);
		const ics = sessionIcs(tl, T0 + 2 * MIN, 'Ice 20', plainWords);
		expect(ics).not.toBeNull();
		const events = parseIcsAlarms(ics ?? '');
		expect(events).toHaveLength(6);
		expect(events.every((e) => e.alarms === 1)).toBe(true);
		expect(events.map((e) => e.start)).toEqual([20, 40, 60, 80, 100, 120].map((m) => T0 + m * MIN));
		expect(events[0]?.summary).toBe('ice 0');
		expect(ics).toContain('X-WR-CALNAME:Ice 20\r\n');
		expect(ics).toContain('DESCRIPTION:Ice 20: phase 0\r\n');
		expect(ics).toContain('SEQUENCE:1\r\n');
	});

	it('keeps the UIDs of the phases still ahead when made again after a pause', () => {
		const before = play(ice20, ['start', 0]);
		const after = play(ice20, ['start', 0], ['pause', 25 * MIN], ['resume', 30 * MIN]);
		const a = parseIcsAlarms(sessionIcs(before, T0 + 21 * MIN, 'Ice 20', plainWords) ?? '');
		const b = parseIcsAlarms(sessionIcs(after, T0 + 31 * MIN, 'Ice 20', plainWords) ?? '');
		expect(b.map((e) => e.uid)).toEqual(a.map((e) => e.uid));
		expect(b.map((e) => e.start)).toEqual(a.map((e) => e.start + 5 * MIN));
	});

	it('is null when no end is ahead', () => {
		expect(sessionIcs(play(ice20), T0, 'Ice 20', plainWords)).toBeNull();
	});
});

describe('reminderIcs', () => {
	it('holds one alarm at the time asked, with a UID that stays the same for the session', () => {
		const at = Date.UTC(2026, 2, 2, 14, 35, 0);
		const input = {
			title: 'Ice, 20 minutes',
			label: 'Ice again?',
			at,
			uid: 'abc',
			now: at - 7_200_000
		};
		const events = parseIcsAlarms(reminderIcs(input));
		expect(events).toEqual([
			{ uid: expect.stringMatching(/^abc-/), summary: 'Ice again?', start: at, alarms: 1 }
		]);
		const later = parseIcsAlarms(reminderIcs({ ...input, at: at + 60_000 }));
		expect(later[0]?.start).toBe(at + 60_000);
		expect(later[0]?.uid).toBe(events[0]?.uid);
	});
});

describe('dailyReminderIcs', () => {
	/** The file's content lines, unfolded. */
	const linesOf = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');
	/** Epoch ms of `hour:minute` local time on `day`, in the zone the test sets. */
	const local = (day: string, hour: number, minute = 0) => {
		const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
		return new Date(y, m - 1, d, hour, minute).getTime();
	};
	function inZone<T>(zone: string, run: () => T): T {
		const saved = process.env.TZ;
		process.env.TZ = zone;
		try {
			return run();
		} finally {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		}
	}

	it('repeats daily at a floating local time, with a display alarm at the start', () => {
		const lines = inZone('Europe/London', () =>
			linesOf(dailyReminderIcs({ words, time: '09:00', now: local('2026-06-10', 8, 15) }))
		);
		expect(lines).toContain('DTSTART:20260610T090000');
		expect(lines).toContain('RRULE:FREQ=DAILY');
		expect(lines).toContain('DURATION:PT1M');
		expect(lines).toContain('SUMMARY:Limber check-in');
		expect(lines).toContain('UID:daily-check-in@limber');
		expect(lines).toContain('DTSTAMP:20260610T071500Z');
		const alarm = lines.indexOf('BEGIN:VALARM');
		expect(lines.slice(alarm, alarm + 5)).toEqual([
			'BEGIN:VALARM',
			'ACTION:DISPLAY',
			'TRIGGER:PT0S',
			'DESCRIPTION:Limber check-in: a few taps on how your back is today',
			'END:VALARM'
		]);
		expect(lines.filter((l) => l.startsWith('DTSTART')).every((l) => !l.endsWith('Z'))).toBe(true);
		expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
	});

	it('starts tomorrow once the time has passed today', () => {
		const lines = inZone('Europe/London', () =>
			linesOf(dailyReminderIcs({ words, time: '09:00', now: local('2026-06-10', 9, 0) }))
		);
		expect(lines).toContain('DTSTART:20260611T090000');
	});

	it('keeps the same wall-clock time on both sides of a daylight-saving change', () => {
		// New York springs forward on 2026-03-08. Made the evening before, the file's first
		// reminder is on the change day at 09:00 on the clock; every later one too, since the
		// time has no zone and the daily rule repeats the local time.
		const [before, on] = inZone('America/New_York', () => [
			linesOf(dailyReminderIcs({ words, time: '09:00', now: local('2026-03-07', 21) })),
			linesOf(dailyReminderIcs({ words, time: '09:00', now: local('2026-03-08', 10) }))
		]);
		expect(before).toContain('DTSTART:20260308T090000');
		expect(on).toContain('DTSTART:20260309T090000');
		// The UID stays; the sequence grows, so the later file replaces the earlier event.
		const seq = (lines: string[]) => Number(lines.find((l) => l.startsWith('SEQUENCE:'))?.slice(9));
		expect(seq(on)).toBeGreaterThan(seq(before));
	});

	it('uses the device zone only to pick the first day', () => {
		// 23:30 UTC on 2026-06-10 is already 2026-06-11 in Tokyo and still 2026-06-10 in LA.
		const now = Date.UTC(2026, 5, 10, 23, 30);
		const tokyo = inZone('Asia/Tokyo', () =>
			linesOf(dailyReminderIcs({ words, time: '09:00', now }))
		);
		const la = inZone('America/Los_Angeles', () =>
			linesOf(dailyReminderIcs({ words, time: '09:00', now }))
		);
		expect(tokyo).toContain('DTSTART:20260611T090000');
		expect(la).toContain('DTSTART:20260611T090000');
		const la2 = inZone('America/Los_Angeles', () =>
			linesOf(dailyReminderIcs({ words, time: '18:00', now }))
		);
		expect(la2).toContain('DTSTART:20260610T180000');
	});

	it('links back to Limber when told where it is, and folds every line', () => {
		const ics = dailyReminderIcs({
			words,
			time: '07:45',
			now: T0,
			url: 'https://limber.example/'
		});
		for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
		const lines = linesOf(ics);
		expect(lines).toContain('URL:https://limber.example/');
		expect(lines.find((l) => l.startsWith('DESCRIPTION:Limber'))).toContain(
			'Open Limber and tap Today. https://limber.example/'
		);
		expect(parseIcsAlarms(ics)).toEqual([
			{ uid: 'daily-check-in@limber', summary: 'Limber check-in', start: NaN, alarms: 1 }
		]);
	});

	it('uses the default time for a damaged one', () => {
		const lines = inZone('UTC', () =>
			linesOf(dailyReminderIcs({ words, time: '25:99', now: Date.UTC(2026, 5, 10, 6) }))
		);
		expect(lines).toContain('DTSTART:20260610T090000');
	});

	it.each([
		{
			lang: 'es',
			words: {
				event: 'Limber: registro del día',
				alarm: 'Limber: registro del día, unos toques para contar cómo está hoy tu espalda',
				notes:
					'Limber: registro del día, unos toques para contar cómo está hoy tu espalda. Abre Limber y toca Hoy.'
			}
		},
		{
			lang: 'de',
			words: {
				event: 'Limber: Tageseintrag',
				alarm: 'Limber: Tageseintrag – kurz festhalten, wie es Ihrem Rücken heute geht',
				notes:
					'Limber: Tageseintrag – kurz festhalten, wie es Ihrem Rücken heute geht. Öffnen Sie Limber und tippen Sie auf Heute.'
			}
		}
	])(
		'writes the words it is given ($lang), and the same event as in English',
		({ words: given }) => {
			const now = Date.UTC(2026, 5, 10, 6);
			const [ics, english] = inZone('UTC', () => [
				dailyReminderIcs({ words: given, time: '08:30', now, url: 'https://limber.example/' }),
				dailyReminderIcs({ words, time: '08:30', now, url: 'https://limber.example/' })
			]);
			for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
			const lines = linesOf(ics);
			expect(lines).toContain(`SUMMARY:${given.event}`);
			expect(lines).toContain(`X-WR-CALNAME:${given.event}`);
			expect(lines).toContain(`DESCRIPTION:${escapeText(given.alarm)}`);
			expect(lines).toContain(`DESCRIPTION:${escapeText(given.notes)} https://limber.example/`);
			// Only the words differ: the same UID, time, rule and sequence, so either file replaces
			// the other's event in a calendar.
			const structure = (text: string) =>
				linesOf(text).filter((l) => !/^(SUMMARY|DESCRIPTION|X-WR-CALNAME):/.test(l));
			expect(structure(ics)).toEqual(structure(english));
			expect(parseIcsAlarms(ics)).toEqual([
				{ uid: 'daily-check-in@limber', summary: given.event, start: NaN, alarms: 1 }
			]);
		}
	);
});

// The record schemas accept what the app produces and refuse what it never should.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { SessionRecord, Timeline } from './model';
import {
	isIsoDate,
	isJsonValue,
	JournalEntrySchema,
	LIMITS,
	ProgramSchema,
	RoutineSchema,
	SessionRecordSchema,
	TimelineSchema
} from './schemas';
import { journalEntry, routine as sampleRoutine, step } from './testing';

const T = Date.UTC(2024, 4, 1, 8);
const session: SessionRecord = {
	id: 's1',
	kind: 'timer',
	sourceId: 'ice-20-20',
	title: 'Ice 20 / 20',
	activity: 'ice',
	startedAt: T,
	endedAt: T + 2_400_000,
	activeMs: 2_400_000,
	plannedMs: 2_400_000,
	completedSegments: 2,
	totalSegments: 2,
	completed: true,
	painBefore: 7,
	painAfter: 5,
	note: 'helped'
};

const ok = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success;

describe('SessionRecordSchema', () => {
	it('accepts a complete record, and one without the optional fields', () => {
		expect(ok(SessionRecordSchema, session)).toBe(true);
		const { painBefore: _a, painAfter: _b, note: _c, ...bare } = session;
		expect(ok(SessionRecordSchema, bare)).toBe(true);
	});

	it.each([
		['pain above 10', { painBefore: 11 }],
		['negative pain', { painAfter: -1 }],
		['fractional pain', { painAfter: 4.5 }],
		['unknown activity', { activity: 'yoga' }],
		['unknown kind', { kind: 'other' }],
		['empty id', { id: '' }],
		['over-long title', { title: 'x'.repeat(LIMITS.title + 1) }],
		['over-long note', { note: 'x'.repeat(LIMITS.note + 1) }],
		['NaN start', { startedAt: NaN }],
		['fractional epoch', { startedAt: T + 0.5 }],
		['ending before starting', { endedAt: T - 1 }],
		['more segments done than exist', { completedSegments: 3 }],
		['infinite duration', { activeMs: Infinity }],
		['string number', { plannedMs: '100' }]
	])('refuses %s', (_label, change) => {
		expect(ok(SessionRecordSchema, { ...session, ...change })).toBe(false);
	});

	it('drops unknown fields instead of storing them', () => {
		const out = v.parse(SessionRecordSchema, { ...session, __proto__: { evil: 1 }, extra: 1 });
		expect(out).toEqual(session);
		expect(Object.keys(out)).not.toContain('extra');
	});
});

describe('JournalEntrySchema', () => {
	const entry = journalEntry('2024-02-29', { pain: 0, numbness: true, water: 8, updatedAt: T });
	it('accepts a leap day and pain 0 and 10', () => {
		expect(ok(JournalEntrySchema, entry)).toBe(true);
		expect(ok(JournalEntrySchema, { ...entry, pain: 10 })).toBe(true);
	});
	it.each(['2023-02-29', '2024-13-01', '2024-5-1', '2024-05-01T00:00', ' 2024-05-01', ''])(
		'refuses date %j',
		(date) => {
			expect(ok(JournalEntrySchema, { ...entry, date })).toBe(false);
		}
	);
	it('refuses out-of-range water and non-boolean flags', () => {
		expect(ok(JournalEntrySchema, { ...entry, water: 51 })).toBe(false);
		expect(ok(JournalEntrySchema, { ...entry, spasms: 'yes' })).toBe(false);
	});
});

describe('RoutineSchema and ProgramSchema', () => {
	const routine = sampleRoutine('r', {
		title: 'Mine',
		purpose: '',
		steps: [step('cat-cow', { reps: 8, secondsPerRep: 4 })]
	});
	it('accepts a routine and caps its steps', () => {
		expect(ok(RoutineSchema, routine)).toBe(true);
		const step = routine.steps[0];
		expect(ok(RoutineSchema, { ...routine, steps: Array(LIMITS.steps + 1).fill(step) })).toBe(
			false
		);
		expect(ok(RoutineSchema, { ...routine, updatedAt: 'yesterday' })).toBe(false);
		expect(ok(RoutineSchema, { ...routine, steps: [{ ...step, hold: { seconds: 0 } }] })).toBe(
			false
		);
	});
	it('accepts a program and refuses zero rounds or unknown phases', () => {
		const program = {
			id: 'p',
			title: 'P',
			purpose: '',
			phases: [{ kind: 'heat', seconds: 900 }],
			rounds: 2
		};
		expect(ok(ProgramSchema, program)).toBe(true);
		expect(ok(ProgramSchema, { ...program, rounds: 0 })).toBe(false);
		expect(ok(ProgramSchema, { ...program, phases: [{ kind: 'lava', seconds: 9 }] })).toBe(false);
	});
});

describe('TimelineSchema', () => {
	const timeline: Timeline = {
		id: 't',
		plan: {
			title: 'Demo',
			source: { type: 'demo', id: 'demo', builtIn: true },
			segments: [{ kind: 'exercise', label: 'Hold', durationMs: null, cue: 'Go', side: 'left' }]
		},
		events: [{ type: 'start', at: T }]
	};
	it('accepts open-ended segments and refuses a user-made demo', () => {
		expect(ok(TimelineSchema, timeline)).toBe(true);
		const fake = {
			...timeline,
			plan: { ...timeline.plan, source: { type: 'demo', id: 'd', builtIn: false } }
		};
		expect(ok(TimelineSchema, fake)).toBe(false);
	});
	it('refuses unknown events and caps the event list', () => {
		expect(ok(TimelineSchema, { ...timeline, events: [{ type: 'explode', at: T }] })).toBe(false);
		const many = Array(LIMITS.events + 1).fill({ type: 'pause', at: T });
		expect(ok(TimelineSchema, { ...timeline, events: many })).toBe(false);
	});
});

describe('helpers', () => {
	it('isIsoDate checks the calendar', () => {
		expect(isIsoDate('2000-02-29')).toBe(true);
		expect(isIsoDate('1900-02-29')).toBe(false);
		expect(isIsoDate('2024-04-31')).toBe(false);
	});
	it('isJsonValue accepts plain data only', () => {
		expect(isJsonValue({ a: [1, 'x', null, true, { b: 2 }] })).toBe(true);
		for (const bad of [undefined, NaN, Infinity, new Date(), new Map(), () => 1, [undefined], 1n]) {
			expect(isJsonValue(bad)).toBe(false);
		}
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		expect(isJsonValue(cyclic)).toBe(false);
	});
});

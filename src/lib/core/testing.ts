// Test support for core's suites, the other layers' suites and the browser tests: sample
// records and readers that check what the app wrote.
// Imported only by tests, so none of it reaches the app bundle.
import type {
	JournalEntry,
	Plan,
	Program,
	Routine,
	RoutineStep,
	Segment,
	SessionRecord
} from './model';

/** A check-in on `date`: pain 5, no spasms or numbness, unless the test says otherwise. */
export function journalEntry(date: string, overrides: Partial<JournalEntry> = {}): JournalEntry {
	return {
		date,
		pain: 5,
		spasms: false,
		numbness: false,
		water: 4,
		note: '',
		updatedAt: 0,
		...overrides
	};
}

/** A whole session of `ms` from `startedAt`: a one-phase ice timer unless the test says otherwise. */
export function sessionRecord(
	id: string,
	startedAt: number,
	ms: number,
	overrides: Partial<SessionRecord> = {}
): SessionRecord {
	return {
		id,
		kind: 'timer',
		sourceId: 'ice-20',
		title: 'Ice 20',
		activity: 'ice',
		startedAt,
		endedAt: startedAt + ms,
		activeMs: ms,
		plannedMs: ms,
		completedSegments: 1,
		totalSegments: 1,
		completed: true,
		...overrides
	};
}

/** A routine step holding `hold`: not per side, no rest after, unless the test says otherwise. */
export const step = (
	exerciseId: string,
	hold: RoutineStep['hold'],
	more: Partial<Pick<RoutineStep, 'perSide' | 'restAfterSeconds'>> = {}
): RoutineStep => ({ exerciseId, hold, perSide: false, restAfterSeconds: 0, ...more });

/** A saved routine `id` of two steps (one timed, one counted). */
export function routine(id: string, overrides: Partial<Routine> = {}): Routine {
	return {
		id,
		title: `Routine ${id}`,
		purpose: 'Loosen the lower back',
		steps: [
			step('childs-pose', { seconds: 30 }, { restAfterSeconds: 5 }),
			step('pelvic-tilt', { reps: 10, secondsPerRep: 3 })
		],
		updatedAt: '2024-05-01T08:00:00.000Z',
		...overrides
	};
}

/** Twenty minutes of ice, then twenty of warming up. */
const iceWarm = (): Program['phases'] => [
	{ kind: 'ice', seconds: 1200 },
	{ kind: 'warm-up', seconds: 1200 }
];

/** A saved timer `id`: three rounds of ice and warming up. */
export function program(id: string, overrides: Partial<Program> = {}): Program {
	return {
		id,
		title: `Program ${id}`,
		purpose: 'Calm a flare-up',
		phases: iceWarm(),
		rounds: 3,
		updatedAt: '2024-05-01T08:00:00.000Z',
		...overrides
	};
}

/**
 * A timer `p` of ice and warming up, once, unless the test says otherwise. Like a built-in it
 * has no updatedAt, so its plan counts as built in.
 */
export const timer = (overrides: Partial<Program> = {}): Program => ({
	id: 'p',
	title: 'Timer',
	purpose: '',
	rounds: 1,
	phases: iceWarm(),
	...overrides
});

/** A built-in routine's plan of exercise segments "Step 1", "Step 2"… each set as given. */
export function segmentPlan(segments: Partial<Segment>[]): Plan {
	return {
		title: 'Test',
		source: { type: 'routine', id: 'test', builtIn: true },
		segments: segments.map((s, i) => ({
			kind: 'exercise',
			label: `Step ${i + 1}`,
			durationMs: null,
			cue: `Cue ${i + 1}`,
			...s
		}))
	};
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

/** Epoch ms of `hour:minute` local time (the process's TZ) on `day` (YYYY-MM-DD). */
export function localAt(day: string, hour: number, minute = 0): number {
	const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
	return new Date(y, m - 1, d, hour, minute).getTime();
}

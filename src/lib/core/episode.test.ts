// Episode rules: starting, Day N in local calendar days, the gentle end, and the plan's adaptations.
import { afterAll, describe, expect, it } from 'vitest';
import { findingWords } from '$lib/components/care/finding-words';
import careEn from '$lib/messages/care.en';
import { EPISODE_PLAN, WATER_GLASSES } from '$lib/content/episode-plan';
import { ROUTINES_BY_MOVEMENT } from '$lib/content/routine-movement';
import { episodeReport } from './episode-report';
import {
	endCheck,
	endEpisode,
	episodeDay,
	episodeSessions,
	nextWalk,
	nowItem,
	openEpisode,
	planFor,
	RECENT_WALK_DAYS,
	ranHalf,
	stageOf,
	startEpisode,
	summarizeEpisode,
	type CareAlert
} from './episode';
import type { Episode, JournalEntry, SessionRecord } from './model';
import { journalEntry, sessionRecord, localAt } from './testing';
import { triageJournal } from './triage';

// Day counting must hold in a zone with daylight saving: New York springs forward on
// 2024-03-10 (a 23-hour day) and falls back on 2024-11-03 (a 25-hour day).
// Set before any instant below is worked out.
const savedTz = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
	process.env.TZ = savedTz;
});

const at = localAt;

const entry = (date: string, over: Partial<JournalEntry> = {}): JournalEntry =>
	journalEntry(date, { pain: 6, spasms: true, water: 0, ...over });

let n = 0;
/** A forty-minute ice timer of two phases. */
function session(startedAt: number, over: Partial<SessionRecord> = {}): SessionRecord {
	n++;
	return sessionRecord(`s${n}`, startedAt, 2_400_000, {
		completedSegments: 2,
		totalSegments: 2,
		...over
	});
}

const keys = (
	e: Episode,
	o: { entries?: JournalEntry[]; sessions?: SessionRecord[] } = {},
	today = e.startDay,
	alert: CareAlert | null = null
) =>
	planFor(EPISODE_PLAN, {
		episode: e,
		entries: o.entries ?? [],
		sessions: o.sessions ?? [],
		today,
		alert
	}).items.map((i) => i.spec.key);

describe('starting and counting days', () => {
	it('starts on the local day of the tap, as Day 1', () => {
		const e = startEpisode('e1', at('2024-05-14', 23, 50));
		expect(e.startDay).toBe('2024-05-14');
		expect(episodeDay(e, [], '2024-05-14')).toBe(1);
	});

	it('turns to Day 2 at local midnight, however few hours have passed', () => {
		const e = startEpisode('e1', at('2024-05-14', 23, 50));
		expect(episodeDay(e, [], '2024-05-15')).toBe(2);
		expect(episodeDay(e, [], '2024-05-21')).toBe(8);
	});

	it('counts calendar days across the spring and autumn clock changes', () => {
		const spring = startEpisode('e1', at('2024-03-09', 23, 30));
		expect(episodeDay(spring, [], '2024-03-10')).toBe(2);
		expect(episodeDay(spring, [], '2024-03-11')).toBe(3);
		const autumn = startEpisode('e2', at('2024-11-02', 0, 30));
		expect(episodeDay(autumn, [], '2024-11-03')).toBe(2);
		expect(episodeDay(autumn, [], '2024-11-04')).toBe(3);
		// 00:30 on the day after the 25-hour day is still only the next calendar day.
		expect(startEpisode('e3', at('2024-11-04', 0, 30)).startDay).toBe('2024-11-04');
	});

	it('finds the open episode, the newest when there are several', () => {
		const a = startEpisode('a', at('2024-05-01', 9));
		const b = startEpisode('b', at('2024-05-10', 9));
		const closed = endEpisode(startEpisode('c', at('2024-05-12', 9)), '2024-05-13', 'settled', 0);
		expect(openEpisode([a, b, closed])?.id).toBe('b');
		expect(openEpisode([b, a, closed])?.id).toBe('b');
		expect(openEpisode([closed])).toBeNull();
	});
});

describe('ending', () => {
	const e = startEpisode('e1', at('2024-05-01', 9));

	it('asks nothing while spasms were logged within the week', () => {
		const entries = [entry('2024-05-01'), entry('2024-05-05')];
		expect(endCheck(e, entries, '2024-05-11').kind).toBe('none');
	});

	it('asks gently after seven days without spasms, then ends by itself if left unanswered', () => {
		const entries = [
			entry('2024-05-01'),
			entry('2024-05-03'),
			entry('2024-05-04', { spasms: false })
		];
		expect(endCheck(e, entries, '2024-05-09')).toEqual({ kind: 'none' });
		expect(endCheck(e, entries, '2024-05-10')).toEqual({ kind: 'ask', quietDays: 7 });
		expect(endCheck(e, entries, '2024-05-12').kind).toBe('ask');
		expect(endCheck(e, entries, '2024-05-13')).toEqual({ kind: 'end', endDay: '2024-05-10' });
	});

	it('"not yet" puts the question off for another week', () => {
		const entries = [entry('2024-05-01')];
		const waiting = { ...e, notYetDay: '2024-05-08' };
		expect(endCheck(waiting, entries, '2024-05-09').kind).toBe('none');
		expect(endCheck(waiting, entries, '2024-05-15').kind).toBe('ask');
	});

	it('counts the quiet days from the tap when spasms were logged the day before it', () => {
		const entries = [entry('2024-04-30')];
		expect(endCheck(e, entries, '2024-05-07').kind).toBe('none');
		expect(endCheck(e, entries, '2024-05-08')).toEqual({ kind: 'ask', quietDays: 7 });
	});

	it('counts from spasms logged after "not yet", not from the answer', () => {
		const waiting = { ...e, notYetDay: '2024-05-03' };
		const entries = [entry('2024-05-01'), entry('2024-05-05')];
		expect(endCheck(waiting, entries, '2024-05-11').kind).toBe('none');
		expect(endCheck(waiting, entries, '2024-05-12')).toEqual({ kind: 'ask', quietDays: 7 });
	});

	it('never asks about an ended episode, and never ends before it began', () => {
		const ended = endEpisode(e, '2024-04-20', 'settled', 5);
		expect(ended.endDay).toBe('2024-05-01');
		expect(ended.updatedAt).toBe(5);
		expect(endCheck(ended, [], '2024-06-01').kind).toBe('none');
	});
});

describe('the plan for now', () => {
	const e = startEpisode('e1', at('2024-05-14', 8));

	it('starts with the first hours: a resting position, the warning signs, cold, breathing, a 3-minute walk, fluids', () => {
		expect(keys(e)).toEqual([
			'position',
			'check-signs',
			'cold',
			'breathe',
			'walk-3',
			'pain-relief',
			'everyday-early',
			'fluids',
			'check-in'
		]);
		expect(stageOf(e, [], '2024-05-14')).toBe('first-hours');
	});

	it('moves to the next days, then to booking an appointment from day four', () => {
		// Heat is not a second task beside cold: it comes in when cold has not helped.
		// Days 2–3 stretch lying down only: no kneeling yet.
		expect(keys(e, {}, '2024-05-15')).toEqual([
			'cold',
			'stretch-lying',
			'walk-3',
			'pain-relief',
			'everyday-early',
			'fluids',
			'check-in'
		]);
		expect(keys(e, {}, '2024-05-16')[0]).toBe('cold');
		expect(keys(e, {}, '2024-05-17')[0]).toBe('appointment');
	});

	it('turns to settling once a recent check-in shows no spasms and little pain', () => {
		const entries = [entry('2024-05-14'), entry('2024-05-16', { spasms: false, pain: 2 })];
		expect(stageOf(e, entries, '2024-05-17')).toBe('settling');
		expect(keys(e, { entries }, '2024-05-17')[0]).toBe('mobility');
		// A check-in from three days ago is too old to count.
		expect(stageOf(e, entries, '2024-05-19')).toBe('not-easing');
	});

	it('ticks an item from a session today that at least half ran, not from one stopped early or before the start', () => {
		const before = session(at('2024-05-14', 7));
		const stopped = session(at('2024-05-14', 9), { completed: false, activeMs: 600_000 });
		// Skipped through with Next in seconds: recorded as completed, but not done.
		const skipped = session(at('2024-05-14', 9, 30), { activeMs: 5_000 });
		const coldDone = (sessions: SessionRecord[], today: string) =>
			planFor(EPISODE_PLAN, { episode: e, entries: [], sessions, today, alert: null }).items.find(
				(i) => i.spec.key === 'cold'
			)?.done;
		expect(coldDone([before, stopped, skipped], '2024-05-14')).toBe(false);
		// Stopped in the pack-off half, once the 20 minutes of cold had run: done.
		expect(
			coldDone(
				[session(at('2024-05-14', 10), { completed: false, activeMs: 1_200_000 })],
				'2024-05-14'
			)
		).toBe(true);
		expect(coldDone([session(at('2024-05-14', 10))], '2024-05-14')).toBe(true);
		// Tomorrow is a new day of the plan.
		expect(coldDone([session(at('2024-05-14', 10))], '2024-05-15')).toBe(false);
	});

	it('ticks the check-in and counts water from the check-in; advice has no tick', () => {
		const entries = [entry('2024-05-14', { water: 3 })];
		const plan = planFor(EPISODE_PLAN, {
			episode: e,
			entries,
			sessions: [],
			today: '2024-05-14',
			alert: null
		});
		expect(plan.items.find((i) => i.spec.key === 'check-in')?.done).toBe(true);
		expect(plan.items.find((i) => i.spec.key === 'fluids')).toMatchObject({
			done: false,
			progress: 3
		});
		const later = planFor(EPISODE_PLAN, {
			episode: e,
			entries: [],
			sessions: [],
			today: '2024-05-18',
			alert: null
		});
		expect(later.items.find((i) => i.spec.key === 'appointment')?.done).toBeNull();
	});

	it('ticks the check-in and the water only from today’s check-in, the water at its goal', () => {
		const items = (entries: JournalEntry[], today: string) =>
			planFor(EPISODE_PLAN, { episode: e, entries, sessions: [], today, alert: null }).items;
		const full = [entry('2024-05-14', { water: WATER_GLASSES })];
		expect(items(full, '2024-05-14').find((i) => i.spec.key === 'fluids')).toMatchObject({
			done: true,
			progress: WATER_GLASSES
		});
		// The next day, yesterday's check-in ticks nothing.
		const next = items(full, '2024-05-15');
		expect(next.find((i) => i.spec.key === 'check-in')?.done).toBe(false);
		expect(next.find((i) => i.spec.key === 'fluids')).toMatchObject({ done: false, progress: 0 });
	});

	it('puts the first thing still to do now; advice read once never holds the place, getting help does', () => {
		const plan = (sessions: SessionRecord[], today = '2024-05-14') =>
			planFor(EPISODE_PLAN, { episode: e, entries: [], sessions, today, alert: null }).items;
		const ran = (sourceId: string, hour: number, day = '2024-05-14') =>
			session(at(day, hour), { kind: 'routine', sourceId, title: sourceId, activity: 'relax' });
		expect(nowItem(plan([]))?.spec.key).toBe('position');
		// The resting position is done: checking the warning signs (never ticked) comes next.
		expect(nowItem(plan([ran('first-hours', 9)]))?.spec.key).toBe('check-signs');
		// Day 2 with cold, the stretches and the walk done: the water, not the pain-relief advice.
		const day2 = [
			session(at('2024-05-15', 8)),
			ran('flare-day', 9, '2024-05-15'),
			ran('short-walk', 10, '2024-05-15')
		];
		expect(nowItem(plan(day2, '2024-05-15'))?.spec.key).toBe('fluids');
		// Everything ticked: the first piece of advice; nothing at all to do: none.
		const done = plan(day2, '2024-05-15').map((i) => (i.done === false ? { ...i, done: true } : i));
		expect(nowItem(done)?.spec.key).toBe('pain-relief');
		expect(nowItem(done.filter((i) => i.done === true))).toBeUndefined();
		// From day four while not easing, the appointment comes first.
		expect(nowItem(plan([], '2024-05-18'))?.spec.key).toBe('appointment');
	});

	it('suggests heat first once cold has not eased the pain on two sessions', () => {
		const one = [session(at('2024-05-14', 9), { painBefore: 6, painAfter: 6 })];
		expect(keys(e, { sessions: one })[0]).toBe('position');
		const two = [...one, session(at('2024-05-14', 12), { painBefore: 6, painAfter: 7 })];
		const plan = planFor(EPISODE_PLAN, {
			episode: e,
			entries: [],
			sessions: two,
			today: '2024-05-14',
			alert: null
		});
		expect(plan.items[0]).toMatchObject({ spec: { key: 'heat' }, reason: 'cold-not-helping' });
		expect(plan.items.at(-1)?.spec.key).toBe('cold');
		// Cold that eased the pain does not count against it.
		const eased = [...one, session(at('2024-05-14', 12), { painBefore: 6, painAfter: 4 })];
		expect(keys(e, { sessions: eased })[0]).toBe('position');
	});

	it('with heat first, keeps every other item in its place, cold last, and heat once', () => {
		const missed = (day: string) => [
			session(at(day, 9), { painBefore: 6, painAfter: 6 }),
			session(at(day, 12), { painBefore: 6, painAfter: 7 })
		];
		expect(keys(e, { sessions: missed('2024-05-15') }, '2024-05-15')).toEqual([
			'heat',
			'stretch-lying',
			'walk-3',
			'pain-relief',
			'everyday-early',
			'fluids',
			'check-in',
			'cold'
		]);
		// Easing lists heat already: it moves to the top rather than showing twice.
		const easing = [
			entry('2024-05-14', { pain: 7 }),
			entry('2024-05-15', { pain: 6 }),
			entry('2024-05-16', { pain: 6, spasms: false }),
			entry('2024-05-17', { pain: 5, spasms: false })
		];
		const plan = planFor(EPISODE_PLAN, {
			episode: e,
			entries: easing,
			sessions: missed('2024-05-17'),
			today: '2024-05-17',
			alert: null
		});
		expect(plan.stage).toBe('easing');
		expect(plan.items.map((i) => i.spec.key)).toEqual(['heat', 'walk-3', 'stretch', 'check-in']);
		expect(plan.items[0]?.reason).toBe('cold-not-helping');
	});

	it('suggests a gentler routine when pain was higher after the last one', () => {
		const stretch = (hour: number, before: number, after: number, sourceId = 'flare-day') =>
			session(at('2024-05-15', hour), {
				kind: 'routine',
				activity: 'stretch',
				sourceId,
				title: 'Gentle stretches, lying down',
				painBefore: before,
				painAfter: after
			});
		const plan = planFor(EPISODE_PLAN, {
			episode: e,
			entries: [],
			sessions: [stretch(9, 4, 6)],
			today: '2024-05-15',
			alert: null
		});
		expect(plan.items[1]).toMatchObject({
			spec: { key: 'in-bed' },
			reason: 'pain-higher-after',
			after: 'Gentle stretches, lying down'
		});
		// Pain lower after the latest one: back to the usual stretches.
		expect(keys(e, { sessions: [stretch(9, 4, 6), stretch(15, 5, 3)] }, '2024-05-15')[1]).toBe(
			'stretch-lying'
		);
		// Higher after the kneeling routine: the lying-down stretches already ask less.
		expect(keys(e, { sessions: [stretch(9, 4, 6, 'spasm-relief')] }, '2024-05-15')[1]).toBe(
			'stretch-lying'
		);
		// Higher after the gentler one too: rest and breathe instead.
		expect(keys(e, { sessions: [stretch(9, 4, 6, 'in-bed')] }, '2024-05-15')[1]).toBe(
			'breathe-instead'
		);
		// The same pain after: the usual stretches.
		expect(keys(e, { sessions: [stretch(9, 4, 4)] }, '2024-05-15')[1]).toBe('stretch-lying');
	});

	it('keeps the gentler routine until a later routine is rated, whatever else was rated since', () => {
		const raised = session(at('2024-05-15', 9), {
			kind: 'routine',
			activity: 'stretch',
			sourceId: 'flare-day',
			title: 'Gentle stretches, lying down',
			painBefore: 4,
			painAfter: 6
		});
		// Cold that eased the pain afterwards says nothing about the routine.
		const cold = session(at('2024-05-15', 12), { painBefore: 6, painAfter: 5 });
		expect(keys(e, { sessions: [raised, cold] }, '2024-05-15')[1]).toBe('in-bed');
		// A routine run since but not rated says nothing either.
		const unrated = session(at('2024-05-15', 15), {
			kind: 'routine',
			activity: 'stretch',
			sourceId: 'flare-day'
		});
		expect(keys(e, { sessions: [raised, unrated] }, '2024-05-15')[1]).toBe('in-bed');
	});

	it('puts a warning sign first: an emergency leaves no plan, an urgent sign no stretching or walking', () => {
		const day5 = '2024-05-18';
		const appointment = {
			level: 'appointment',
			reason: { code: 'lasting-spasms', day: 5 }
		} as const;
		const withSign = planFor(EPISODE_PLAN, {
			episode: e,
			entries: [],
			sessions: [],
			today: day5,
			alert: appointment
		});
		expect(withSign.alert).toEqual(appointment);
		expect(withSign.items.map((i) => i.spec.key)).not.toContain('appointment');
		const urgent = { level: 'urgent', reason: { code: 'answered' } } as const;
		expect(keys(e, {}, '2024-05-15', urgent)).toEqual([
			'cold',
			'pain-relief',
			'everyday-early',
			'fluids',
			'check-in'
		]);
		expect(keys(e, {}, '2024-05-14', urgent)).not.toContain('walk-3');
		expect(keys(e, {}, '2024-05-14', { level: 'emergency', reason: { code: 'answered' } })).toEqual(
			[]
		);
	});
});

describe('the walking ladder in the plan', () => {
	const e = startEpisode('e1', at('2024-05-14', 8));
	const today = '2024-05-17';
	/** A walk of the ladder, by its length, on `day`: whole unless `ranMs` says otherwise. */
	const walk = (minutes: 3 | 5 | 10, day: string, ranMs = minutes * 60_000) =>
		session(at(day, 11), {
			kind: minutes === 10 ? 'timer' : 'routine',
			sourceId: { 3: 'short-walk', 5: 'walk-5', 10: 'walk-10' }[minutes],
			activity: 'walk',
			plannedMs: minutes * 60_000,
			activeMs: ranMs,
			completed: ranMs === minutes * 60_000
		});
	const offered = (sessions: SessionRecord[], on = today) =>
		planFor(EPISODE_PLAN, { episode: e, entries: [], sessions, today: on, alert: null }).items.find(
			(i) => i.spec.role === 'walk'
		);

	it.each<[string, SessionRecord[], string]>([
		['a first walk: the first step', [], 'walk-3'],
		['after a 3-minute walk yesterday: 5 minutes', [walk(3, '2024-05-16')], 'walk-5'],
		['after a 5-minute walk yesterday: 10 minutes', [walk(5, '2024-05-16')], 'walk-10'],
		['after a 10-minute walk: 10 minutes again, the top', [walk(10, '2024-05-16')], 'walk-10'],
		[
			'after a 5-minute walk that ran exactly half: it counts, 10 minutes',
			[walk(5, '2024-05-16', 150_000)],
			'walk-10'
		],
		[
			'after a 5-minute walk stopped before half: the 3 before it counts, 5 minutes',
			[walk(3, '2024-05-15'), walk(5, '2024-05-16', 149_000)],
			'walk-5'
		],
		[
			'after a 5-minute walk stopped early, alone: the first step',
			[walk(5, '2024-05-16', 60_000)],
			'walk-3'
		],
		[
			'the longest recent walk counts, not the latest',
			[walk(5, '2024-05-15'), walk(3, '2024-05-16')],
			'walk-10'
		],
		[`a walk ${RECENT_WALK_DAYS} days ago still counts`, [walk(3, '2024-05-14')], 'walk-5'],
		['a walk long ago (before the episode): the first step', [walk(10, '2024-05-01')], 'walk-3'],
		['a walk today does not move the step on', [walk(3, today), walk(5, today)], 'walk-3'],
		['other sessions do not count as walks', [session(at('2024-05-16', 9))], 'walk-3']
	])('%s', (_name, sessions, key) => {
		expect(nextWalk(EPISODE_PLAN.walks, sessions, today)?.key).toBe(key);
		expect(offered(sessions)?.spec.key).toBe(key);
	});

	it('forgets a walk once it is more than a few days old, within one episode', () => {
		const long = startEpisode('e2', at('2024-05-01', 8));
		const sessions = [walk(5, '2024-05-05')];
		const walkOn = (day: string) =>
			planFor(EPISODE_PLAN, {
				episode: long,
				entries: [],
				sessions,
				today: day,
				alert: null
			}).items.find((i) => i.spec.role === 'walk')?.spec.key;
		expect(walkOn('2024-05-06')).toBe('walk-10');
		expect(walkOn('2024-05-08')).toBe('walk-10');
		expect(walkOn('2024-05-09')).toBe('walk-3');
	});

	it('never jumps: one step up from the longest walk, whatever came before it', () => {
		for (const [i, step] of EPISODE_PLAN.walks.entries()) {
			const target = step.target;
			if (target.type !== 'routine' && target.type !== 'program') throw new Error(step.key);
			const done = session(at('2024-05-16', 11), {
				kind: target.type === 'routine' ? 'routine' : 'timer',
				sourceId: target.id
			});
			const next = EPISODE_PLAN.walks[Math.min(i + 1, EPISODE_PLAN.walks.length - 1)];
			expect(nextWalk(EPISODE_PLAN.walks, [done], today)).toBe(next);
		}
	});

	it('ticks the walk for any walk of the ladder today that at least half ran', () => {
		expect(offered([walk(3, '2024-05-16')])?.done).toBe(false);
		expect(offered([walk(3, '2024-05-16'), walk(3, today)])?.done).toBe(true);
		expect(offered([walk(3, '2024-05-16'), walk(10, today)])?.done).toBe(true);
		expect(offered([walk(3, '2024-05-16'), walk(5, today, 60_000)])?.done).toBe(false);
	});

	it('offers the step in every stage with a walk, from the first hours on', () => {
		// Day 1: nothing before today in the episode, so always the first step.
		expect(offered([walk(10, '2024-05-14')], '2024-05-14')?.spec.key).toBe('walk-3');
		// Days 2–3.
		expect(offered([walk(3, '2024-05-14')], '2024-05-15')?.spec.key).toBe('walk-5');
	});
});

describe('the sessions of an episode', () => {
	const e = startEpisode('e1', at('2024-05-14', 8));
	const ids = (sessions: SessionRecord[]) => sessions.map((s) => s.id);

	it('are those from the tap on, oldest first', () => {
		const before = session(at('2024-05-14', 7));
		const atTap = session(at('2024-05-14', 8));
		const noon = session(at('2024-05-14', 12));
		const nextDay = session(at('2024-05-15', 9));
		expect(ids(episodeSessions(e, [nextDay, before, noon, atTap], '2024-05-15'))).toEqual(
			ids([atTap, noon, nextDay])
		);
	});

	it('start on the first day when a check-in with spasms came before the tap', () => {
		const dayBefore = session(at('2024-05-12', 20));
		const sunday = session(at('2024-05-13', 20));
		const earlyMonday = session(at('2024-05-14', 7));
		const entries = [entry('2024-05-13')];
		expect(
			ids(episodeSessions(e, [earlyMonday, dayBefore, sunday], '2024-05-15', entries))
		).toEqual(ids([sunday, earlyMonday]));
	});
});

describe('looking back', () => {
	it('gives the length, the pain change and what was used most', () => {
		const e = endEpisode(startEpisode('e1', at('2024-05-14', 8)), '2024-05-18', 'settled', 0);
		const entries = [
			entry('2024-05-13', { pain: 1, spasms: false }),
			entry('2024-05-14', { pain: 7 }),
			entry('2024-05-18', { pain: 2 })
		];
		const sessions = [
			session(at('2024-05-14', 9)),
			session(at('2024-05-15', 9)),
			session(at('2024-05-15', 10), { title: 'Heat 20', sourceId: 'heat-20', activity: 'heat' }),
			session(at('2024-05-20', 9))
		];
		const s = summarizeEpisode(e, entries, sessions, '2024-06-01');
		expect(s.days).toBe(5);
		expect([s.painFirst, s.painLast]).toEqual([7, 2]);
		expect(s.mostUsed).toEqual([
			{ title: 'Ice 20', count: 2 },
			{ title: 'Heat 20', count: 1 }
		]);
	});

	it('takes the pain from the episode’s own check-ins in date order, and none without any', () => {
		const e = endEpisode(startEpisode('e1', at('2024-05-14', 8)), '2024-05-18', 'settled', 0);
		const entries = [
			entry('2024-05-18', { pain: 2 }),
			entry('2024-05-16', { pain: 5 }),
			entry('2024-05-14', { pain: 7 }),
			entry('2024-05-20', { pain: 4 })
		];
		const s = summarizeEpisode(e, entries, [], '2024-06-01');
		expect([s.painFirst, s.painLast]).toEqual([7, 2]);
		const none = summarizeEpisode(e, [], [], '2024-06-01');
		expect([none.painFirst, none.painLast]).toEqual([null, null]);
	});

	it('names the three things used most, most used first, ties in alphabetical order', () => {
		const e = startEpisode('e1', at('2024-05-14', 8));
		const ran = (title: string, hour: number) => session(at('2024-05-14', hour), { title });
		const sessions = [
			ran('Walk', 9),
			ran('Heat 20', 10),
			ran('Ice 20', 11),
			ran('Heat 20', 12),
			ran('Ice 20', 13),
			ran('Breathe', 14),
			ran('Ice 20', 15),
			ran('Breathe', 16)
		];
		expect(summarizeEpisode(e, [], sessions, '2024-05-14').mostUsed).toEqual([
			{ title: 'Ice 20', count: 3 },
			{ title: 'Breathe', count: 2 },
			{ title: 'Heat 20', count: 2 }
		]);
	});
});

describe('the stage follows the journal', () => {
	// Tapped on Monday 2024-05-13; check-ins from that day on (null: none that day).
	const e = startEpisode('e1', at('2024-05-13', 9));
	const DAYS = ['2024-05-13', '2024-05-14', '2024-05-15', '2024-05-16', '2024-05-17', '2024-05-18'];
	const journal = (pains: (number | null)[], spasmDays: number) =>
		pains.flatMap((pain, i) =>
			pain === null ? [] : [entry(DAYS[i] ?? '', { pain, spasms: i < spasmDays })]
		);
	type Row = [
		what: string,
		pains: (number | null)[],
		spasmDays: number,
		day: number,
		stage: string
	];
	const table: Row[] = [
		['the tester’s journal on day 4', [7, 6, 6, 5], 2, 4, 'easing'],
		['the tester’s journal on day 5', [7, 6, 6, 5, 4], 2, 5, 'easing'],
		['the tester’s journal on day 6, before its check-in', [7, 6, 6, 5, 4], 2, 6, 'easing'],
		['spasms going on into day 4', [7, 7, 6, 6], 4, 4, 'not-easing'],
		['spasms going on, though the pain falls', [7, 6, 5, 4], 4, 4, 'not-easing'],
		['a plateau once the spasms stopped', [6, 6, 6, 6, 6], 2, 5, 'not-easing'],
		['worsening', [4, 5, 6, 7], 1, 4, 'not-easing'],
		['skipped days, pain lower since', [7, null, null, 5], 1, 4, 'easing'],
		['no check-in for three days', [7, 6, null, null, null], 2, 5, 'not-easing'],
		['day 3 is still the next few days', [6, 6, 6], 3, 3, 'early-days'],
		['little pain and no spasms: settling', [7, 5, 3], 1, 3, 'settling']
	];

	it.each(table)('%s', (_, pains, spasmDays, day, stage) => {
		const entries = journal(pains, spasmDays);
		const today = DAYS[day - 1] ?? '';
		const plan = planFor(EPISODE_PLAN, { episode: e, entries, sessions: [], today, alert: null });
		expect(plan.stage).toBe(stage);
		expect(plan.day).toBe(day);
		// Time to have it looked at only while not easing.
		expect(plan.items.some((i) => i.spec.key === 'appointment')).toBe(stage === 'not-easing');
	});

	it('says what eased: pain from the start of its fall, and since when no spasms', () => {
		const plan = planFor(EPISODE_PLAN, {
			episode: e,
			entries: journal([7, 6, 6, 5, 4], 2),
			sessions: [],
			today: '2024-05-17',
			alert: null
		});
		expect(plan.course.painFalling).toEqual({ from: 7, to: 4, since: '2024-05-13' });
		expect(plan.course.spasmsStoppedOn).toBe('2024-05-15');
	});

	it('counts one day for the card, the notice and the report, from the earlier check-in with spasms', () => {
		// Spasms logged on Sunday; "Back just seized?" tapped on Monday.
		const entries = [entry('2024-05-12'), entry('2024-05-13'), entry('2024-05-15')];
		const today = '2024-05-15';
		const plan = planFor(EPISODE_PLAN, { episode: e, entries, sessions: [], today, alert: null });
		expect([plan.day, plan.firstDay, plan.stage]).toEqual([4, '2024-05-12', 'not-easing']);
		expect(episodeDay(e, entries, today)).toBe(4);
		const notice = triageJournal(entries, today, e.startDay).findings[0];
		expect(notice?.reason).toEqual({ code: 'lasting-spasms', day: 4 });
		expect(notice && findingWords(careEn, notice)).toBe(
			'It is day 4, and your latest check-in still logs spasms.'
		);
		const report = episodeReport(e, entries, [], today);
		expect(report.firstDay).toBe('2024-05-12');
		expect(report.days.map((d) => d.day)).toEqual([1, 2, 3, 4]);
		expect(summarizeEpisode(e, entries, [], today)).toMatchObject({
			days: 4,
			firstDay: '2024-05-12'
		});
	});
});

describe('every reason follows the latest data', () => {
	const e = startEpisode('e1', at('2024-05-14', 8));
	const cold = (hour: number, before: number, after: number, over: Partial<SessionRecord> = {}) =>
		session(at('2024-05-14', hour), { painBefore: before, painAfter: after, ...over });
	const heat = (hour: number, before: number, after: number) =>
		cold(hour, before, after, { sourceId: 'heat-20', title: 'Heat 20', activity: 'heat' });
	const first = (sessions: SessionRecord[]) =>
		planFor(EPISODE_PLAN, { episode: e, entries: [], sessions, today: '2024-05-14', alert: null })
			.items[0];

	// [what happened, sessions in order, the first item's key and reason]
	const table: [string, SessionRecord[], string, string | undefined][] = [
		['nothing yet', [], 'position', undefined],
		['cold missed twice', [cold(9, 6, 6), cold(12, 6, 7)], 'heat', 'cold-not-helping'],
		[
			'cold missed twice, then heat helped',
			[cold(9, 6, 6), cold(12, 6, 7), heat(15, 5, 3)],
			'heat',
			'heat-helped'
		],
		[
			'cold missed twice, then cold helped',
			[cold(9, 6, 6), cold(12, 6, 7), cold(15, 6, 4)],
			'position',
			undefined
		],
		[
			'cold missed twice, but one was skipped through in seconds',
			[cold(9, 6, 6), cold(12, 6, 7, { activeMs: 5_000 })],
			'position',
			undefined
		],
		[
			'cold missed twice, then heat did not help either',
			[cold(9, 6, 6), cold(12, 6, 7), heat(15, 5, 5)],
			'heat',
			'cold-not-helping'
		],
		['heat helped, then heat did not', [heat(9, 6, 4), heat(15, 4, 5)], 'position', undefined],
		['heat did not help, twice', [heat(9, 5, 5), heat(15, 5, 6)], 'position', undefined],
		['heat helped, then cold did not', [heat(9, 6, 4), cold(15, 5, 5)], 'heat', 'heat-helped'],
		['heat helped, then cold helped', [heat(9, 6, 4), cold(15, 5, 3)], 'position', undefined],
		[
			'cold twice, rated only before',
			[
				session(at('2024-05-14', 9), { painBefore: 6 }),
				session(at('2024-05-14', 12), { painBefore: 6 })
			],
			'position',
			undefined
		],
		[
			'cold twice, rated only after',
			[
				session(at('2024-05-14', 9), { painAfter: 7 }),
				session(at('2024-05-14', 12), { painAfter: 7 })
			],
			'position',
			undefined
		]
	];

	it.each(table)('%s', (_, sessions, key, reason) => {
		const item = first(sessions);
		expect([item?.spec.key, item?.reason]).toEqual([key, reason]);
	});

	it('gives the pain change with "heat helped"', () => {
		expect(first([heat(9, 5, 3)])).toMatchObject({
			reason: 'heat-helped',
			change: { before: 5, after: 3 }
		});
	});

	it('counts half a session as run: the first of the two halves is not enough by a second', () => {
		expect(ranHalf(session(0, { activeMs: 1_200_000, plannedMs: 2_400_000 }))).toBe(true);
		expect(ranHalf(session(0, { activeMs: 1_199_000, plannedMs: 2_400_000 }))).toBe(false);
		// Untimed steps only (nothing planned): whatever ran is the whole of it.
		expect(ranHalf(session(0, { activeMs: 30_000, plannedMs: 0 }))).toBe(true);
	});
});

describe('gentler means less movement', () => {
	const e = startEpisode('e1', at('2024-05-14', 8));
	const rank = (id: string) => ROUTINES_BY_MOVEMENT.indexOf(id);
	const routineOf = (spec: { target: { type: string; id?: string } }) =>
		spec.target.type === 'routine' ? (spec.target.id ?? '') : null;

	it.each(ROUTINES_BY_MOVEMENT.map((id) => [id]))(
		'after pain went up with %s, no stretch offered asks as much movement or more',
		(after) => {
			const raised = session(at('2024-05-15', 9), {
				kind: 'routine',
				activity: 'stretch',
				sourceId: after,
				title: after,
				painBefore: 3,
				painAfter: 5
			});
			for (const today of ['2024-05-15', '2024-05-20']) {
				const items = planFor(EPISODE_PLAN, {
					episode: e,
					entries: today === '2024-05-20' ? [entry(today, { pain: 2, spasms: false })] : [],
					sessions: [raised],
					today,
					alert: null
				}).items;
				for (const item of items.filter((i) => i.spec.role === 'stretch')) {
					const id = routineOf(item.spec);
					expect(id === null ? -1 : rank(id), item.spec.key).toBeLessThan(rank(after));
				}
				for (const item of items.filter((i) => i.reason === 'pain-higher-after'))
					expect(item.after).toBe(after);
				// Nothing gentler than the gentlest: check the warning signs instead.
				const instead = items.find((i) => i.spec.key === 'check-signs-instead');
				expect(instead !== undefined).toBe(
					rank(after) === 0 && items.some((i) => i.reason === 'no-gentler')
				);
			}
		}
	);

	it('counts the person’s own routine as the most movement: every built-in stretch asks less', () => {
		const own = session(at('2024-05-15', 9), {
			kind: 'routine',
			activity: 'stretch',
			sourceId: 'my-own-routine',
			title: 'My routine',
			painBefore: 3,
			painAfter: 5
		});
		expect(keys(e, { sessions: [own] }, '2024-05-15')).toContain('stretch-lying');
	});

	it('offers the gentler routine with the most movement, in whatever order the book lists them', () => {
		const raised = session(at('2024-05-15', 9), {
			kind: 'routine',
			activity: 'stretch',
			sourceId: 'flare-day',
			title: 'flare-day',
			painBefore: 3,
			painAfter: 5
		});
		const reversed = { ...EPISODE_PLAN, gentler: [...EPISODE_PLAN.gentler].reverse() };
		const items = planFor(reversed, {
			episode: e,
			entries: [],
			sessions: [raised],
			today: '2024-05-15',
			alert: null
		}).items.map((i) => i.spec.key);
		expect(items).toContain('in-bed');
		expect(items).not.toContain('breathe-instead');
	});

	it('offers a gentler routine once, however many stretches it replaces', () => {
		const spec = (key: string) => {
			const found = Object.values(EPISODE_PLAN.stages)
				.flat()
				.find((s) => s.key === key);
			if (!found) throw new Error(`no plan item ${key}`);
			return found;
		};
		const twoStretches = {
			...EPISODE_PLAN,
			stages: { ...EPISODE_PLAN.stages, 'early-days': [spec('stretch-lying'), spec('stretch')] }
		};
		const raised = session(at('2024-05-15', 9), {
			kind: 'routine',
			activity: 'stretch',
			sourceId: 'flare-day',
			title: 'flare-day',
			painBefore: 3,
			painAfter: 5
		});
		// Both ask as much movement as the routine that raised the pain, or more.
		const items = planFor(twoStretches, {
			episode: e,
			entries: [],
			sessions: [raised],
			today: '2024-05-15',
			alert: null
		}).items;
		expect(items.map((i) => i.spec.key)).toEqual(['in-bed']);
	});

	it('offers "In bed" after the stretches, and never "In bed" after "Breathe and let go"', () => {
		const raised = (sourceId: string) =>
			session(at('2024-05-15', 9), {
				kind: 'routine',
				activity: 'stretch',
				sourceId,
				title: sourceId,
				painBefore: 3,
				painAfter: 5
			});
		expect(keys(e, { sessions: [raised('flare-day')] }, '2024-05-15')).toContain('in-bed');
		// From day 4 the kneeling stretches are on the plan; after them, "In bed" too.
		expect(keys(e, { sessions: [raised('spasm-relief')] }, '2024-05-18')).toContain('in-bed');
		const after = keys(e, { sessions: [raised('breathe-and-let-go')] }, '2024-05-15');
		expect(after).not.toContain('in-bed');
		expect(after).not.toContain('breathe-instead');
		expect(after).toContain('check-signs-instead');
	});
});

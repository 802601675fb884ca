// Observations from the user's own records: how pain changed, on average, after each kind of
// session they rated before and after. Worded as what happened, never as advice.
import type { SessionRecord } from './model';

/** Fewer rated sessions than this say too little to report. */
export const MIN_RATED_SESSIONS = 3;

export type TimerActivity = 'ice' | 'heat' | 'relax' | 'walk' | 'contrast';

/** What the sessions were: a timer activity, or a routine by its latest title. */
export type InsightSubject =
	{ kind: 'activity'; activity: TimerActivity } | { kind: 'routine'; title: string };

export interface PainInsight {
	/** 'activity:ice' … or 'routine:<id>'. */
	key: string;
	subject: InsightSubject;
	/** Sessions rated both before and after. */
	sessions: number;
	/** Mean of (after − before), rounded to one decimal; negative means lower pain after. */
	averageChange: number;
}

const ACTIVITY_ORDER: readonly TimerActivity[] = ['ice', 'heat', 'relax', 'walk', 'contrast'];

interface Group {
	key: string;
	subject: InsightSubject;
	order: number;
	changes: number[];
	/** Start time of the newest session, so a routine is named by its latest title. */
	latest: number;
}

/**
 * One insight per timer activity and per routine that has at least `minSessions` sessions
 * rated both before and after. Activities come first in a fixed order, then routines by how
 * often they were rated.
 */
export function painInsights(
	sessions: readonly SessionRecord[],
	minSessions = MIN_RATED_SESSIONS
): PainInsight[] {
	const groups = new Map<string, Group>();
	for (const s of sessions) {
		if (s.painBefore === undefined || s.painAfter === undefined) continue;
		const isRoutine = s.kind === 'routine' || s.activity === 'stretch';
		const activity = s.activity as TimerActivity;
		const key = isRoutine ? `routine:${s.sourceId}` : `activity:${activity}`;
		let group = groups.get(key);
		if (!group) {
			group = {
				key,
				subject: isRoutine ? { kind: 'routine', title: '' } : { kind: 'activity', activity },
				order: isRoutine ? ACTIVITY_ORDER.length : ACTIVITY_ORDER.indexOf(activity),
				changes: [],
				latest: -Infinity
			};
			groups.set(key, group);
		}
		group.changes.push(s.painAfter - s.painBefore);
		if (isRoutine && s.startedAt >= group.latest) {
			group.latest = s.startedAt;
			group.subject = { kind: 'routine', title: s.title };
		}
	}
	return [...groups.values()]
		.filter((g) => g.changes.length >= minSessions)
		.sort(
			(a, b) => a.order - b.order || b.changes.length - a.changes.length || (a.key < b.key ? -1 : 1)
		)
		.map((g) => {
			const mean = g.changes.reduce((sum, c) => sum + c, 0) / g.changes.length;
			// Round half away from zero so a rise and a fall of the same size read the same;
			// `|| 0` turns -0 into plain no change.
			const averageChange = (Math.sign(mean) * Math.round(Math.abs(mean) * 10)) / 10 || 0;
			return {
				key: g.key,
				subject: g.subject,
				sessions: g.changes.length,
				averageChange
			};
		});
}

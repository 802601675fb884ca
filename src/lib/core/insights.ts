// Observations from the user's own records: how pain changed, on average, after each kind of
// session they rated before and after. Worded as what happened, never as advice.
import type { SessionRecord } from './model';

/** Fewer rated sessions than this say too little to report. */
export const MIN_RATED_SESSIONS = 3;

export interface PainInsight {
	/** 'activity:ice' … or 'routine:<id>'. */
	key: string;
	/** What the sessions were, as used in the sentence: "ice", "the Spasm relief routine". */
	label: string;
	/** Sessions rated both before and after. */
	sessions: number;
	/** Mean of (after − before), rounded to one decimal; negative means lower pain after. */
	averageChange: number;
	sentence: string;
}

type TimerActivity = 'ice' | 'heat' | 'relax' | 'walk' | 'contrast';
const ACTIVITY_ORDER: readonly TimerActivity[] = ['ice', 'heat', 'relax', 'walk', 'contrast'];
const ACTIVITY_LABEL: Record<TimerActivity, string> = {
	ice: 'ice',
	heat: 'heat',
	relax: 'rest',
	walk: 'a walk',
	contrast: 'contrast (ice and heat)'
};

function points(n: number): string {
	return `${n} ${n === 1 ? 'point' : 'points'}`;
}

/** "After ice, your pain was on average 1.5 points lower (5 sessions)." */
export function describeChange(label: string, averageChange: number, sessions: number): string {
	const size = Math.abs(averageChange);
	const how =
		size === 0
			? 'about the same as before'
			: `on average ${points(size)} ${averageChange < 0 ? 'lower' : 'higher'}`;
	return `After ${label}, your pain was ${how} (${sessions} sessions).`;
}

interface Group {
	key: string;
	label: string;
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
				label: isRoutine ? '' : ACTIVITY_LABEL[activity],
				order: isRoutine ? ACTIVITY_ORDER.length : ACTIVITY_ORDER.indexOf(activity),
				changes: [],
				latest: -Infinity
			};
			groups.set(key, group);
		}
		group.changes.push(s.painAfter - s.painBefore);
		if (isRoutine && s.startedAt >= group.latest) {
			group.latest = s.startedAt;
			group.label = `the ${s.title} routine`;
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
				label: g.label,
				sessions: g.changes.length,
				averageChange,
				sentence: describeChange(g.label, averageChange, g.changes.length)
			};
		});
}

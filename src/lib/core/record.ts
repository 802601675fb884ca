// Turns a session into the history record kept on the device, and names its main activity.
import type { Plan, Program, SessionRecord, Timeline } from './model';
import { sessionAt } from './timeline';

export type Activity = SessionRecord['activity'];

/** The activity a timer program is mostly about; ice and heat together make contrast therapy. */
export function activityOfProgram(program: Program): Activity {
	return activityOfKinds(program.phases.map((p) => ({ kind: p.kind, ms: p.seconds * 1000 })));
}

/** The same, read from a compiled plan; every routine counts as stretching. */
export function activityOfPlan(plan: Plan): Activity {
	if (plan.source.type === 'routine') return 'stretch';
	return activityOfKinds(plan.segments.map((s) => ({ kind: s.kind, ms: s.durationMs ?? 0 })));
}

function activityOfKinds(parts: { kind: string; ms: number }[]): Activity {
	const total = (kind: string) => parts.reduce((sum, p) => sum + (p.kind === kind ? p.ms : 0), 0);
	const has = (kind: string) => parts.some((p) => p.kind === kind);
	if (has('ice') && has('heat')) return 'contrast';
	if (has('ice')) return 'ice';
	if (has('heat')) return 'heat';
	if (has('exercise')) return 'stretch';
	// Warm-up alone is not an activity of its own; it is resting the skin.
	return has('walk') && total('walk') > total('relax') ? 'walk' : 'relax';
}

/**
 * The record of a session as of `now`; an unfinished one is recorded as ending now. Completed
 * means it finished (ran out, or the user tapped Next on the last step or Finish), not stopped.
 */
export function toRecord(
	timeline: Timeline,
	now: number,
	activity: Activity = activityOfPlan(timeline.plan)
): SessionRecord {
	const view = sessionAt(timeline, now);
	const { source } = timeline.plan;
	const isRoutine = source.type === 'routine' || (source.type === 'demo' && activity === 'stretch');
	return {
		id: timeline.id,
		kind: isRoutine ? 'routine' : 'timer',
		sourceId: source.id,
		title: timeline.plan.title,
		activity,
		startedAt: view.startedAt ?? now,
		endedAt: view.endedAt ?? now,
		activeMs: view.elapsedTotalMs,
		plannedMs: view.plannedTotalMs,
		completedSegments: view.completedSegments,
		totalSegments: timeline.plan.segments.length,
		completed: view.status === 'finished',
		updatedAt: now,
		...(timeline.painBefore === undefined ? {} : { painBefore: timeline.painBefore })
	};
}

/**
 * The record to keep when a session ends, given what may already be stored: the same session
 * recorded by another tab, and the running timeline (which carries a pain rating given in any
 * tab). Ratings and notes already given are never dropped; the new record's figures win.
 */
export function mergeEnded(
	record: SessionRecord,
	stored: { existing?: SessionRecord; timeline?: Timeline }
): SessionRecord {
	const { existing, timeline } = stored;
	const merged: SessionRecord = { ...record };
	const painBefore = record.painBefore ?? timeline?.painBefore ?? existing?.painBefore;
	const painAfter = record.painAfter ?? existing?.painAfter;
	const note = record.note ?? existing?.note;
	if (painBefore !== undefined) merged.painBefore = painBefore;
	if (painAfter !== undefined) merged.painAfter = painAfter;
	if (note !== undefined) merged.note = note;
	return merged;
}

// The walking ladder: one short list of walks by the clock, shortest first, that the guide and the
// episode plan both use. The guide offers the first step; the plan offers the step after the
// longest walk done recently (core/episode.ts decides), one step at a time. Each step is a
// built-in walk (the gentle walk, which says "turn around" halfway), named here by id only, so
// the plan can use the ladder without loading the routines or the timers. What a step's button
// says is in messages/episode (walk.action).

export interface WalkStep {
	minutes: number;
	/** The built-in routine or timer that walks for exactly this long. */
	target: { type: 'routine' | 'program'; id: string };
}

/** The first step: where the guide starts, and the plan after no recent walk. */
export const FIRST_WALK: WalkStep = { minutes: 3, target: { type: 'routine', id: 'short-walk' } };

export const WALK_LADDER: readonly WalkStep[] = [
	FIRST_WALK,
	{ minutes: 5, target: { type: 'routine', id: 'walk-5' } },
	{ minutes: 10, target: { type: 'program', id: 'walk-10' } }
];

/** The address of a step's page: `/routines/<id>` or `/timers/<id>`. */
export function walkHref(step: WalkStep): string {
	return `/${step.target.type === 'routine' ? 'routines' : 'timers'}/${step.target.id}`;
}

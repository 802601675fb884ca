// An episode's plan: what to try at each stage, in the order people usually try it, and the
// replacements the journal can call for. core/episode.ts decides which show and ticks them; the
// routines, timers and guide pages named here are the built-in ones. Each item's words are in
// messages/episode by the item's key (components/today/plan-words.ts joins them).
import type { PlanBook, PlanItemSpec } from '$lib/core/episode';
import { ROUTINES_BY_MOVEMENT } from './routine-movement';
import { FIRST_WALK, WALK_LADDER, type WalkStep } from './walks';

/** Glasses of water logged in a day that tick the fluids item (a count to aim at, not a rule). */
export const WATER_GLASSES = 6;

const spec = (key: string, rest: Omit<PlanItemSpec, 'key'>): PlanItemSpec => ({ key, ...rest });
const routine = (id: string) => ({ type: 'routine', id }) as const;
const program = (id: string) => ({ type: 'program', id }) as const;
const done = (...sourceIds: string[]) => ({ type: 'session', sourceIds }) as const;

// Any of the first-hours routines (from the floor, a bed or sofa, or standing) ticks it.
const position = spec('position', {
	target: routine('first-hours'),
	tick: done('first-hours', 'first-hours-floor', 'first-hours-standing')
});
const cold = spec('cold', { role: 'cold', target: program('ice-20'), tick: done('ice-20') });
const heat = spec('heat', {
	role: 'heat',
	target: program('heat-20'),
	tick: done('heat-20', 'heat-15')
});
const breathe = spec('breathe', {
	target: routine('breathe-and-let-go'),
	tick: done('breathe-and-let-go')
});
// The walking ladder: each stage lists the first step, and the plan offers the step after the
// longest walk done recently (core/episode.ts, nextWalk). Any walk of the ladder ticks it: a
// shorter walk is fine on a day that needs it.
const walkKey = (minutes: number) => `walk-${minutes}`;
const walkSpec = (step: WalkStep): PlanItemSpec =>
	spec(walkKey(step.minutes), {
		role: 'walk',
		target: step.target,
		tick: done(...WALK_LADDER.map((s) => s.target.id))
	});
const walk = walkSpec(FIRST_WALK);
const checkSigns = spec('check-signs', { target: { type: 'red-flags' }, tick: { type: 'none' } });
const fluids = spec('fluids', {
	target: { type: 'guide', slug: 'fluids' },
	tick: { type: 'water', glasses: WATER_GLASSES }
});
const checkIn = spec('check-in', { target: { type: 'check-in' }, tick: { type: 'check-in' } });
// Days 2–3: stretches lying down only (no kneeling, no lying on the front); kneeling stretches,
// with the guided way down and back up, come from day 4 when moving is easier.
const stretchLying = spec('stretch-lying', {
	role: 'stretch',
	target: routine('flare-day'),
	tick: done('flare-day')
});
const stretch = spec('stretch', {
	role: 'stretch',
	target: routine('spasm-relief'),
	tick: done('spasm-relief')
});
const appointment = spec('appointment', {
	role: 'appointment',
	target: { type: 'guide', slug: 'see-a-doctor' },
	tick: { type: 'none' }
});
const mobility = spec('mobility', {
	role: 'stretch',
	target: routine('morning-mobility'),
	tick: done('morning-mobility')
});
const walkAndStretch = spec('walk-and-stretch', {
	target: routine('walk-and-stretch'),
	tick: done('walk-and-stretch')
});
const everyday = spec('everyday', {
	target: { type: 'guide', slug: 'everyday-moves' },
	tick: { type: 'none' }
});

// From Day 1: coughing, the toilet, dressing and the car are part of every day from the start.
const everydayEarly = spec('everyday-early', {
	target: { type: 'guide', slug: 'everyday-moves' },
	tick: { type: 'none' }
});
const painRelief = spec('pain-relief', {
	target: { type: 'guide', slug: 'pain-relief' },
	tick: { type: 'none' }
});

const inBed = spec('in-bed', { role: 'stretch', target: routine('in-bed'), tick: done('in-bed') });
const breatheInstead = spec('breathe-instead', {
	role: 'stretch',
	target: routine('breathe-and-let-go'),
	tick: done('breathe-and-let-go')
});

export const EPISODE_PLAN: PlanBook = {
	stages: {
		'first-hours': [
			position,
			checkSigns,
			cold,
			breathe,
			walk,
			painRelief,
			everydayEarly,
			fluids,
			checkIn
		],
		// Heat comes in only when cold has not helped (or heat has): not as a second task.
		'early-days': [cold, stretchLying, walk, painRelief, everydayEarly, fluids, checkIn],
		easing: [walk, stretch, heat, checkIn],
		'not-easing': [appointment, walk, stretch, heat, checkIn],
		settling: [mobility, walkAndStretch, everyday, checkIn]
	},
	heat,
	walks: WALK_LADDER.map(walkSpec),
	movement: ROUTINES_BY_MOVEMENT,
	// The plan offers the one with the most movement that is still less than the routine after
	// which pain went up: lying in bed, then breathing alone.
	gentler: [inBed, breatheInstead],
	noGentler: { ...checkSigns, key: 'check-signs-instead' }
};

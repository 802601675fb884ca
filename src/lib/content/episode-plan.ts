// The words of an episode's plan: what to try at each stage, in the order people usually try it,
// and the replacements the journal can call for. core/episode.ts decides which show and ticks
// them; the routines, timers and guide pages named here are the built-in ones.
import { levelWords } from './care-levels';
import type { EpisodeStage, PlanBook, PlanItem, PlanItemSpec } from '$lib/core/episode';
import type { Course, LookReason } from '$lib/core/episode-course';
import { ROUTINES_BY_MOVEMENT } from './routine-movement';
import { FIRST_WALK, WALK_LADDER, walkLabel, type WalkStep } from './walks';

/** Glasses of water logged in a day that tick the fluids item (a count to aim at, not a rule). */
export const WATER_GLASSES = 6;

export interface PlanItemText {
	title: string;
	text: string;
	/** What the button says. */
	action: string;
}

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

export const PLAN_TEXT: Record<string, PlanItemText> = {
	position: {
		title: 'Get into an easy resting position',
		text: 'A guided way into an easy position from where you are, then rest and slow breathing.',
		action: 'Start'
	},
	'check-signs': {
		title: 'Check the warning signs',
		text: 'A few yes-or-no questions: they say if anything needs a doctor, and how soon.',
		action: 'Check the signs'
	},
	cold: {
		title: 'Cold for 20 minutes',
		text: 'An ice pack wrapped in a cloth, then 20 minutes off to let the skin warm up.',
		action: 'Start Ice 20'
	},
	heat: {
		title: 'Heat for 20 minutes',
		text: 'Warmth can relax tight muscles when cold has not helped. Use a cloth, and do not fall asleep on it.',
		action: 'Start Heat 20'
	},
	breathe: {
		title: 'A calm breathing session',
		text: 'Slow breaths, lying down, to let the muscles let go.',
		action: 'Start'
	},
	...Object.fromEntries(
		WALK_LADDER.map((step, i) => {
			const before = WALK_LADDER[i - 1];
			const words: PlanItemText = {
				title: before
					? `Walk for ${step.minutes} minutes`
					: `Walk for ${step.minutes} minutes, when you can`,
				text: before
					? `A little longer than the ${before.minutes}-minute walk, however slowly. If that is too much today, the shorter walk is fine.`
					: 'However slowly: out for half the time, then back. Stop if the pain gets sharp.',
				action: walkLabel(step)
			};
			return [walkKey(step.minutes), words];
		})
	),
	fluids: {
		title: 'Drink a little more water than usual',
		text: `A little more than you usually drink, sipped through the day. Logging ${WATER_GLASSES} glasses in the check-in below ticks this off for today. If a doctor has told you to limit fluids, follow that advice.`,
		action: 'Why water'
	},
	'check-in': {
		title: 'Check in once today',
		text: 'Pain, spasms and anything else: it shows how things change.',
		action: 'Go to check-in'
	},
	'stretch-lying': {
		title: 'Gentle stretches, lying down',
		text: 'Small, slow movements on your back or side, with plenty of rest. Stop if anything hurts sharply.',
		action: 'Start'
	},
	stretch: {
		title: 'Gentle stretches',
		text: "Built around child's pose. Move slowly; stop if anything hurts sharply.",
		action: 'Start'
	},
	appointment: {
		title: levelWords.appointment.title,
		text: 'Spasms or pain that last more than three days without easing are worth having checked. Keep gently active meanwhile.',
		action: 'When to get help'
	},
	mobility: {
		title: 'Gentle mobility',
		text: 'Easy moves to get the back used to its usual range again.',
		action: 'Start'
	},
	'walk-and-stretch': {
		title: 'A walk with a few stretches',
		text: 'Back towards your normal day, a step at a time.',
		action: 'Start'
	},
	'pain-relief': {
		title: 'Pain relief, if you use it',
		text: 'An over-the-counter pain reliever can ease pain and inflammation: follow the label, and ask a pharmacist first if you are pregnant, have other conditions or take other medicines.',
		action: 'About pain relief'
	},
	'everyday-early': {
		title: 'Everyday moves with less strain',
		text: 'Coughing, the toilet, dressing and getting in a car: small changes that spare your back.',
		action: 'Everyday moves'
	},
	everyday: {
		title: 'Back to everyday things',
		text: 'Return to your usual activities gradually. Some discomfort that settles is fine.',
		action: 'Everyday moves'
	},
	'in-bed': {
		title: 'A gentler routine, all lying down',
		text: 'Small movements in bed, with plenty of rest between them.',
		action: 'Start'
	},
	'breathe-instead': {
		title: 'Rest and breathe instead',
		text: 'No stretching for now: slow breaths, lying down.',
		action: 'Start'
	},
	'check-signs-instead': {
		title: 'Check the warning signs',
		text: 'No routine for now. A few yes-or-no questions say if anything needs a doctor, and how soon.',
		action: 'Check the signs'
	}
};

export const STAGE_TITLE: Record<EpisodeStage, string> = {
	'first-hours': 'The first hours',
	'early-days': 'The next few days',
	easing: 'Easing',
	'not-easing': 'Not easing yet',
	settling: 'Settling down'
};

export const STAGE_TEXT: Record<Exclude<EpisodeStage, 'not-easing'>, string> = {
	'first-hours': 'Rest a little, then move gently. Most spasms ease with home care.',
	'early-days': 'Keep gently active. Long rest in bed slows recovery.',
	easing: 'Keep gently active, a little more each day.',
	settling: 'Things look calmer. Ease back into your usual day.'
};

/** Not easing from day four: why it is time to have it looked at, as the journal shows it. */
export const LOOK_TEXT: Record<LookReason, string> = {
	spasms: 'The spasms have gone on for more than three days, so it is time to have them looked at.',
	pain: 'Your check-ins do not show the pain easing after more than three days, so it is time to have it looked at.',
	'no-news':
		'It is more than three days since it started. If it has not eased, it is time to have it looked at; a check-in today shows how it is going.'
};

/** The stage's sentence under "Day N". */
export function stageText(stage: EpisodeStage, course: Course): string {
	if (stage !== 'not-easing') return STAGE_TEXT[stage];
	return LOOK_TEXT[course.lookAt ?? 'no-news'];
}

/**
 * What the journal shows easing, said plainly: "Easing: pain 7 → 4 since Monday", "Easing: no
 * spasms logged since Wednesday". `dayName` names a day ("today", a weekday within the last
 * week). While it is time to have it looked at, the facts alone, without "Easing". Null when
 * nothing shows it easing.
 */
export function easingText(course: Course, dayName: (day: string) => string): string | null {
	const parts: string[] = [];
	const pain = course.painFalling;
	if (pain) parts.push(`pain ${pain.from} → ${pain.to} since ${dayName(pain.since)}`);
	if (course.spasmsStoppedOn) {
		const since = dayName(course.spasmsStoppedOn);
		parts.push(since === 'today' ? 'no spasms logged today' : `no spasms logged since ${since}`);
	}
	if (parts.length === 0) return null;
	const text = parts.join('; ');
	return course.lookAt === null
		? `Easing: ${text}.`
		: `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Why an item is on the list, or moved up it. */
export function reasonText(item: Pick<PlanItem, 'reason' | 'after' | 'change'>): string {
	const after = item.after ?? 'your last routine';
	switch (item.reason) {
		case 'cold-not-helping':
			return 'Cold did not ease the pain on two sessions, so try warmth now.';
		case 'heat-helped':
			return item.change
				? `Heat eased the pain last time (${item.change.before}, then ${item.change.after} out of 10).`
				: 'Heat eased the pain last time.';
		case 'pain-higher-after':
			return `Pain was higher after ${after}, so try this gentler one.`;
		case 'no-gentler':
			return `Pain was higher after ${after}, which asks very little movement, so check the warning signs before any routine.`;
		default:
			return '';
	}
}

export const END_QUESTION = {
	title: 'A week without spasms',
	text: 'Has your back settled? If it has, Limber closes this episode and keeps it in History.',
	yes: 'Yes, it has settled',
	notYet: 'Not yet'
};

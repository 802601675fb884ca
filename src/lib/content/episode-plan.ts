// The words of an episode's plan: what to try at each stage, in the order people usually try it,
// and the replacements the journal can call for. core/episode.ts decides which show and ticks
// them; the routines, timers and guide pages named here are the built-in ones.
import { levelWords } from './care-levels';
import type { EpisodeStage, PlanBook, PlanItemSpec, PlanReason } from '$lib/core/episode';
import type { SignQuestion } from '$lib/core/episode-report';
import { checkInWords } from './check-in';
import { severeShort } from './check-in-summary';

/** Glasses of water that tick the fluids item (a little more than usual, through the day). */
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

const position = spec('position', { target: routine('first-hours'), tick: done('first-hours') });
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
const shortWalk = spec('short-walk', {
	role: 'walk',
	target: routine('short-walk'),
	tick: done('short-walk')
});
const walk = spec('walk', {
	role: 'walk',
	target: program('walk-10'),
	tick: done('walk-10', 'short-walk')
});
const checkSigns = spec('check-signs', { target: { type: 'red-flags' }, tick: { type: 'none' } });
const fluids = spec('fluids', {
	target: { type: 'guide', slug: 'fluids' },
	tick: { type: 'water', glasses: WATER_GLASSES }
});
const checkIn = spec('check-in', { target: { type: 'check-in' }, tick: { type: 'check-in' } });
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

const inBed = spec('in-bed', { role: 'stretch', target: routine('in-bed'), tick: done('in-bed') });
const breatheInstead = spec('breathe-instead', {
	role: 'stretch',
	target: routine('breathe-and-let-go'),
	tick: done('breathe-and-let-go')
});

export const EPISODE_PLAN: PlanBook = {
	stages: {
		'first-hours': [position, checkSigns, cold, breathe, shortWalk, fluids, checkIn],
		'early-days': [cold, heat, stretch, walk, fluids, checkIn],
		'not-easing': [appointment, walk, stretch, heat, checkIn],
		settling: [mobility, walkAndStretch, everyday, checkIn]
	},
	heat,
	// Lying down is gentler than kneeling; breathing alone is gentler than that.
	gentlerThan: (sourceId) => (sourceId === 'in-bed' ? breatheInstead : inBed)
};

export const PLAN_TEXT: Record<string, PlanItemText> = {
	position: {
		title: 'Get into an easy resting position',
		text: 'A slow, guided way down, a short rest, and back up again.',
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
	'short-walk': {
		title: 'A short, gentle walk when you can',
		text: 'Three minutes, slowly. Stop if the pain gets sharp.',
		action: 'Start'
	},
	walk: {
		title: 'A walk a little longer than yesterday',
		text: 'Ten easy minutes, or less if that is enough for today.',
		action: 'Start Walk 10'
	},
	fluids: {
		title: 'Drink a little more water than usual',
		text: `Count your glasses in the check-in below; ${WATER_GLASSES} ticks this off. If a doctor has told you to limit fluids, follow that advice.`,
		action: 'Why water'
	},
	'check-in': {
		title: 'Check in once today',
		text: 'Pain, spasms and anything else: it shows how things change.',
		action: 'Go to check-in'
	},
	stretch: {
		title: 'Gentle stretches',
		text: "Built around child's pose. Move slowly; stop if anything hurts sharply.",
		action: 'Start'
	},
	appointment: {
		title: levelWords.appointment.title,
		text: 'Spasms that last more than three days without easing are worth having checked. Keep gently active meanwhile.',
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
	}
};

export const STAGE_TITLE: Record<EpisodeStage, string> = {
	'first-hours': 'The first hours',
	'early-days': 'The next few days',
	'not-easing': 'Not easing yet',
	settling: 'Settling down'
};

export const STAGE_TEXT: Record<EpisodeStage, string> = {
	'first-hours': 'Rest a little, then move gently. Most spasms ease with home care.',
	'early-days': 'Keep gently active. Long rest in bed slows recovery.',
	'not-easing': 'It has been more than three days, so it is time to have it looked at.',
	settling: 'Things look calmer. Ease back into your usual day.'
};

/** Why an item moved up the list. */
export function reasonText(reason: PlanReason, after?: string): string {
	return reason === 'cold-not-helping'
		? 'Cold did not ease the pain on two sessions, so try warmth now.'
		: `Pain was higher after ${after ?? 'your last routine'}, so try this gentler one.`;
}

export const END_QUESTION = {
	title: 'A week without spasms',
	text: 'Has your back settled? If it has, Limber closes this episode and keeps it in History.',
	yes: 'Yes, it has settled',
	notYet: 'Not yet'
};

export const REPORT_TEXT = {
	intro:
		'One page to show a doctor or physiotherapist: your check-ins, pain and what you tried during a spasm episode. It is made on this device and sent nowhere; print it, or save it as a PDF from the print dialog.',
	none: 'There is no episode yet. One starts when you tap "Back just seized?" on Today or log spasms in the daily check-in.',
	title: 'Lower-back spasm episode',
	signsIntro: 'The warning-sign questions of the daily check-in, as they were answered:',
	/** Each question as the report names it, in the check-in's words. */
	signQuestion: (q: SignQuestion): string =>
		q === 'bladder-bowel'
			? 'New bladder or bowel trouble'
			: q === 'severe'
				? severeShort.charAt(0).toUpperCase() + severeShort.slice(1)
				: `Numbness or tingling: ${(checkInWords.numbnessPlaces.find(([p]) => p === q)?.[1] ?? '').toLowerCase()}`,
	/** The answer: "no, on all 5 check-ins", "yes on 12 May; no on 4 check-ins", "not asked". */
	signAnswer: (yesDays: string[], no: number): string => {
		const checkIns = (n: number) => `${n} ${n === 1 ? 'check-in' : 'check-ins'}`;
		if (yesDays.length === 0)
			return no === 0
				? 'not asked'
				: no === 1
					? 'no, on the 1 check-in'
					: `no, on all ${no} check-ins`;
		const yes = `yes on ${yesDays.join(', ')}`;
		return no === 0 ? yes : `${yes}; no on ${checkIns(no)}`;
	},
	unplaced: (days: string[]) =>
		`Numbness or tingling with no place noted (logged before the check-in asked where): ${days.join(', ')}.`,
	noneTried: 'No sessions were recorded during this episode.',
	footer:
		'Made with Limber from the person’s own records. Limber gives general self-care information, not a diagnosis.'
};

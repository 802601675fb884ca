// Built-in ice, heat, rest and walk timer presets, with the safety notes and time limits they show.
import type { PhaseKind, Program } from '$lib/core/model';

const MIN = 60;

/** Cold and heat can harm skin that cannot feel them properly; shown once in the safety notes of every timer with cold or heat. */
export const POOR_FEELING =
	'Do not use cold or heat on skin with poor feeling (numbness, diabetes, poor circulation) or on broken skin.';

export const builtInPrograms: Program[] = [
	{
		id: 'ice-20',
		title: 'Ice, 20 minutes',
		purpose: `One round: cold for 20 minutes, then the pack off for 20 minutes while the skin warms back up. Wrap the pack in a cloth and never put it straight on the skin. If the spasm comes back, go again after a couple of hours.`,
		phases: [
			{ kind: 'ice', seconds: 20 * MIN },
			{ kind: 'warm-up', seconds: 20 * MIN }
		],
		rounds: 1
	},
	{
		id: 'heat-15',
		title: 'Heat, 15 minutes',
		purpose: `A shorter spell of warmth for tense, tired muscles. Keep a towel or cover between the heat and your skin, and never fall asleep on a heating pad.`,
		phases: [{ kind: 'heat', seconds: 15 * MIN }],
		rounds: 1
	},
	{
		id: 'heat-20',
		title: 'Heat, 20 minutes',
		purpose: `Warmth to relax tense, overworked muscles, for when cold has not helped. Keep a towel or cover between the heat and your skin, and never fall asleep on a heating pad.`,
		phases: [{ kind: 'heat', seconds: 20 * MIN }],
		rounds: 1
	},
	{
		id: 'rest-10',
		title: 'Rest, 10 minutes',
		purpose:
			'Sit or lie down somewhere quiet and let your back muscles stop working. Lying on your back with knees bent suits many people.',
		phases: [{ kind: 'relax', seconds: 10 * MIN }],
		rounds: 1
	},
	{
		id: 'rest-20',
		title: 'Rest, 20 minutes',
		purpose:
			'A longer quiet rest, lying or sitting in whatever position eases the pain. Get up slowly when it ends.',
		phases: [{ kind: 'relax', seconds: 20 * MIN }],
		rounds: 1
	},
	{
		id: 'walk-10',
		title: 'Gentle walk, 10 minutes',
		purpose:
			'An easy walk for when long sitting or too little movement is the cause. Turn around at the halfway point so you finish where you started. If a cramp starts, stop and stretch.',
		phases: [{ kind: 'walk', seconds: 10 * MIN }],
		rounds: 1
	}
];

const byId = new Map(builtInPrograms.map((p) => [p.id, p]));

/** The built-in timer preset with this id, if there is one. */
export function programById(id: string): Program | undefined {
	return byId.get(id);
}

/** The one-line safety reminder shown with each kind of phase. */
export const safetyNotes: Record<PhaseKind, string> = {
	ice: 'Wrap the pack in a cloth. Never put ice straight on your skin.',
	'warm-up': 'Pack off. Let your skin warm back up and check that it looks normal.',
	heat: 'Keep a cloth between the heat and your skin, and never fall asleep on a heating pad.',
	relax: 'Rest in whatever position eases the pain, and get up slowly afterwards.',
	walk: 'Walk at an easy pace. If a cramp starts, stop and stretch gently.'
};

/** After a finished timer: when it is worth going again, and the reminder Limber can set for it. */
export const repeatReminders: Record<
	string,
	{ afterMinutes: number; title: string; text: string; alarm: string }
> = {
	'ice-20': {
		afterMinutes: 120,
		title: 'Ice again in two hours?',
		text: 'If the spasm comes back, another 20 minutes of cold can help after a break of about two hours. A calendar alarm can remind you, even with Limber closed.',
		alarm: 'Is the spasm back? Ice again for 20 minutes (Limber)'
	}
};

/** How long each kind of phase is commonly advised to last, and what to say when a user sets longer. */
export const adviseLimits: Record<PhaseKind, { maxSeconds: number; message: string }> = {
	ice: {
		maxSeconds: 20 * MIN,
		message:
			'Cold is usually advised for up to 20 minutes at a time. A shorter spell, then a break for your skin, is kinder.'
	},
	'warm-up': {
		maxSeconds: 60 * MIN,
		message:
			'A long break is fine. Put the cold back on only if the spasm returns, and check your skin first.'
	},
	heat: {
		maxSeconds: 20 * MIN,
		message:
			'Heat is usually advised for up to 20 minutes at a time. Check your skin, and never fall asleep on a heating pad.'
	},
	relax: {
		maxSeconds: 30 * MIN,
		message:
			'Rest helps, but long spells of lying still can leave the back stiffer. Get up and move gently when you can.'
	},
	walk: {
		maxSeconds: 30 * MIN,
		message:
			'Short, easy walks are kinder while your back settles. You can always walk again later.'
	}
};

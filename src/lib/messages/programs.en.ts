// The built-in timer presets' titles and descriptions, and the safety words every timer shows:
// a reminder for each kind of phase, the note for skin with poor feeling, the advice when a phase
// runs longer than is commonly advised, and the reminder to go again. English gives the shape;
// the content keeps each preset's phases and limits under the same id (content/programs.ts).
import type { ProgramId } from '$lib/core/builtin-ids';

/** A built-in timer's words: its title and what it is for. */
export interface ProgramText {
	title: string;
	purpose: string;
}

const en = {
	programs: {
		'ice-20': {
			title: 'Ice, 20 minutes',
			purpose:
				'One round: cold for 20 minutes, then the pack off for 20 minutes while the skin warms back up. Wrap the pack in a cloth and never put it straight on the skin. If the spasm comes back, go again after a couple of hours.'
		},
		'heat-15': {
			title: 'Heat, 15 minutes',
			purpose:
				'A shorter spell of warmth for tense, tired muscles. Keep a towel or cover between the heat and your skin, and never fall asleep on a heating pad.'
		},
		'heat-20': {
			title: 'Heat, 20 minutes',
			purpose:
				'Warmth to relax tense, overworked muscles, for when cold has not helped. Keep a towel or cover between the heat and your skin, and never fall asleep on a heating pad.'
		},
		'rest-10': {
			title: 'Rest, 10 minutes',
			purpose:
				'Sit or lie down somewhere quiet and let your back muscles stop working. Lying on your back with knees bent suits many people.'
		},
		'rest-20': {
			title: 'Rest, 20 minutes',
			purpose:
				'A longer quiet rest, lying or sitting in whatever position eases the pain. Get up slowly when it ends.'
		},
		'walk-10': {
			title: 'Gentle walk, 10 minutes',
			purpose:
				'An easy walk for when long sitting or too little movement is the cause. Turn around at the halfway point so you finish where you started. If a cramp starts, stop and stretch.'
		}
	} satisfies Record<ProgramId, ProgramText>,
	/** Cold and heat can harm skin that cannot feel them properly; shown once in the safety notes of every timer with cold or heat. */
	poorFeeling:
		'Do not use cold or heat on skin with poor feeling (numbness, diabetes, poor circulation) or on broken skin.',
	/** The one-line safety reminder shown with each kind of phase. */
	safetyNotes: {
		ice: 'Wrap the pack in a cloth. Never put ice straight on your skin.',
		'warm-up': 'Pack off. Let your skin warm back up and check that it looks normal.',
		heat: 'Keep a cloth between the heat and your skin, and never fall asleep on a heating pad.',
		relax: 'Rest in whatever position eases the pain, and get up slowly afterwards.',
		walk: 'Walk at an easy pace. If a cramp starts, stop and stretch gently.'
	},
	/** What to say when a phase is set longer than is commonly advised (content/programs.ts has the limits). */
	adviseLimits: {
		ice: 'Cold is usually advised for up to 20 minutes at a time. A shorter spell, then a break for your skin, is kinder.',
		'warm-up':
			'A long break is fine. Put the cold back on only if the spasm returns, and check your skin first.',
		heat: 'Heat is usually advised for up to 20 minutes at a time. Check your skin, and never fall asleep on a heating pad.',
		relax:
			'Rest helps, but long spells of lying still can leave the back stiffer. Get up and move gently when you can.',
		walk: 'Short, easy walks are kinder while your back settles. You can always walk again later.'
	},
	/** After a finished timer: when it is worth going again, and the calendar alarm for it. */
	repeatReminders: {
		'ice-20': {
			title: 'Ice again in two hours?',
			text: 'If the spasm comes back, another 20 minutes of cold can help after a break of about two hours. A calendar alarm can remind you, even with Limber closed.',
			alarm: 'Is the spasm back? Ice again for 20 minutes (Limber)'
		}
	}
};

export default en;

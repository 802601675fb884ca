// The self-care guide: topics in the order people usually try them, and the disclaimer. When to
// get help is worded once, in care-levels.ts; its topic here is built from those words.

export interface GuideTopic {
	/** Stable, used in the topic's address. */
	slug: string;
	title: string;
	summary: string;
	sections: { heading?: string; paragraphs: string[]; bullets?: string[] }[];
	/** The one thing to do next, e.g. start the matching timer or routine. */
	action?: { label: string; href: string };
}

import { SIGN_LEVEL, SIGNS, type ActiveLevel } from '$lib/core/triage';
import { levelWords, signWords } from './care-levels';

export { disclaimer } from './disclaimer';

/** Two sections per level of care: the signs that call for it, then what to do. */
function levelSections(level: ActiveLevel): GuideTopic['sections'] {
	const words = levelWords[level];
	const bullets = SIGNS.filter((sign) => SIGN_LEVEL[sign] === level).map((sign) => {
		const label = signWords[sign].label;
		return label.charAt(0).toUpperCase() + label.slice(1);
	});
	return [{ heading: words.title, paragraphs: [words.who], bullets }, { paragraphs: words.steps }];
}

export const guideTopics: GuideTopic[] = [
	{
		slug: 'what-is-a-spasm',
		title: 'What is a back spasm?',
		summary:
			'A sudden tightening of the muscles in the lower back that you did not choose. Most ease with home care.',
		sections: [
			{
				paragraphs: [
					'A spasm is a muscle tightening on its own. In the lower back it can feel like a hard knot, a cramp or a grip that will not let go, and it can be uncomfortable or quite painful.',
					'Left alone, a spasm can lead to cramps, a pulled muscle or longer-lasting back pain. A spasm low in the back can also press on the sciatic nerve, which can make walking or moving hard.'
				]
			},
			{
				heading: 'Common causes',
				paragraphs: ['Often there is more than one:'],
				bullets: [
					'Tired or overworked muscles',
					'Staying in one position for a long time, such as long sitting or slouching',
					'Not drinking enough',
					"Too little of the body's electrolytes, the salts and minerals muscles need",
					'Stretching too far',
					'An earlier back injury',
					'Some long-term illnesses'
				]
			},
			{
				heading: 'The good news',
				paragraphs: [
					'Most spasms respond to home care: rest, cold or heat, fluids, gentle movement and stretching. This guide takes you through each one, in the order people usually try them.'
				]
			}
		],
		action: { label: 'Start the spasm relief routine', href: '/routines/spasm-relief' }
	},
	{
		slug: 'rest',
		title: 'Rest',
		summary: 'Sit or lie down somewhere quiet and let the muscles stop working.',
		sections: [
			{
				paragraphs: [
					'The first step is the simplest: stop, and give the tight muscles a break.',
					'Find a quiet place to sit or lie down. Many people find it easiest to lie on their back with knees bent and feet flat, or on their side with a pillow between the knees.',
					'Short rests help most. Long spells of lying still can leave the back stiffer, so get up and move gently when you can.'
				]
			}
		],
		action: { label: 'Start a 10-minute rest', href: '/timers/rest-10' }
	},
	{
		slug: 'cold',
		title: 'Cold',
		summary: 'An ice pack for 20 minutes, then time off while the skin warms back up.',
		sections: [
			{
				paragraphs: [
					'Cold can calm a spasm. Hold an ice pack on the sore area for about 20 minutes, then take it off and let the area warm back up. If the spasm comes back, you can repeat.',
					'Cold does not help everyone. If it does not help you, try heat instead.'
				]
			},
			{
				heading: 'Using cold safely',
				paragraphs: [],
				bullets: [
					'Wrap the pack in a thin cloth or towel.',
					'Never put ice straight on bare skin.',
					'Check your skin between rounds. If it looks unusual or stays numb, leave the pack off.'
				]
			}
		],
		action: { label: 'Start the ice timer', href: '/timers/ice-20' }
	},
	{
		slug: 'heat',
		title: 'Heat',
		summary: 'When cold does not help, warmth can relax tense, overworked muscles.',
		sections: [
			{
				paragraphs: [
					'Warmth helps tense, tired muscles let go. A heating pad, a hot water bottle or a warm bath or shower can all help.',
					'About 20 minutes at a time is plenty.'
				]
			},
			{
				heading: 'Using heat safely',
				paragraphs: [],
				bullets: [
					'Keep a towel or cover between the heat and your skin.',
					'Warm is enough; it should never feel hot on the skin.',
					'Never fall asleep on a heating pad or with a hot water bottle.',
					'Check your skin afterwards.'
				]
			}
		],
		action: { label: 'Start the heat timer', href: '/timers/heat-20' }
	},
	{
		slug: 'fluids',
		title: 'Fluids and electrolytes',
		summary: 'Drinking more can help when not having enough water or salts is part of the cause.',
		sections: [
			{
				paragraphs: [
					"Muscles need water and electrolytes, the body's salts and minerals, to work smoothly. When you are low on either, they can cramp or spasm more easily.",
					'Drink more water than usual through the day. Bananas, or an electrolyte drink, can help where electrolytes are low.',
					'This helps only when dehydration is part of the cause, and it takes a while to work, so keep using the other steps too.'
				]
			}
		],
		action: { label: "Log water in today's check-in", href: '/#check-in' }
	},
	{
		slug: 'movement',
		title: 'Gentle movement',
		summary: 'If long sitting or too little movement is the cause, an easy walk can help.',
		sections: [
			{
				paragraphs: [
					'When a spasm comes from sitting or keeping still for too long, gentle movement gets the muscles working again.',
					'Try a short, easy walk, or a few flights of stairs at a slow pace. If a cramp starts, stop and stretch gently.',
					'If lack of movement is not the cause, gentle stretching is usually a better choice than exercise.'
				]
			}
		],
		action: { label: 'Start a 10-minute walk', href: '/timers/walk-10' }
	},
	{
		slug: 'stretching',
		title: 'Stretching',
		summary: 'Gentle back stretches help, whatever the cause.',
		sections: [
			{
				paragraphs: [
					'Gentle stretching can help a spasm let go and stop it from lasting. Over time it also helps flexibility, posture and strength.',
					"Child's pose is a good place to start: kneel, sink your hips back toward your heels and rest your chest on your thighs."
				]
			},
			{
				heading: 'Stretch kindly',
				paragraphs: [],
				bullets: [
					'Move slowly and keep breathing.',
					'Stretch to a gentle pull, never into pain.',
					'Stop any stretch that causes sharp pain, numbness or tingling.',
					'On a bad day, do less: the flare day routine is done entirely lying down.'
				]
			}
		],
		action: { label: 'Start the spasm relief routine', href: '/routines/spasm-relief' }
	},
	{
		slug: 'pain-relief',
		title: 'Pain relief',
		summary: 'An over-the-counter anti-inflammatory pain reliever can ease pain and inflammation.',
		sections: [
			{
				paragraphs: [
					'Some pain relievers you can buy without a prescription reduce inflammation as well as pain. Easing the pain can make it easier to rest, move and stretch.',
					'Limber does not recommend a particular medicine or dose.'
				]
			},
			{
				heading: 'Before you take anything',
				paragraphs: [],
				bullets: [
					'Read the label and follow it.',
					'Ask a pharmacist which product suits you, especially if you take other medicines or have a health condition.',
					'Never take more than the label says.'
				]
			},
			{
				paragraphs: [
					"Note your pain in today's check-in, so you can see whether it is easing from one day to the next."
				]
			}
		],
		action: { label: "Note your pain in today's check-in", href: '/#check-in' }
	},
	{
		slug: 'see-a-doctor',
		title: 'When to get help',
		summary:
			'Most spasms settle with home care. A few signs mean getting help: some at once, some the same day, some within days.',
		sections: [
			...levelSections('emergency'),
			...levelSections('urgent'),
			...levelSections('appointment'),
			{
				paragraphs: [
					'If your spasms stop within a day, a visit is usually not needed.',
					'Limber gives general self-care information, not a diagnosis. If you are unsure, get help.'
				]
			}
		],
		action: { label: 'Check the warning signs', href: '/red-flags' }
	}
];

const bySlug = new Map(guideTopics.map((t) => [t.slug, t]));

/** The guide topic with this slug, if there is one. */
export function guideTopicBySlug(slug: string): GuideTopic | undefined {
	return bySlug.get(slug);
}

/** The topics before and after this one, for reading the guide in order. */
export function adjacentTopics(slug: string): { previous?: GuideTopic; next?: GuideTopic } {
	const index = guideTopics.findIndex((t) => t.slug === slug);
	if (index < 0) return {};
	return { previous: guideTopics[index - 1], next: guideTopics[index + 1] };
}

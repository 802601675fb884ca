// The self-care guide: topics in the order people usually try them, the red flags and the disclaimer.

export interface GuideTopic {
	/** Stable, used in the topic's address. */
	slug: string;
	title: string;
	summary: string;
	sections: { heading?: string; paragraphs: string[]; bullets?: string[] }[];
	/** The one thing to do next, e.g. start the matching timer or routine. */
	action?: { label: string; href: string };
}

export { disclaimer } from './disclaimer';

export const redFlags: { id: string; question: string; advice: string }[] = [
	{
		id: 'lasting-over-three-days',
		question: 'Have your spasms lasted more than three days?',
		advice: 'Spasms that last more than three days should be checked by a doctor.'
	},
	{
		id: 'severe-pain',
		question: 'Is the pain severe?',
		advice: 'Severe pain is a reason to see a doctor rather than wait.'
	},
	{
		id: 'numbness-into-legs',
		question: 'Is there numbness travelling down from your lower back into your legs?',
		advice:
			'Numbness spreading into the legs should be checked by a doctor. Stop stretching until you have been seen.'
	},
	{
		id: 'cannot-walk-or-move',
		question: 'Is the pain stopping you from walking or moving?',
		advice: 'If you cannot walk or move because of the pain, get medical help.'
	}
];

/** What the red-flag check says once the answers are in (the logic is in core/red-flags.ts). */
export const redFlagCheck = {
	intro:
		'Four yes-or-no questions about how you are now. Your answers stay on this screen: nothing is saved or sent.',
	seekCare: {
		title: 'Please get medical advice now',
		body: 'Your answers include a warning sign that a doctor should check. Contact a doctor or an urgent care service now and tell them what you answered here.'
	},
	selfCare: {
		title: 'No warning signs',
		body: 'Home care usually helps: rest, cold or warmth, fluids and gentle stretching. Check again if anything changes.',
		noVisit: 'If your spasms stop within a day, a visit is usually not needed.'
	}
};

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
		title: 'When to see a doctor',
		summary: 'Most spasms settle with home care. Some signs mean it is time to get checked.',
		sections: [
			{
				paragraphs: ['See a doctor if any of these apply:'],
				bullets: [
					'Your spasms last more than three days.',
					'The pain is severe.',
					'Numbness travels down from your lower back into your legs.',
					'You cannot walk or move because of the pain.'
				]
			},
			{
				paragraphs: ['If your spasms stop within a day, a visit is usually not needed.']
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

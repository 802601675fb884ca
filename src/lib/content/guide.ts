// The self-care guide: topics in the order people usually try them. When to get help is worded
// once, in care-levels.ts; its topic here is built from those words. The walks it offers are the
// first step of the walking ladder (walks.ts), the one the episode plan starts from.

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
import { CHECK_FIRST } from './cautions';
import { FIRST_WALK, WALK_LADDER, walkHref, walkLabel } from './walks';

/**
 * Cold and heat can harm skin that cannot feel them properly. The same words as the timers'
 * safety note (`poorFeeling` in messages/programs.en.ts), until the guide's words move to messages.
 */
const POOR_FEELING =
	'Do not use cold or heat on skin with poor feeling (numbness, diabetes, poor circulation) or on broken skin.';

/** The guide's walk: the first step of the ladder. */
const firstWalk = { label: walkLabel(FIRST_WALK), href: walkHref(FIRST_WALK) };
/** "5, then 10": the steps after the first, for "a little longer each time". */
const laterWalks = WALK_LADDER.slice(1)
	.map((step) => step.minutes)
	.join(', then ');

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
	// First: the one topic a person must be able to find at once.
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
					'If you are unsure, get help.'
				]
			}
		],
		action: { label: 'Check the warning signs', href: '/red-flags' }
	},
	{
		slug: 'what-is-a-spasm',
		title: 'What is a back spasm?',
		summary:
			'A sudden tightening of the muscles in the lower back that you did not choose. Most ease with home care.',
		sections: [
			{
				paragraphs: [
					'A spasm is a muscle tightening on its own. In the lower back it can feel like a hard knot, a cramp or a grip that will not let go, and it can be uncomfortable or quite painful.',
					'Strong pain does not mean something is badly damaged. Sometimes the pain spreads into a buttock or down a leg and makes moving hard; that often settles too. The first topic, When to get help, says which signs need a doctor.'
				]
			},
			{
				heading: 'Common causes',
				paragraphs: [
					'Often there is more than one, and often there is no clear reason at all. It does not mean you did something wrong.'
				],
				bullets: [
					'Tired or overworked muscles',
					'Staying in one position for a long time, such as a long spell of sitting',
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
		slug: 'what-to-expect',
		title: 'What to expect',
		summary:
			'Most back spasms ease within days to a few weeks. Gentle movement helps; long spells in bed slow things down.',
		sections: [
			{
				paragraphs: [
					'A spasm can be very painful and frightening, most of all in the first day or two. Pain this strong does not mean your back is badly damaged.',
					'Most back spasms and low-back pain get much better within a few days to a few weeks. Some take longer, and some come back now and then; both are common, and both usually ease again.'
				]
			},
			{
				heading: 'Keep moving, gently',
				paragraphs: [
					'Short rests in an easy position help in the first hours. After that, gentle movement helps the back recover, while hours or days in bed tend to slow it down.',
					'Little and often works well: a few minutes of walking or a few gentle moves, several times a day, adding a little as it eases.'
				]
			},
			{
				heading: 'Hurting is not harming',
				paragraphs: [
					'Moving may hurt at first. Some discomfort that settles afterwards is fine, and it is not a sign of damage.'
				],
				bullets: [
					'Stop and rest if you feel sharp pain, or pain spreading into a leg.',
					'Do less next time if you are worse afterwards and it does not settle.',
					'Read when to get help if anything new or worrying happens.'
				]
			},
			{
				paragraphs: [
					'Every back is different, so no one can say exactly how long yours will take. Noting your pain in the daily check-in shows you which way it is going.'
				]
			}
		],
		action: firstWalk
	},
	{
		slug: 'getting-up-and-down',
		title: 'Getting up and down',
		summary:
			'Move as one piece and let your arms and legs do the work: out of bed, down to the floor and back up.',
		sections: [
			{
				paragraphs: [
					'In a spasm the hardest moments are often getting down and getting up again. Three habits make them kinder to your back: move slowly, turn your shoulders and hips together, and push with your arms and legs rather than your back.'
				]
			},
			{
				heading: 'Out of bed and back in',
				paragraphs: ['Getting out, with the log roll:'],
				bullets: [
					'Bend your knees and roll onto your side, all in one piece.',
					'Let your legs go over the edge as you push up sideways with your arms.',
					'Sit for a few breaths, then stand with your hands pushing on your thighs.'
				]
			},
			{
				paragraphs: [
					'Lying down is the same in reverse: sit on the edge, lower yourself onto your side with your arms, lift both legs up together, then roll onto your back.'
				]
			},
			{
				heading: 'Down to the floor and back up',
				paragraphs: [
					'Use a steady chair. Going down: hands on the seat, one knee down, then the other, then onto a hip and your side. Coming up: onto your hands and knees, hands on the chair, one foot forward, then push up with your legs.',
					'If kneeling is too painful, rest on a bed or sofa instead of the floor. The First hours routine has no kneeling at all.'
				]
			},
			{
				heading: 'If you get stuck',
				paragraphs: [
					'Stay where you are, breathe slowly, and give it a few minutes before trying again, more slowly. Rolling onto your side with a pillow between your knees often helps. It is fine to ask someone to steady a chair or bring you what you need.'
				]
			}
		],
		action: { label: 'Start First hours', href: '/routines/first-hours' }
	},
	{
		slug: 'rest',
		title: 'Rest',
		summary: 'Sit or lie down somewhere quiet and let the muscles stop working.',
		sections: [
			{
				paragraphs: [
					'The first step is the simplest: stop, and give the tight muscles a break.',
					'Find a quiet place to sit or lie down. Many people find it easiest to lie on their back with their lower legs up on a chair or pillows, or on their side with a pillow between the knees. Some prefer lying on the front with a pillow under the tummy.',
					'Short rests help most. Then get up and move gently: hours or days in bed slow recovery.'
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
					'Cold can calm a spasm. Hold an ice pack on the sore area for about 20 minutes, then take it off and let the area warm back up. That is one session. If the spasm comes back, you can go again after a break of a couple of hours.',
					'Cold does not help everyone. If it does not help you, try heat instead.'
				]
			},
			{
				heading: 'Using cold safely',
				paragraphs: [],
				bullets: [
					'Wrap the pack in a thin cloth or towel.',
					'Never put ice straight on bare skin.',
					'Check your skin before each session. If it looks unusual or stays numb, leave the pack off.',
					POOR_FEELING
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
					'Check your skin afterwards.',
					POOR_FEELING
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
					'This helps only when dehydration is part of the cause, and it takes a while to work, so keep using the other steps too.',
					'If a doctor has told you to limit how much you drink, for example because of a heart or kidney condition, keep to their advice.'
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
					`Try a short, easy walk by the clock rather than by distance: ${FIRST_WALK.minutes} minutes, however slowly. When that goes well, make the next walk a little longer, one step at a time: ${laterWalks} minutes. A few flights of stairs at a slow pace help too. If a cramp starts, stop and stretch gently.`,
					'If lack of movement is not the cause, gentle stretching is usually a better choice than exercise.'
				]
			}
		],
		action: firstWalk
	},
	{
		slug: 'stretching',
		title: 'Stretching',
		summary: 'Gentle back stretches help, whatever the cause.',
		sections: [
			{
				paragraphs: [
					'Gentle stretching can help tight muscles ease and help you move more freely again.',
					"Child's pose is a good place to start: kneel, sink your hips back toward your heels and rest your chest on your thighs. If kneeling is hard, hugging one knee to your chest while lying on your back is gentler."
				]
			},
			{
				heading: 'Stretch kindly',
				paragraphs: [],
				bullets: [
					'Move slowly and keep breathing.',
					'Some discomfort that settles is fine; stop for sharp pain or pain spreading into a leg.',
					'Stop any stretch that brings on numbness or tingling.',
					'If you are worse afterwards and it does not settle, do less next time.',
					'On a bad day, do less: the gentle stretches lying down are done entirely on your back or side.'
				]
			},
			{
				heading: CHECK_FIRST.title,
				paragraphs: [CHECK_FIRST.text],
				bullets: CHECK_FIRST.who.map((w) => w.charAt(0).toUpperCase() + w.slice(1) + '.')
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
					'Read the label and follow it, and never take more than it says.',
					'Use the lowest dose that works, for the shortest time you need it.',
					'Check with a pharmacist first if you are pregnant, have had a stomach ulcer, have asthma, kidney, liver or heart problems, or take a blood thinner.',
					'Ask a pharmacist which product suits you, especially if you take other medicines.',
					'Anti-inflammatory gels rubbed on the skin are another option; a pharmacist can say whether one suits you.'
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
		slug: 'everyday-moves',
		title: 'Everyday moves',
		summary:
			'Coughing and sneezing, getting dressed, the toilet and the car, with less strain on a sore back.',
		sections: [
			{
				heading: 'Coughing and sneezing',
				paragraphs: [
					'A sudden cough or sneeze can jolt a sore back. When you feel one coming, bend your knees slightly, put a hand on your tummy and firm it up gently. Leaning lightly on a table or a wall can help too.'
				]
			},
			{
				heading: 'Getting dressed',
				paragraphs: [],
				bullets: [
					'Sit down to put on socks, shoes and trousers.',
					'Bring each foot up to you, across the other knee or onto a low stool, instead of bending down to it.',
					'Slip-on shoes and a long shoehorn help for now.',
					'Lay out what you need within easy reach first.'
				]
			},
			{
				heading: 'The toilet',
				paragraphs: [],
				bullets: [
					'Lower yourself slowly, hands on your thighs, or on a rail if there is a steady one.',
					'Keep your feet flat and a little apart.',
					'Get up the same way, pushing with your legs and arms.'
				]
			},
			{
				heading: 'The car',
				paragraphs: [
					'Slide the seat back first. Sit down sideways with your back to the seat, head in last, then turn your legs in together. Getting out is the reverse: legs out together, feet on the ground, then stand up.'
				]
			}
		],
		action: { label: 'Practise the brace for a cough', href: '/exercises/brace-cough-sneeze' }
	},
	{
		slug: 'sleeping-positions',
		title: 'Sleeping and resting positions',
		summary: 'Positions that let the back muscles let go, in bed or on the floor.',
		sections: [
			{
				paragraphs: [
					'There is no single right position: the best one is whichever eases your pain. These suit many people:'
				],
				bullets: [
					'On your side, knees bent, with a pillow between your knees.',
					'On your back, with pillows under your knees, or your lower legs up on a chair or sofa.',
					'On your front with a pillow under your tummy, if you find that easier.'
				]
			},
			{
				heading: 'Through the night',
				paragraphs: [],
				bullets: [
					'Change position whenever you need to, and use the log roll to turn over or get up.',
					'Breathe and let go is a quiet guided session with spoken cues, so you can close your eyes.',
					'If stiffness wakes you, a few gentle moves lying in bed can help you settle again.',
					'Never fall asleep on a heating pad or with a hot water bottle.'
				]
			}
		],
		action: { label: 'Start Breathe and let go', href: '/routines/breathe-and-let-go' }
	},
	{
		slug: 'worry-sleep-pacing',
		title: 'Worry, sleep and pacing',
		summary:
			'Worry and poor sleep can make pain feel worse. Doing a little, often, helps you keep going.',
		sections: [
			{
				paragraphs: [
					'How you feel and how you sleep affect pain. Worry, stress and poor sleep can make the same pain feel stronger, and pain can make sleep harder. This is common, and it often eases as your back does.',
					'Back pain can be frightening, but strong pain does not mean your back is badly damaged.'
				]
			},
			{
				heading: 'Pacing',
				paragraphs: [
					'Pacing means a little, often, rather than a lot at once. On a good day it is tempting to catch up on everything; spreading it out is kinder to your back. Break jobs into short spells, change position between them, and add a little more as it eases.'
				]
			},
			{
				heading: 'Sleep',
				paragraphs: ['Pillows can help your back rest at night:'],
				bullets: [
					'On your side, knees bent, with a pillow between your knees.',
					'On your back, with pillows under your knees.',
					'Slow breathing can help you settle: Breathe and let go guides it with spoken cues.'
				]
			},
			{
				heading: 'Scans and physiotherapy',
				paragraphs: [
					'Scans are rarely needed for back pain. If you need one, a doctor will say so.',
					'In many areas you can book a physiotherapist yourself, without seeing a doctor first. Your local health service can tell you whether you can.'
				]
			}
		],
		action: { label: 'Start Breathe and let go', href: '/routines/breathe-and-let-go' }
	},
	{
		slug: 'sitting-driving-work',
		title: 'Sitting, driving and work',
		summary:
			'Sit with support, change position often, and return to your usual day a little at a time.',
		sections: [
			{
				heading: 'Sitting',
				paragraphs: [
					'Sit all the way back in a firm chair, with a rolled towel behind the small of your back and your feet flat. Get up and move every 20 to 30 minutes: a short walk, or a few moves from the desk break.'
				]
			},
			{
				heading: 'Driving',
				paragraphs: [
					'Drive only when you can sit comfortably, turn to look behind you and brake hard without the pain getting in the way. Read the label of any medicine you take to check it does not make you drowsy. On long journeys, stop often to walk about.'
				]
			},
			{
				heading: 'Going back to work',
				paragraphs: [
					'Getting back to work and your usual day, step by step, often helps recovery; you do not have to wait until all the pain has gone. If you can, start with lighter tasks or shorter days, and take movement breaks.',
					'If your work is heavy or means a lot of lifting, ask about lighter duties for a while.'
				]
			}
		],
		action: { label: 'Start the desk break', href: '/routines/desk-break' }
	},
	{
		slug: 'if-it-comes-back',
		title: 'If it comes back',
		summary:
			'Back pain often comes back. Staying active lowers the chance, and a short plan helps if it does.',
		sections: [
			{
				paragraphs: [
					'Back pain often comes back, for many people within a year. That is common, and it usually eases again with the same home care.'
				]
			},
			{
				heading: 'Lowering the chance',
				paragraphs: [
					'Staying active, with some exercise kept up after your back settles, lowers the chance of it coming back. The effect fades if the exercise stops, so choose something you can keep doing, such as regular walks or a routine you like.'
				]
			},
			{
				heading: 'A plan for next time',
				paragraphs: [
					'Keep a short "if it comes back" plan: what helped this time, such as a resting position, cold or heat, or a routine. When your back settles, Limber asks you what helped and shows it first next time.'
				]
			},
			{
				heading: 'If it does come back',
				paragraphs: [],
				bullets: [
					'Start again with the first hours: an easy position, rest and slow breathing, then gentle movement.',
					'Build up your walks again, a step at a time.',
					'The warning signs still apply. Check them if anything is new or different.'
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

// The guide's topics, section by section, keyed by slug (content/guide.ts). "When to get help"
// holds only its closing words here: its levels and signs are the care words, listed by the page.
// English gives the shape.

/** A part of a topic: an optional heading, paragraphs, then an optional list. */
export interface GuideSection {
	readonly heading?: string;
	readonly paragraphs: readonly string[];
	readonly bullets?: readonly string[];
}

const topic = (...sections: GuideSection[]): readonly GuideSection[] => sections;

const en = {
	'see-a-doctor': topic({
		paragraphs: [
			'If your spasms stop within a day, a visit is usually not needed.',
			'If you are unsure, get help.'
		]
	}),
	'what-is-a-spasm': topic(
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
	),
	'what-to-expect': topic(
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
	),
	'getting-up-and-down': topic(
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
	),
	rest: topic({
		paragraphs: [
			'The first step is the simplest: stop, and give the tight muscles a break.',
			'Find a quiet place to sit or lie down. Many people find it easiest to lie on their back with their lower legs up on a chair or pillows, or on their side with a pillow between the knees. Some prefer lying on the front with a pillow under the tummy.',
			'Short rests help most. Then get up and move gently: hours or days in bed slow recovery.'
		]
	}),
	cold: topic(
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
				'Do not use cold or heat on skin with poor feeling (numbness, diabetes, poor circulation) or on broken skin.'
			]
		}
	),
	heat: topic(
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
				'Do not use cold or heat on skin with poor feeling (numbness, diabetes, poor circulation) or on broken skin.'
			]
		}
	),
	fluids: topic({
		paragraphs: [
			"Muscles need water and electrolytes, the body's salts and minerals, to work smoothly. When you are low on either, they can cramp or spasm more easily.",
			'Drink more water than usual through the day. Bananas, or an electrolyte drink, can help where electrolytes are low.',
			'This helps only when dehydration is part of the cause, and it takes a while to work, so keep using the other steps too.',
			'If a doctor has told you to limit how much you drink, for example because of a heart or kidney condition, keep to their advice.'
		]
	}),
	movement: topic({
		paragraphs: [
			'When a spasm comes from sitting or keeping still for too long, gentle movement gets the muscles working again.',
			'Try a short, easy walk by the clock rather than by distance: 3 minutes, however slowly. When that goes well, make the next walk a little longer, one step at a time: 5, then 10 minutes. A few flights of stairs at a slow pace help too. If a cramp starts, stop and stretch gently.',
			'If lack of movement is not the cause, gentle stretching is usually a better choice than exercise.'
		]
	}),
	stretching: topic(
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
			heading: 'Check before you start',
			paragraphs: ['Ask a doctor or physiotherapist before these stretches if any of these apply:'],
			bullets: [
				'You are pregnant.',
				'You have had back surgery recently.',
				'You have thin bones (osteoporosis).',
				'It is for a child under 16.'
			]
		}
	),
	'pain-relief': topic(
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
	),
	'everyday-moves': topic(
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
	),
	'sleeping-positions': topic(
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
	),
	'worry-sleep-pacing': topic(
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
	),
	'sitting-driving-work': topic(
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
	),
	'if-it-comes-back': topic(
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
	)
};

export default en;

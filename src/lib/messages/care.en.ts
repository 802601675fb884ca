// When to get help, in English: the check's questions, the levels of care, the call, the
// answers and the sign lists. Every place that names a sign reads it here. Kept lean: the service
// worker keeps this area offline in every language, for the emergency pages.
import type { ActiveLevel, SignId } from '$lib/core/triage';

export interface SignWords {
	/** The check's yes/no question, in words a frightened person takes in at a glance. */
	readonly question: string;
	/** A second line under the question, when an example helps. */
	readonly hint?: string;
	/** A short description for lists of signs to watch for. */
	readonly label: string;
	/** Why the check's answer says what it says, when this sign is answered yes. */
	readonly reason: string;
}

export interface LevelWords {
	readonly title: string;
	/** Who this level is for, leading into the list of its signs. */
	readonly who: string;
	/** What to do, most important first. */
	readonly steps: readonly string[];
	/** What the group of questions for this level is called in the check. */
	readonly group: string;
}

/** When a check-in was logged. */
type Day = 'today' | 'yesterday';
const day = (when: Day) => (when === 'today' ? 'today' : 'yesterday');

const signs: Record<SignId, SignWords> = {
	'saddle-numbness': {
		question:
			"New numbness or tingling between your legs, around your bottom or inner thighs, where you'd sit on a bike saddle?",
		hint: 'It may feel odd or numb when you wipe after the toilet.',
		label: 'numbness or tingling between your legs, around your bottom or inner thighs',
		reason: 'You have new numbness or tingling between your legs or around your bottom.'
	},
	'bladder-bowel': {
		question: 'New trouble with your bladder or bowels?',
		hint: 'Trouble starting or stopping a wee, not feeling when your bladder is full, leaking, or not being able to control your bowels.',
		label: 'new trouble with your bladder or bowels, such as leaking or not being able to wee',
		reason: 'You have new trouble with your bladder or bowels.'
	},
	'both-legs': {
		question: 'Weakness or numbness in both legs, or legs getting weaker or giving way?',
		hint: 'Pain running down both legs counts too.',
		label: 'weakness, numbness or pain in both legs, or legs that give way',
		reason: 'You have weakness, numbness or pain in both legs, or your legs are getting weaker.'
	},
	'sexual-function': {
		question: 'A new change in sexual function?',
		hint: 'New trouble getting or keeping an erection, or less feeling in your genitals during sex.',
		label: 'a new change in sexual function, such as less feeling in your genitals',
		reason: 'You have a new change in sexual function.'
	},
	'chest-pain': {
		question: 'Chest pain as well as the back pain?',
		label: 'chest pain with the back pain',
		reason: 'You have chest pain as well as back pain.'
	},
	'serious-fall': {
		question: 'Did the pain start after a serious fall, accident or blow to your back?',
		label: 'back pain after a serious fall, accident or blow',
		reason: 'Your back pain came after a serious fall, accident or blow.'
	},
	fever: {
		question: 'A high temperature, or feeling hot and shivery?',
		label: 'a high temperature, or feeling hot and shivery',
		reason: 'You have a high temperature or feel hot and shivery, as well as back pain.'
	},
	'severe-worsening': {
		question:
			'Is the pain getting worse, and so bad that it is hard to think, talk or sleep, or very hard to move, get up, wash or dress?',
		hint: 'A high pain number alone is common in a spasm.',
		label:
			'pain that is getting worse and so bad that it is hard to think, talk or sleep, or very hard to move, get up, wash or dress',
		reason: 'Your pain is severe and getting worse.'
	},
	'not-eased': {
		question:
			'Does nothing ease the pain (rest, changing position, pain relief), or is it there all night?',
		label: 'pain that nothing eases, or that is there all night',
		reason: 'Nothing eases your pain, or it stays all night.'
	},
	'one-leg': {
		question: 'Numbness, tingling or weakness travelling down one leg?',
		label: 'numbness, tingling or weakness down one leg',
		reason: 'You have numbness, tingling or weakness down one leg.'
	},
	'cannot-move': {
		question: 'Is the pain stopping you from walking or moving?',
		label: 'pain that stops you walking or moving',
		reason: 'The pain is stopping you from walking or moving.'
	},
	'cancer-or-weight-loss': {
		question: 'Is this back pain new, and have you had cancer or lost weight without trying?',
		label: 'new back pain after cancer, or with weight loss you cannot explain',
		reason: 'Your back pain is new and you have had cancer, or lost weight without trying.'
	},
	'lump-or-shape': {
		question: 'A lump or swelling on your back, or has your back changed shape?',
		label: 'a lump or swelling on the back, or a back that has changed shape',
		reason: 'You have a lump or swelling on your back, or it has changed shape.'
	},
	'cough-sneeze': {
		question: 'Does coughing, sneezing or opening your bowels make the pain worse?',
		label: 'pain made worse by coughing, sneezing or opening your bowels',
		reason: 'Coughing, sneezing or opening your bowels makes your pain worse.'
	},
	'upper-back': {
		question: 'Is the pain high in your back, between the shoulder blades, rather than low down?',
		label: 'pain high in the back, between the shoulder blades',
		reason: 'Your pain is high in your back, between the shoulder blades.'
	},
	'thin-bones-fall': {
		question:
			'Did it start after a small fall or strain, and do you have thin bones (osteoporosis) or take steroid tablets long term?',
		label:
			'back pain after a small fall or strain, with thin bones (osteoporosis) or long-term steroid tablets',
		reason:
			'Your pain started after a small fall or strain, and you have thin bones or take steroid tablets.'
	},
	'lasting-spasms': {
		question: 'Have the spasms or pain lasted more than three days without easing?',
		label: 'spasms or pain lasting more than three days',
		reason: 'Your spasms or pain have lasted more than three days.'
	},
	'keeps-returning': {
		question: 'Do the spasms keep coming back, or stop you sleeping or doing everyday things?',
		label: 'spasms that keep coming back, or pain that stops normal life or sleep',
		reason: 'Your spasms keep coming back, or the pain stops you sleeping or living normally.'
	},
	worried: {
		question: 'Are you worried about your back for any other reason?',
		label: 'being worried about your back',
		reason: 'You are worried about your back.'
	}
};

const levels: Record<ActiveLevel, LevelWords> = {
	emergency: {
		title: 'Get emergency help now',
		who: 'If any of these is new and comes with back pain:',
		steps: [
			'Call the emergency number now, or have someone take you to an emergency department.',
			'Do not drive yourself: your legs may not be safe.',
			'Do not wait to see if it passes, and stop stretching.',
			'Tell them you have back pain and which of these signs you have.'
		],
		group: 'Signs that need help now'
	},
	urgent: {
		title: 'See a doctor today',
		who: 'If you have back pain with any of these:',
		steps: [
			'Contact a doctor or an urgent-care service today, and tell them what you noticed.',
			'Stop stretching until you have been seen. Rest in whatever position is easiest.',
			'If any of the emergency signs start, call the emergency number straight away.'
		],
		group: 'Signs that need a doctor today'
	},
	appointment: {
		title: 'Book a doctor’s appointment',
		who: 'If any of these is true:',
		steps: [
			'Book to see a doctor in the next few days.',
			'Until then, carry on with short rests, cold or warmth, and gentle movement that does not make the pain worse.',
			'If any of the emergency signs start, call the emergency number straight away.'
		],
		group: 'Signs to book an appointment for'
	}
};

const en = {
	signs,
	levels,
	/** The call button's wording; the number comes from core/emergency-number.ts. */
	call: {
		button: (number: string) => `Call ${number}`,
		local: 'or your local emergency number',
		why: 'These signs are rare, but they can mean a nerve or other serious problem, where hours matter.'
	},
	/** What the check says when every answer is no: never that nothing is wrong. */
	none: {
		title: 'None of these signs now',
		body: 'You answered no to every question. Home care usually helps: short rests, cold or warmth, fluids and gentle stretching.',
		noVisit: 'If your spasms stop within a day, a visit is usually not needed.',
		watch: 'Call the emergency number at once if any of these start:',
		again: 'If anything changes, answer the questions again.',
		stretches: 'Gentle stretches, lying down',
		ice: 'Ice timer',
		guide: 'Self-care guide'
	},
	/** The check itself, and its page. */
	check: {
		title: 'When to get help',
		description:
			'Yes-or-no questions about the warning signs with back pain, and how soon to get help: an emergency, a doctor today, or an appointment.',
		lead: 'A few signs with back pain mean getting help, some of them at once.',
		intro:
			'Yes-or-no questions about how you are now, the most urgent first. The answer shows as soon as it is clear. Nothing is saved or sent.',
		yes: 'Yes',
		no: 'No',
		open: (n: number) => (n === 1 ? 'One question left.' : `${n} questions to answer.`),
		higherOpen: 'Please answer the questions above this one too: they may need help sooner.',
		clear: 'Clear my answers',
		more: 'More about when to get help'
	},
	/** The reasons Today's notice gives, from what the daily check-ins logged. */
	journal: {
		'saddle-numbness': (when: Day) =>
			`You logged numbness or tingling between your legs or around your bottom ${day(when)}.`,
		'bladder-bowel': (when: Day) =>
			`You logged new trouble with your bladder or bowels ${day(when)}.`,
		'both-legs': (when: Day) => `You logged numbness or tingling in both legs ${day(when)}.`,
		'one-leg': (when: Day) => `You logged numbness or tingling down one leg ${day(when)}.`,
		/** Check-ins saved before the question asked where. */
		numbnessSomewhere: (when: Day) =>
			`You logged numbness or tingling ${day(when)}, without saying where.`,
		severeRising: (before: number, now: number) =>
			`You logged pain so bad it is hard to think, sleep or move, and it has gone up (${before}, then ${now} out of 10).`,
		severe: (when: Day) =>
			`You logged pain so bad it is hard to think, sleep or move ${day(when)}. If it gets worse, see a doctor today.`,
		lastingSpasms: (n: number) => `It is day ${n}, and your latest check-in still logs spasms.`,
		lastingPain: (n: number) => `It is day ${n}, and your check-ins do not show the pain easing.`
	},
	/** The safety notes' and the About page's pointer to the check, in the same words. */
	getHelp: {
		stop: 'Stop if the pain gets sharply worse.',
		atOnce: 'Call the emergency number at once, and do not drive yourself, if any of these is new:',
		link: 'Check all the warning signs',
		about:
			'Limber’s check asks about the signs that need help, and says how soon: an emergency now, a doctor today, or an appointment within days. It cannot see or examine you, so when in doubt, get help.',
		/** Under a notice of a lower level, folded: the emergency signs still to watch for. */
		watch: 'Emergency signs to watch for'
	},
	/** The timers' safety notes' own lines, around the pointer to the check. */
	safety: {
		title: 'Before you start',
		betweenRounds: 'Check your skin between rounds: stop if it looks white, blotchy or stays numb.',
		beforeEachRound:
			'Before each new round of cold, check your skin; stop if it looks white or blotchy.'
	},
	/** The bar that keeps the answer in view while the check goes on. */
	bar: {
		emergencyShort: 'Do not drive yourself.',
		urgentShort: 'Contact a doctor or urgent care today.',
		more: 'What to do'
	}
};

export default en;

// The English words of the levels and sign labels, for the two content modules that still build
// English text from them (guide.ts's "When to get help" topic, episode-plan.ts's appointment
// step) until those areas read messages/care. The words themselves are messages/care.en.ts's:
// content.test.ts holds these to them, word for word. Every page reads messages/care.
import type { ActiveLevel, SignId } from '$lib/core/triage';

export const signWords: Readonly<Record<SignId, { readonly label: string }>> = {
	'saddle-numbness': {
		label: 'numbness or tingling between your legs, around your bottom or inner thighs'
	},
	'bladder-bowel': {
		label: 'new trouble with your bladder or bowels, such as leaking or not being able to wee'
	},
	'both-legs': { label: 'weakness, numbness or pain in both legs, or legs that give way' },
	'sexual-function': {
		label: 'a new change in sexual function, such as less feeling in your genitals'
	},
	'chest-pain': { label: 'chest pain with the back pain' },
	'serious-fall': { label: 'back pain after a serious fall, accident or blow' },
	fever: { label: 'a high temperature, or feeling hot and shivery' },
	'severe-worsening': {
		label:
			'pain that is getting worse and so bad that it is hard to think, talk or sleep, or very hard to move, get up, wash or dress'
	},
	'not-eased': { label: 'pain that nothing eases, or that is there all night' },
	'one-leg': { label: 'numbness, tingling or weakness down one leg' },
	'cannot-move': { label: 'pain that stops you walking or moving' },
	'cancer-or-weight-loss': {
		label: 'new back pain after cancer, or with weight loss you cannot explain'
	},
	'lump-or-shape': { label: 'a lump or swelling on the back, or a back that has changed shape' },
	'cough-sneeze': { label: 'pain made worse by coughing, sneezing or opening your bowels' },
	'upper-back': { label: 'pain high in the back, between the shoulder blades' },
	'thin-bones-fall': {
		label:
			'back pain after a small fall or strain, with thin bones (osteoporosis) or long-term steroid tablets'
	},
	'lasting-spasms': { label: 'spasms or pain lasting more than three days' },
	'keeps-returning': {
		label: 'spasms that keep coming back, or pain that stops normal life or sleep'
	},
	worried: { label: 'being worried about your back' }
};

export const levelWords: Readonly<
	Record<ActiveLevel, { title: string; who: string; steps: string[]; group: string }>
> = {
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

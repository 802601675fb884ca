// Who should check with a doctor or physiotherapist before the stretches: on the screen before a
// person's first session and in the guide, worded once.

export const CHECK_FIRST = {
	title: 'Check before you start',
	text: 'Ask a doctor or physiotherapist before these stretches if any of these apply:',
	who: [
		'you are pregnant',
		'you have had back surgery recently',
		'you have thin bones (osteoporosis)',
		'it is for a child under 16'
	]
} as const;

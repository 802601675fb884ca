// What saving the daily check-in says. Apart from its questions (content/check-in.ts): a first
// visit to Today downloads the questions, and these only with the first save.
export const checkInResult = {
	noPain: 'Choose how much pain you have, from 0 to 10, before saving.',
	unanswered: 'Answer each question above before saving.',
	raised: 'Check-in saved. It shows a reason to get help: see above.',
	saved: 'Check-in saved. You can change it until the end of the day.'
};

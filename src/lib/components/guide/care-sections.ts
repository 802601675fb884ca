// The levels of care that open the "When to get help" topic: for each level, its title, who it
// is for and its signs, then what to do. Worded once, in the care words (messages/care: the same
// words as the red-flag check, Today's notice and About); the guide only lists them, at their level.
import { signsAt } from '$lib/core/triage';
import { GUIDE_LEVELS } from '$lib/content/guide';
import type { CareMessages } from '$lib/messages/care';
import type { GuideSection } from '$lib/messages/guide-topics.en';

/**
 * Two sections per level of care, most urgent first: the signs that call for it, then what to
 * do, in the page's language (`care`: its care catalog, loaded by the topic's load). A sign's
 * list label starts a bullet here, so its first letter is written as a capital (never lowered).
 */
export function careSections(care: CareMessages): GuideSection[] {
	return GUIDE_LEVELS.flatMap((level) => {
		const words = care.levels[level];
		const bullets = signsAt(level).map((sign) => {
			const label = care.signs[sign].label;
			return label.charAt(0).toUpperCase() + label.slice(1);
		});
		return [
			{ heading: words.title, paragraphs: [words.who], bullets },
			{ paragraphs: [...words.steps] }
		];
	});
}

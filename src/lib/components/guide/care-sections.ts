// The levels of care that open the "When to get help" topic: for each level, its title, who it
// is for and its signs, then what to do. Worded once, in the care words (the same words as the
// red-flag check, Today's notice and About); the guide only lists them, at their level.
import { signsAt } from '$lib/core/triage';
import { GUIDE_LEVELS } from '$lib/content/guide';
import { levelWords, signWords } from '$lib/content/care-levels';
import type { GuideSection } from '$lib/messages/guide-topics.en';

/**
 * Two sections per level of care, most urgent first: the signs that call for it, then what to
 * do. These are the care words as content/care-levels.ts holds them today, in English; once they
 * are in the `care` catalog, this reads that catalog in the page's language instead (and the
 * topic's load loads it).
 */
export function careSections(): GuideSection[] {
	return GUIDE_LEVELS.flatMap((level) => {
		const words = levelWords[level];
		const bullets = signsAt(level).map((sign) => {
			const label = signWords[sign].label;
			return label.charAt(0).toUpperCase() + label.slice(1);
		});
		return [
			{ heading: words.title, paragraphs: [words.who], bullets },
			{ paragraphs: words.steps }
		];
	});
}

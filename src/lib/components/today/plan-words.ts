// The words of Today's episode card in the page's language: each plan item's words by its key
// (content/episode-plan.ts keeps the items, messages/episode their words), the stage's sentence,
// what the journal shows easing, and why an item is on the list or moved up it.
import { WATER_GLASSES } from '$lib/content/episode-plan';
import { WALK_LADDER } from '$lib/content/walks';
import { recentDay } from '$lib/core/calendar';
import { daysBetween } from '$lib/core/days';
import type { EpisodeStage, PlanItem } from '$lib/core/episode';
import type { Course } from '$lib/core/episode-course';
import type { CareMessages } from '$lib/messages/care';
import type { EpisodeMessages } from '$lib/messages/episode';
import type { DayName, ItemWords } from '$lib/messages/episode.en';

/** The words of the item with `key`, or null for a key the plan has no words for. */
export function itemWords(m: EpisodeMessages, care: CareMessages, key: string): ItemWords | null {
	if (key === 'fluids') return { ...m.fluids, text: m.fluids.text(WATER_GLASSES) };
	if (key === 'appointment') return { title: care.levels.appointment.title, ...m.appointment };
	const walk = WALK_LADDER.findIndex((step) => `walk-${step.minutes}` === key);
	const step = WALK_LADDER[walk];
	if (step) {
		const before = WALK_LADDER[walk - 1];
		return before
			? {
					title: m.walk.title(step.minutes),
					text: m.walk.text(before.minutes),
					action: m.walk.action(step.minutes)
				}
			: {
					title: m.walk.firstTitle(step.minutes),
					text: m.walk.firstText,
					action: m.walk.action(step.minutes)
				};
	}
	return (m.items as Readonly<Record<string, ItemWords>>)[key] ?? null;
}

/** The stage's sentence under "Day N": from day four, not easing says why to have it looked at. */
export function stageText(m: EpisodeMessages, stage: EpisodeStage, course: Course): string {
	return stage === 'not-easing' ? m.look[course.lookAt ?? 'no-news'] : m.stageText[stage];
}

/** A day the journal names, as `locale` writes a recent one ("Monday") or an older one ("2 Mar"). */
export function dayName(day: string, today: string, locale: string): DayName {
	const diff = daysBetween(day, today);
	if (diff === 0) return { kind: 'today' };
	if (diff === 1) return { kind: 'yesterday' };
	return { kind: diff > 1 && diff < 7 ? 'weekday' : 'date', name: recentDay(day, today, locale) };
}

/**
 * What the journal shows easing, said plainly ("Easing: pain 7 → 4 since Monday"); while it is
 * time to have it looked at, the facts alone. Null when nothing shows it easing.
 */
export function easingText(
	m: EpisodeMessages,
	course: Course,
	today: string,
	locale: string
): string | null {
	const pain = course.painFalling;
	const stopped = course.spasmsStoppedOn;
	if (!pain && !stopped) return null;
	return m.easing({
		pain: pain && { from: pain.from, to: pain.to, since: dayName(pain.since, today, locale) },
		spasmsSince: stopped ? dayName(stopped, today, locale) : null,
		look: course.lookAt !== null
	});
}

/** Why an item is on the list, or moved up it; '' when it is there in its usual place. */
export function reasonText(
	m: EpisodeMessages,
	item: Pick<PlanItem, 'reason' | 'after' | 'change'>
): string {
	const after = item.after ?? null;
	switch (item.reason) {
		case 'cold-not-helping':
			return m.reasons.coldNotHelping;
		case 'heat-helped':
			return item.change
				? m.reasons.heatHelpedBy(item.change.before, item.change.after)
				: m.reasons.heatHelped;
		case 'pain-higher-after':
			return m.reasons.painHigherAfter(after);
		case 'no-gentler':
			return m.reasons.noGentler(after);
		default:
			return '';
	}
}

// The self-care guide: topics in the order people usually try them, by slug (the topic's address
// and the key of its words in messages/guide.* and messages/guide-topics.*). Each topic ends
// with one thing to do in the app. When to get help is worded once, in the care words; its topic
// lists the signs of each level from core/triage.ts. The walks it offers are the first step of
// the walking ladder (walks.ts), the one the episode plan starts from.
import type { ActiveLevel } from '$lib/core/triage';
import { FIRST_WALK, walkHref } from './walks';

export const GUIDE_SLUGS = [
	// First: the one topic a person must be able to find at once.
	'see-a-doctor',
	'what-is-a-spasm',
	'what-to-expect',
	'getting-up-and-down',
	'rest',
	'cold',
	'heat',
	'fluids',
	'movement',
	'stretching',
	'pain-relief',
	'everyday-moves',
	'sleeping-positions',
	'worry-sleep-pacing',
	'sitting-driving-work',
	'if-it-comes-back'
] as const;
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

/** What a topic's button does; its words are the guide catalog's `actions[id]`. */
export type GuideActionId =
	| 'check-signs'
	| 'spasm-relief'
	| 'first-walk'
	| 'first-hours'
	| 'rest-10'
	| 'ice'
	| 'heat'
	| 'log-water'
	| 'note-pain'
	| 'brace'
	| 'breathe'
	| 'desk-break';

export interface GuideTopic {
	/** Stable, used in the topic's address. */
	slug: GuideSlug;
	/** The one thing to do next, e.g. start the matching timer or routine. */
	action?: { id: GuideActionId; href: string };
}

/** The guide's walk: the first step of the ladder. */
const firstWalk = { id: 'first-walk', href: walkHref(FIRST_WALK) } as const;
const spasmRelief = { id: 'spasm-relief', href: '/routines/spasm-relief' } as const;
const breathe = { id: 'breathe', href: '/routines/breathe-and-let-go' } as const;
const checkSigns = { id: 'check-signs', href: '/red-flags' } as const;

const ACTIONS: Record<GuideSlug, GuideTopic['action']> = {
	'see-a-doctor': checkSigns,
	'what-is-a-spasm': spasmRelief,
	'what-to-expect': firstWalk,
	'getting-up-and-down': { id: 'first-hours', href: '/routines/first-hours' },
	rest: { id: 'rest-10', href: '/timers/rest-10' },
	cold: { id: 'ice', href: '/timers/ice-20' },
	heat: { id: 'heat', href: '/timers/heat-20' },
	fluids: { id: 'log-water', href: '/#check-in' },
	movement: firstWalk,
	stretching: spasmRelief,
	'pain-relief': { id: 'note-pain', href: '/#check-in' },
	'everyday-moves': { id: 'brace', href: '/exercises/brace-cough-sneeze' },
	'sleeping-positions': breathe,
	'worry-sleep-pacing': breathe,
	'sitting-driving-work': { id: 'desk-break', href: '/routines/desk-break' },
	'if-it-comes-back': checkSigns
};

export const guideTopics: GuideTopic[] = GUIDE_SLUGS.map((slug) => ({
	slug,
	action: ACTIONS[slug]
}));

/** The levels of care the "When to get help" topic lists, most urgent first. */
export const GUIDE_LEVELS: readonly ActiveLevel[] = ['emergency', 'urgent', 'appointment'];

const bySlug = new Map(guideTopics.map((t) => [t.slug as string, t]));

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

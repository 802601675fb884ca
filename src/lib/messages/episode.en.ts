// Today's episode card and the weeks after it: the plan's items by key (content/episode-plan.ts
// keeps their order and targets), its stages, what the journal shows easing, why an item moved,
// the episode's end, and the "keep it away" weeks with the "If it comes back" note. Loaded with
// the episode card or the card after an episode, never with Today's first screen.
import type { EpisodeStage } from '$lib/core/episode';
import type { LookReason } from '$lib/core/episode-course';
import { KEEP_UP_GOAL, KEEP_UP_WEEKS, type KeepUp } from '$lib/core/keep-up';

/** A day the journal names: today, yesterday, or a recent day as the page's locale writes it. */
export type DayName =
	| { readonly kind: 'today' }
	| { readonly kind: 'yesterday' }
	/** A weekday within the last week ("Monday"), or a date ("2 Mar"), as the locale writes it. */
	| { readonly kind: 'weekday' | 'date'; readonly name: string };

/** What the journal shows easing; `look` while it is time to have it looked at. */
export interface EasingFacts {
	readonly pain: { readonly from: number; readonly to: number; readonly since: DayName } | null;
	readonly spasmsSince: DayName | null;
	readonly look: boolean;
}

/** The words of one item of the plan. */
export interface ItemWords {
	readonly title: string;
	readonly text: string;
	/** What the button says. */
	readonly action: string;
}

const dayName = (d: DayName) =>
	d.kind === 'today' ? 'today' : d.kind === 'yesterday' ? 'yesterday' : d.name;

const items = {
	position: {
		title: 'Get into an easy resting position',
		text: 'A guided way into an easy position from where you are, then rest and slow breathing.',
		action: 'Start'
	},
	'check-signs': {
		title: 'Check the warning signs',
		text: 'A few yes-or-no questions: they say if anything needs a doctor, and how soon.',
		action: 'Check the signs'
	},
	cold: {
		title: 'Cold for 20 minutes',
		text: 'An ice pack wrapped in a cloth, then 20 minutes off to let the skin warm up.',
		action: 'Start Ice 20'
	},
	heat: {
		title: 'Heat for 20 minutes',
		text: 'Warmth can relax tight muscles when cold has not helped. Use a cloth, and do not fall asleep on it.',
		action: 'Start Heat 20'
	},
	breathe: {
		title: 'A calm breathing session',
		text: 'Slow breaths, lying down, to let the muscles let go.',
		action: 'Start'
	},
	'check-in': {
		title: 'Check in once today',
		text: 'Pain, spasms and anything else: it shows how things change.',
		action: 'Go to check-in'
	},
	'stretch-lying': {
		title: 'Gentle stretches, lying down',
		text: 'Small, slow movements on your back or side, with plenty of rest. Stop if anything hurts sharply.',
		action: 'Start'
	},
	stretch: {
		title: 'Gentle stretches',
		text: "Built around child's pose. Move slowly; stop if anything hurts sharply.",
		action: 'Start'
	},
	mobility: {
		title: 'Gentle mobility',
		text: 'Easy moves to get the back used to its usual range again.',
		action: 'Start'
	},
	'walk-and-stretch': {
		title: 'A walk with a few stretches',
		text: 'Back towards your normal day, a step at a time.',
		action: 'Start'
	},
	'pain-relief': {
		title: 'Pain relief, if you use it',
		text: 'An over-the-counter pain reliever can ease pain and inflammation: follow the label, and ask a pharmacist first if you are pregnant, have other conditions or take other medicines.',
		action: 'About pain relief'
	},
	'everyday-early': {
		title: 'Everyday moves with less strain',
		text: 'Coughing, the toilet, dressing and getting in a car: small changes that spare your back.',
		action: 'Everyday moves'
	},
	everyday: {
		title: 'Back to everyday things',
		text: 'Return to your usual activities gradually. Some discomfort that settles is fine.',
		action: 'Everyday moves'
	},
	'in-bed': {
		title: 'A gentler routine, all lying down',
		text: 'Small movements in bed, with plenty of rest between them.',
		action: 'Start'
	},
	'breathe-instead': {
		title: 'Rest and breathe instead',
		text: 'No stretching for now: slow breaths, lying down.',
		action: 'Start'
	},
	'check-signs-instead': {
		title: 'Check the warning signs',
		text: 'No routine for now. A few yes-or-no questions say if anything needs a doctor, and how soon.',
		action: 'Check the signs'
	}
} satisfies Record<string, ItemWords>;

const en = {
	/** The plan's items with words of their own, by the key content/episode-plan.ts gives them. */
	items,
	/** Water: the count to aim at is a parameter (content/episode-plan.ts, WATER_GLASSES). */
	fluids: {
		title: 'Drink a little more water than usual',
		text: (glasses: number) =>
			`A little more than you usually drink, sipped through the day. Logging ${glasses} glasses in the check-in below ticks this off for today. If a doctor has told you to limit fluids, follow that advice.`,
		action: 'Why water',
		progress: (logged: number, goal: number) => `${logged} of ${goal} glasses logged today`
	},
	/** Its title is the care level's own (messages/care, levels.appointment.title). */
	appointment: {
		text: 'Spasms or pain that last more than three days without easing are worth having checked. Keep gently active meanwhile.',
		action: 'When to get help'
	},
	/** A step of the walking ladder (content/walks.ts); the first has no shorter walk before it. */
	walk: {
		firstTitle: (minutes: number) => `Walk for ${minutes} minutes, when you can`,
		title: (minutes: number) => `Walk for ${minutes} minutes`,
		firstText: 'However slowly: out for half the time, then back. Stop if the pain gets sharp.',
		text: (before: number) =>
			`A little longer than the ${before}-minute walk, however slowly. If that is too much today, the shorter walk is fine.`,
		action: (minutes: number) => `Start a ${minutes}-minute walk`
	},
	stages: {
		'first-hours': 'The first hours',
		'early-days': 'The next few days',
		easing: 'Easing',
		'not-easing': 'Not easing yet',
		settling: 'Settling down'
	} satisfies Record<EpisodeStage, string>,
	/** The stage's sentence under "Day N"; not easing from day four says why instead (`look`). */
	stageText: {
		'first-hours': 'Rest a little, then move gently. Most spasms ease with home care.',
		'early-days': 'Keep gently active. Long rest in bed slows recovery.',
		easing: 'Keep gently active, a little more each day.',
		settling: 'Things look calmer. Ease back into your usual day.'
	} satisfies Record<Exclude<EpisodeStage, 'not-easing'>, string>,
	look: {
		spasms:
			'The spasms have gone on for more than three days, so it is time to have them looked at.',
		pain: 'Your check-ins do not show the pain easing after more than three days, so it is time to have it looked at.',
		'no-news':
			'It is more than three days since it started. If it has not eased, it is time to have it looked at; a check-in today shows how it is going.'
	} satisfies Record<LookReason, string>,
	/**
	 * What the journal shows easing: "Easing: pain 7 → 4 since Monday; no spasms logged since
	 * Wednesday." While it is time to have it looked at, the facts alone.
	 */
	easing: ({ pain, spasmsSince, look }: EasingFacts) => {
		const parts: string[] = [];
		if (pain) parts.push(`pain ${pain.from} → ${pain.to} since ${dayName(pain.since)}`);
		if (spasmsSince)
			parts.push(
				spasmsSince.kind === 'today'
					? 'no spasms logged today'
					: `no spasms logged since ${dayName(spasmsSince)}`
			);
		const text = parts.join('; ');
		return look ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : `Easing: ${text}.`;
	},
	/** Why an item is on the list, or moved up it. */
	reasons: {
		coldNotHelping: 'Cold did not ease the pain on two sessions, so try warmth now.',
		heatHelped: 'Heat eased the pain last time.',
		heatHelpedBy: (before: number, after: number) =>
			`Heat eased the pain last time (${before}, then ${after} out of 10).`,
		/** `after`: the routine's title as the session was saved; null when it is not known. */
		painHigherAfter: (after: string | null) =>
			`Pain was higher after ${after ?? 'your last routine'}, so try this gentler one.`,
		noGentler: (after: string | null) =>
			`Pain was higher after ${after ?? 'your last routine'}, which asks very little movement, so check the warning signs before any routine.`
	},
	card: {
		since: (day: string) => `Since ${day}`,
		day: (n: number) => `Day ${n}`,
		/** A doctor today or now comes first: the notice above says it in full. */
		first: {
			emergency: 'First: get emergency help now.',
			urgent: 'First: see a doctor today.'
		},
		plan: 'The plan for today',
		now: 'Now',
		/** Shown on a ticked item; the screen reader's words say the same. */
		done: 'Done today',
		doneHidden: '(done today)',
		/** A folded item's button, named in full: "Start Ice 20: Cold for 20 minutes". */
		itemName: (action: string, title: string) => `${action}: ${title}`,
		readyToStretch: 'Ready to stretch gently?',
		startStretch: (title: string) => `Start: ${title}`,
		settled: 'My back has settled',
		endAsk: 'End this episode? It stays in History.',
		endYes: 'Yes, end it',
		keepOpen: 'Keep it open',
		ended: 'Episode ended. You can find it in History.',
		noted: 'Noted. The plan carries on.',
		saved: 'Saved.'
	},
	/** A week without spasms: has the back settled? */
	end: {
		title: 'A week without spasms',
		text: 'Has your back settled? If it has, Limber closes this episode and keeps it in History.',
		yes: 'Yes, it has settled',
		notYet: 'Not yet'
	},
	/** The weeks after an episode settles (core/keep-up.ts decides). */
	keepUp: {
		title: 'Keeping it away',
		week: (week: number) => `Week ${week} of ${KEEP_UP_WEEKS}`,
		why: 'Back pain often comes back. A gentle routine or a walk two or three times a week, kept up for the next few weeks, lowers that chance.',
		progress: (k: KeepUp) =>
			k.state === 'met'
				? `${k.done} this week: that is the habit that helps.`
				: k.state === 'nudge'
					? `It has been ${k.quietDays} days. A few minutes today keeps the habit going.`
					: `This week: ${k.done} of ${KEEP_UP_GOAL}.`,
		/** The Start button, with the routine's title. */
		start: (title: string) => `Start ${title}`,
		other: 'Choose another routine',
		noteTitle: 'If it comes back',
		noteAsk:
			'What helped this time? Limber shows your note first if your back seizes again, when it is hard to think.',
		noteLabel: 'What helped',
		noteShown: 'Your note shows under "Back just seized?" above.',
		fromJournal: 'Your journal shows pain lower after:',
		/** One thing the journal shows helped, and how often: "Heat, twice". */
		helped: (title: string, times: number) =>
			`${title}, ${times === 1 ? 'once' : times === 2 ? 'twice' : `${times} times`}`,
		add: 'Add to the note:',
		write: 'Write what helped',
		save: 'Save note',
		cancel: 'Cancel',
		change: 'Change note',
		saved: 'Saved. Limber will show this first if your back seizes again.',
		emptied: 'Note removed.',
		noEpisode: 'There is no ended episode to keep this note on.',
		lastTime: 'What helped last time'
	}
};

export default en;

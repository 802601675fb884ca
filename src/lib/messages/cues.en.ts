// What the voice says and the player names as a session goes: the steps' own names and lines
// around the exercises' words, the timer phases, the count and the end, and what happened while
// the phone slept. English gives the shape. Spoken lines: short, no brackets, no symbols.
import { formatSpan } from '$lib/i18n/format';

/** "3 minutes ago", or "just now" under a second. */
const ago = (ms: number) => (ms < 1000 ? 'just now' : `${formatSpan('en', ms)} ago`);

const en = {
	/** The lead-in before the first exercise: its title, then its spoken line. */
	getReady: (name: string) => `Get ready: ${name}`,
	getReadyCue: (name: string) => `Get ready: ${name}.`,
	switchSides: 'Switch sides',
	/** An exercise done on each side: its title. */
	side: {
		left: (name: string) => `${name} (left)`,
		right: (name: string) => `${name} (right)`
	},
	/** An exercise done on each side: its spoken line, before the exercise's own. */
	sideCue: {
		left: (cue: string) => `Left side. ${cue}`,
		right: (cue: string) => `Right side. ${cue}`
	},
	rest: 'Rest',
	restCue: (next: string) => `Rest. Next: ${next}.`,
	/** The timer phases' names. */
	phases: { ice: 'Ice', 'warm-up': 'Pack off', heat: 'Heat', relax: 'Rest', walk: 'Walk' },
	phaseRound: (name: string, round: number, rounds: number) =>
		`${name} — round ${round} of ${rounds}`,
	phaseCues: {
		ice: 'Ice on. Wrap the pack in a cloth.',
		'warm-up': 'Pack off. Let the skin warm up, and check that it looks normal.',
		heat: 'Heat on. Keep a layer between skin and heat.',
		relax: 'Rest. Lie down and let your back go.',
		walk: 'Walk gently.'
	},
	/** Said before cold or heat goes on after another phase. */
	skinCheck: 'Check your skin first: it should look and feel normal.',
	/** Halfway through a walk of two minutes or more. */
	turnAround: 'Turn around and head back.',
	tenSeconds: '10 seconds',
	halfway: 'Halfway',
	finished: 'Well done. Session complete.',
	/** A notification when a session ends while the page is hidden. */
	complete: 'Session complete.',
	/** The live region, for screen readers, at each step. */
	step: (n: number, total: number, label: string) => `Step ${n} of ${total}: ${label}`,
	paused: 'Paused',
	resumed: 'Resumed',
	/** What happened while the page was hidden or the phone slept. */
	gap: {
		finished: (ended: string, agoMs: number) => `${ended} ended ${ago(agoMs)} — session complete.`,
		stopped: (agoMs: number) => `Session stopped ${ago(agoMs)}.`,
		/** The next step has a phrase of its own (`now`). */
		moved: (ended: string, agoMs: number, now: string) =>
			`${ended} ended ${ago(agoMs)} — now ${now}.`,
		/** The next step is an exercise, named by its title. */
		movedTo: (ended: string, agoMs: number, step: string) =>
			`${ended} ended ${ago(agoMs)} — now ${step}.`,
		/** The subject of "… ended": every step but an exercise (named by its title). */
		ended: {
			'lead-in': 'Get ready',
			'switch-sides': 'Switch sides',
			rest: 'Rest',
			ice: 'Ice',
			'warm-up': 'Pack off',
			heat: 'Heat',
			relax: 'Rest',
			walk: 'Walk'
		},
		now: {
			'lead-in': 'getting ready',
			'switch-sides': 'switching sides',
			rest: 'resting',
			ice: 'ice on',
			'warm-up': 'letting the skin warm up',
			heat: 'heat on',
			relax: 'resting',
			walk: 'walking'
		}
	}
};

export default en;

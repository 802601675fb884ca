// History: the sessions and check-ins kept on this device, the calendar, the charts and what the
// ratings show. English gives the shape.
import { formatNumber, plural } from '$lib/i18n/format';
import type { InsightSubject } from '$lib/core/insights';
import { NUMBNESS_PLACES, type JournalEntry } from '$lib/core/model';
import type { PainFacts, WeekFacts, WeekMinutes } from '$lib/core/history-stats';
import { weekAmount } from '$lib/core/history-stats';

const minutes = (n: number) => plural('en', n, { one: '# minute', other: '# minutes' });
const weekText = (w: WeekMinutes) => {
	const { unit, n } = weekAmount(w);
	return unit === 'second' ? plural('en', n, { one: '# second', other: '# seconds' }) : minutes(n);
};
const activities = {
	ice: 'ice',
	heat: 'heat',
	relax: 'rest',
	walk: 'a walk',
	contrast: 'contrast (ice and heat)'
};

const places = {
	saddle: 'between the legs, bottom or inner thighs',
	'both-legs': 'in both legs',
	'one-leg': 'down one leg'
};

/** What a check-in logged about the signs it asks for, for the calendar's day detail. */
function signs(entry: JournalEntry): string {
	const where = NUMBNESS_PLACES.filter((p) => entry.numbnessWhere?.includes(p)).map(
		(p) => places[p]
	);
	const numbness = !entry.numbness
		? 'no numbness or tingling'
		: where.length
			? `numbness or tingling: ${where.join('; ')}`
			: 'numbness or tingling';
	const bladder =
		entry.bladderBowel === undefined
			? ''
			: `; ${entry.bladderBowel ? 'new bladder or bowel trouble' : 'no bladder or bowel trouble'}`;
	const severe = entry.severe ? '; pain so bad it is hard to think, sleep or move' : '';
	return numbness + bladder + severe;
}

const en = {
	title: 'History',
	description: 'Your sessions, daily check-ins and pain over time, kept only on this device.',
	report: 'Report for your doctor',
	glance: {
		streak: 'Current streak',
		streakDays: (n: number) => plural('en', n, { one: '# day', other: '# days' }),
		week: 'This week',
		sessions: 'Sessions'
	},
	/** The side note; `{link}` is the link to Settings' data section. */
	streakNote:
		'A streak counts the days in a row with a session or a check-in. To keep a copy of everything or share it with a clinician, see {link}.',
	yourData: 'Your data',
	deleted: 'Session deleted',
	episodes: {
		title: 'Episodes',
		none: 'An episode starts when your back seizes and you tap “Back just seized?” on Today, or log spasms in the check-in. Each one shows here.',
		span: (from: string, to: string) => `${from} to ${to}`,
		open: (from: string) => `${from}, still open`,
		days: (n: number) => plural('en', n, { one: '# day', other: '# days' }),
		noPain: 'No pain logged',
		painSame: (pain: number) => `Pain ${pain} throughout`,
		painChange: (first: number, last: number) => `Pain ${first} → ${last}`,
		usedMost: (items: readonly { title: string; count: number }[]) =>
			`Used most: ${items.map((m) => `${m.title} (${m.count})`).join(', ')}`,
		reportFor: (day: string) => ` for ${day}`
	},
	sessions: {
		title: 'Sessions',
		loading: 'Loading your sessions…',
		none: 'No sessions yet. Every stretch routine and timer you finish or stop is kept here, on this device only, with how long you spent and how your back felt.',
		start: 'Start a routine',
		more: 'Show more',
		loadingMore: 'Loading…',
		today: 'Today',
		yesterday: 'Yesterday'
	},
	session: {
		name: (title: string, time: string) => `${title} at ${time}`,
		completed: 'Completed',
		stopped: 'Stopped early',
		painBoth: (before: number, after: number) => `Pain ${before} → ${after}`,
		painBothLabel: (before: number, after: number) => `Pain ${before} before, ${after} after`,
		painBefore: (before: number) => `Pain ${before} before`,
		painAfter: (after: number) => `Pain ${after} after`,
		noteFor: (name: string) => `Note for ${name}`,
		saveNote: 'Save note',
		cancel: 'Cancel',
		editNote: 'Edit note',
		addNote: 'Add note',
		editNoteFor: (name: string) => `Edit note for ${name}`,
		addNoteFor: (name: string) => `Add note for ${name}`,
		remove: 'Delete',
		removeName: (name: string) => `Delete ${name}`,
		/** The session to save a note to was deleted meanwhile (in another tab). */
		gone: 'This session is no longer in your history.',
		/** Undo's put-back that did not reach the disk: the session's name, then why. */
		notBack: (title: string, why: string) => `“${title}” couldn't be brought back. ${why}`
	},
	calendar: {
		previous: 'Previous month',
		next: 'Next month',
		sessions: (n: number, length: string) =>
			`${plural('en', n, { one: '# session', other: '# sessions' })}, ${length}`,
		pain: (pain: number) => `pain ${pain}`,
		numbness: 'numbness or tingling',
		nothing: 'nothing recorded',
		today: 'today',
		yesterday: 'yesterday',
		/** Read after the day's number on its button: "May 2025, Tuesday: 2 sessions…". */
		cell: (month: string, day: string, what: readonly string[]) =>
			`${month}, ${day}: ${what.join('; ')}`,
		legendSession: 'a session',
		legendPain: 'pain logged in the check-in',
		legendNumbness: 'numbness or tingling',
		/** The mark for numbness in a day's cell. */
		numbnessMark: 'N',
		daySessions: (n: number, length: string, titles: readonly string[]) =>
			`${plural('en', n, { one: '# session', other: '# sessions' })}, ${length}: ${titles.join(', ')}.`,
		checkIn: (entry: JournalEntry) =>
			`Check-in: pain ${entry.pain} out of 10; ${entry.spasms ? 'spasms' : 'no spasms'}; ${signs(entry)}; ${plural('en', entry.water, { one: '# glass', other: '# glasses' })} of water.`,
		nothingOnDay: 'Nothing recorded on this day.'
	},
	weekly: {
		title: 'Time per week',
		axis: 'Min',
		weekStarting: 'Week starting',
		time: 'Time',
		caption: (facts: WeekFacts): string => {
			switch (facts.kind) {
				case 'none':
					return 'No weeks to show.';
				case 'one':
					return `This week so far: ${weekText(facts.current)}.`;
				case 'quiet':
					return `No session time in the last ${facts.weeks} weeks.`;
				case 'many':
					return `This week so far: ${weekText(facts.current)}. Over the last ${facts.weeks} weeks: ${minutes(facts.total)} in all, about ${minutes(facts.average)} a week.`;
			}
		}
	},
	pain: {
		title: 'Pain over time',
		axis: 'Pain',
		checkIn: 'Daily check-in',
		before: 'Before a session',
		after: 'After',
		table: 'Pain, 0 to 10, from the daily check-in and before and after sessions',
		day: 'Day',
		pain: 'Pain',
		inCheckIn: (pain: number) => `${pain} in the check-in`,
		notRated: 'not rated',
		rated: (title: string, before: string, after: string) =>
			`${title}: ${before} before, ${after} after`,
		caption: (facts: PainFacts, dayName: (day: string) => string): string => {
			const span = `the last ${facts.days} days`;
			if (facts.kind === 'none') return `No pain ratings were logged in ${span}.`;
			if (facts.kind === 'one')
				return `Pain was logged on 1 day in ${span}: ${facts.latest.pain} out of 10 on ${dayName(facts.latest.date)}.`;
			return `Pain was logged on ${plural('en', facts.logged, { one: '# day', other: '# days' })} in ${span}, ${formatNumber('en', facts.average)} out of 10 on average. Highest: ${facts.highest.pain} on ${dayName(facts.highest.date)}. Latest: ${facts.latest.pain} on ${dayName(facts.latest.date)}.`;
		}
	},
	insights: {
		title: 'What your ratings show',
		about:
			'From the pain ratings you gave before and after your sessions. They describe your own records; they are not medical advice.',
		none: (n: number) =>
			`Rate your pain before and after your sessions. Once ${n} sessions of the same kind have both ratings, you will see here how your pain tended to change.`,
		/** "After ice, your pain was on average 1.5 points lower (5 sessions)." */
		change: (subject: InsightSubject, change: number, sessions: number): string => {
			const what =
				subject.kind === 'routine' ? `the ${subject.title} routine` : activities[subject.activity];
			const size = Math.abs(change);
			const how =
				size === 0
					? 'about the same as before'
					: `on average ${plural('en', size, { one: '# point', other: '# points' })} ${change < 0 ? 'lower' : 'higher'}`;
			return `After ${what}, your pain was ${how} (${sessions} sessions).`;
		}
	}
};

export default en;

// Reasons, read from the daily check-ins, to suggest seeing a doctor: spasms logged on several
// days running, severe pain, or numbness or tingling. It names what was logged; it diagnoses
// nothing.
import { addDays } from './days';
import type { JournalEntry } from './model';

/** Spasms logged on this many consecutive days, up to today, raise a notice. */
export const SPASM_DAYS = 3;
/** A pain rating at or above this, today or yesterday, raises a notice. */
export const SEVERE_PAIN = 8;

/** Matches the ids of the red flags in the guide, so the notice can point at the right one. */
export type JournalFlagId = 'lasting-over-three-days' | 'severe-pain' | 'numbness-into-legs';

export interface JournalFlag {
	id: JournalFlagId;
	/** What the user logged, in one calm sentence. */
	reason: string;
	/** When that is a reason to see a doctor, in one sentence. */
	advice: string;
}

// Kept here rather than read from the guide content, so Today does not load the whole guide.
const ADVICE: Record<JournalFlagId, string> = {
	'lasting-over-three-days':
		'Spasms that go on for more than three days should be checked by a doctor.',
	'severe-pain': 'Severe pain is a reason to see a doctor rather than wait.',
	'numbness-into-legs':
		'Numbness spreading from the lower back into the legs should be checked by a doctor; stop stretching until you have been seen.'
};

function flag(id: JournalFlagId, reason: string): JournalFlag {
	return { id, reason, advice: ADVICE[id] };
}

function whenSaid(day: string, today: string): string {
	return day === today ? 'today' : 'yesterday';
}

/**
 * Consecutive days with spasms logged, ending today; when today has no check-in yet, ending
 * yesterday, so the count does not vanish each morning. A day without a check-in, or with
 * one saying no spasms, ends the run.
 */
export function spasmRun(byDate: ReadonlyMap<string, JournalEntry>, today: string): number {
	let day = byDate.has(today) ? today : addDays(today, -1);
	let run = 0;
	while (byDate.get(day)?.spasms === true) {
		run++;
		day = addDays(day, -1);
	}
	return run;
}

/** The journal's red flags as of `today` (local YYYY-MM-DD), in the guide's order. */
export function journalRedFlags(entries: readonly JournalEntry[], today: string): JournalFlag[] {
	const byDate = new Map(entries.map((e) => [e.date, e]));
	const recent = [today, addDays(today, -1)].flatMap((day) => {
		const entry = byDate.get(day);
		return entry ? [entry] : [];
	});
	const flags: JournalFlag[] = [];

	const run = spasmRun(byDate, today);
	if (run >= SPASM_DAYS) {
		flags.push(flag('lasting-over-three-days', `You have logged spasms on ${run} days in a row.`));
	}

	const severe = recent.find((e) => e.pain >= SEVERE_PAIN);
	if (severe) {
		flags.push(
			flag(
				'severe-pain',
				`You logged severe pain (${severe.pain} out of 10) ${whenSaid(severe.date, today)}.`
			)
		);
	}

	const numb = recent.find((e) => e.numbness);
	if (numb) {
		flags.push(
			flag('numbness-into-legs', `You logged numbness or tingling ${whenSaid(numb.date, today)}.`)
		);
	}
	return flags;
}

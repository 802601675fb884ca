// Reading a phase length as people type it ("20", "1:30", "1:05:00", "45 s", "1 h 30 min")
// and writing it back in the same form the countdown shows.
import { formatClock } from './format';

/**
 * Why a typed length cannot be read: nothing typed, 60 or more after a colon, words Limber cannot
 * read (`text`, as typed), or a number too large to be a length. Components say it in words.
 */
export type DurationProblem =
	| { code: 'empty' }
	| { code: 'over-59' }
	| { code: 'unreadable'; text: string }
	| { code: 'too-large' };

export type ParsedDuration =
	{ ok: true; seconds: number } | { ok: false; problem: DurationProblem };

const UNIT_SECONDS: Record<string, number> = {
	s: 1,
	sec: 1,
	secs: 1,
	second: 1,
	seconds: 1,
	m: 60,
	min: 60,
	mins: 60,
	minute: 60,
	minutes: 60,
	h: 3600,
	hr: 3600,
	hrs: 3600,
	hour: 3600,
	hours: 3600
};

/** A decimal number written with a point or a comma, as phones in many languages type it. */
const number = (text: string): number => Number(text.replace(',', '.'));

/**
 * Parses a typed duration into whole seconds. A bare number means minutes, because that is how
 * people speak of ice and heat; colons read like the countdown (m:ss, h:mm:ss); units may be
 * spelled out, which also accepts what Limber itself prints ("1 h 5 min", "45 s").
 * Says nothing about whether the length is sensible: that is the program's validation.
 */
export function parseDuration(input: string): ParsedDuration {
	const text = input.trim().toLowerCase();
	if (text === '') return { ok: false, problem: { code: 'empty' } };

	if (/^\d+(?:[.,]\d+)?$/.test(text)) return whole(number(text) * 60);

	const clock = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(text);
	if (clock) {
		const [a, b, c] = [clock[1], clock[2], clock[3]].map((x) => (x === undefined ? 0 : Number(x)));
		const hasHours = clock[3] !== undefined;
		// Two digits after a colon are seconds or minutes; 60 or more is a typing slip, not 1:00.
		if ((b ?? 0) >= 60 || (c ?? 0) >= 60) return { ok: false, problem: { code: 'over-59' } };
		return whole(hasHours ? (a ?? 0) * 3600 + (b ?? 0) * 60 + (c ?? 0) : (a ?? 0) * 60 + (b ?? 0));
	}

	const parts = /^(?:\d+(?:[.,]\d+)?\s*[a-z]+\s*)+$/.test(text)
		? [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*([a-z]+)/g)]
		: [];
	if (parts.length > 0) {
		let seconds = 0;
		const seen = new Set<number>();
		for (const [, amount, unit] of parts) {
			const factor = UNIT_SECONDS[unit ?? ''];
			if (factor === undefined || seen.has(factor)) return unreadable(input);
			seen.add(factor);
			seconds += number(amount ?? '0') * factor;
		}
		return whole(seconds);
	}

	return unreadable(input);
}

function unreadable(input: string): ParsedDuration {
	return { ok: false, problem: { code: 'unreadable', text: input.trim() } };
}

function whole(seconds: number): ParsedDuration {
	if (!Number.isFinite(seconds)) return { ok: false, problem: { code: 'too-large' } };
	return { ok: true, seconds: Math.round(seconds) };
}

/** The text a duration field shows: the countdown's own form, "20:00" or "1:30:00". */
export function formatDurationInput(seconds: number): string {
	return formatClock(seconds * 1000);
}

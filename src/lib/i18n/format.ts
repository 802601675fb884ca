// Numbers, counts, lengths, lists and dates in the page's language, through Intl (and, for the
// short units on buttons, the abbreviations each language uses). Formatters are made once per
// language: making one costs far more than using it.
import type { Lang } from '$lib/core/lang';

/** The forms of a count: `other` always, `one` (and the rest) where the language has them. */
export type PluralForms = Readonly<
	Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
>;

const memo = <T>(make: (lang: Lang) => T) => {
	const made = new Map<Lang, T>();
	return (lang: Lang): T => {
		let held = made.get(lang);
		if (held === undefined) made.set(lang, (held = make(lang)));
		return held;
	};
};

const pluralRules = memo((lang) => new Intl.PluralRules(lang));
const numbers = memo((lang) => new Intl.NumberFormat(lang));
const lists = memo((lang) => new Intl.ListFormat(lang, { type: 'conjunction' }));

/** A whole or decimal number as the language writes it: 1,234.5 · 1.234,5. */
export function formatNumber(lang: Lang, n: number): string {
	return numbers(lang).format(n);
}

/** The form of `forms` for `n`, with each `#` in it written as the number: "3 days", "1 día". */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
	const form = forms[pluralRules(lang).select(n)] ?? forms.other;
	return form.replaceAll('#', formatNumber(lang, n));
}

/** "a", "a and b", "a, b and c"; "a, b y c"; "a, b und c". */
export function formatList(lang: Lang, parts: readonly string[]): string {
	return lists(lang).format(parts);
}

/** The short units beside a number on a button or a list, as each language abbreviates them. */
const SHORT_UNITS: Readonly<Record<Lang, Readonly<Record<'s' | 'min' | 'h', string>>>> = {
	en: { s: '# s', min: '# min', h: '# h' },
	es: { s: '# s', min: '# min', h: '# h' },
	de: { s: '# Sek.', min: '# Min.', h: '# Std.' }
};

const short = (lang: Lang, n: number, unit: 's' | 'min' | 'h') =>
	SHORT_UNITS[lang][unit].replace('#', formatNumber(lang, n));

const pad = (n: number) => String(n).padStart(2, '0');

/** `m:ss`, or `h:mm:ss` from an hour, rounded up to the whole second (see core/format.ts). */
function clock(ms: number): string {
	const total = Math.max(0, Math.ceil(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/**
 * A length, exactly: "45 s", "20 min", "1 h 5 min" ("20 Min.", "1 Std. 5 Min."); one that is
 * not a whole number of minutes reads as a clock ("1:30"), never rounded to a length it is not.
 */
export function formatDuration(lang: Lang, ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return short(lang, seconds, 's');
	if (seconds % 60 !== 0) return clock(seconds * 1000);
	const minutes = seconds / 60;
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (h === 0) return short(lang, m, 'min');
	return m === 0 ? short(lang, h, 'h') : `${short(lang, h, 'h')} ${short(lang, m, 'min')}`;
}

/** Time a person spent, exact to the second and never as a clock: "19 min 56 s". */
export function formatLength(lang: Lang, ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	const parts = [
		h > 0 && short(lang, h, 'h'),
		m > 0 && short(lang, m, 'min'),
		(s > 0 || seconds === 0) && short(lang, s, 's')
	];
	return parts.filter(Boolean).join(' ');
}

type LongUnit = 'second' | 'minute' | 'hour' | 'day' | 'week';
const longUnits = memo((lang) => {
	const made = new Map<LongUnit, Intl.NumberFormat>();
	return (unit: LongUnit) => {
		let held = made.get(unit);
		if (!held)
			made.set(
				unit,
				(held = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }))
			);
		return held;
	};
});

/** A count of a unit in words, to be read or spoken: "3 minutes", "1 hora", "2 Stunden". */
export function formatUnit(lang: Lang, n: number, unit: LongUnit): string {
	return longUnits(lang)(unit).format(n);
}

/** A span in words, to be read or spoken: "40 seconds", "1 hour 5 minutes", "1 Stunde und 5 Minuten". */
export function formatSpan(lang: Lang, ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 60) return formatUnit(lang, Math.max(0, seconds), 'second');
	const minutes = Math.round(ms / 60_000);
	if (minutes < 60) return formatUnit(lang, minutes, 'minute');
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (m === 0) return formatUnit(lang, h, 'hour');
	return formatList(lang, [formatUnit(lang, h, 'hour'), formatUnit(lang, m, 'minute')]);
}

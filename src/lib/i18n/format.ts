// Numbers, counts and lists in the page's language, through Intl: no language's grammar is
// written by hand here. Formatters are made once per language (making one costs far more than
// using it).
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

// The one home for the small word helpers every sentence and file name uses: counts with the
// right noun, lists joined as a person writes them, sizes, slugs for file names, and the title
// of a copy.

/** The kinds of record Limber keeps, as a person names one and many of them. */
export const NOUNS = {
	sessions: ['session', 'sessions'],
	journal: ['check-in', 'check-ins'],
	routines: ['own routine', 'own routines'],
	programs: ['own timer', 'own timers'],
	episodes: ['episode', 'episodes'],
	settings: ['setting', 'settings']
} as const satisfies Record<string, readonly [one: string, many: string]>;

export type RecordKind = keyof typeof NOUNS;

/** "1 session", "3 check-ins". */
export function countOf(kind: RecordKind, n: number): string {
	const [one, many] = NOUNS[kind];
	return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
export function listJoin(parts: readonly string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Bytes `text` takes as UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (const ch of text) {
		const cp = ch.codePointAt(0) ?? 0;
		bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	}
	return bytes;
}

/** "12 KB", "1.5 MB": never "0 KB" for a file that holds something. */
export function sizeLabel(bytes: number): string {
	const mb = bytes / (1024 * 1024);
	return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A file-name-safe form of a title ("Ice 20 / 20" → "ice-20-20"), or `fallback` when none is left. */
export function slug(title: string, fallback: string): string {
	const out = title
		.toLowerCase()
		.normalize('NFKD')
		// Accents come apart from their letters under NFKD; drop them, keep the letter.
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	return out || fallback;
}

/** The title of a copy, within `maxLength`: "Ice (copy)", then "Ice (copy 2)", "Ice (copy 3)". */
export function copyTitle(title: string, maxLength: number): string {
	const m = /^(.*) \(copy(?: (\d+))?\)$/.exec(title);
	const base = m ? (m[1] ?? '') : title;
	const suffix = m ? ` (copy ${Number(m[2] ?? 1) + 1})` : ' (copy)';
	return base.slice(0, maxLength - suffix.length).trimEnd() + suffix;
}

/** `text` with its first letter a capital, to start a sentence: "this routine" → "This routine". */
export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A name to quote in a sentence: “Morning stretch”, cut to `max` characters with an ellipsis. */
export function quoted(name: string, max = 40): string {
	const text = name.trim();
	return `“${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}”`;
}

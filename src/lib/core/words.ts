// Small helpers for text a person gave or a file's name: its length in bytes, a slug for a file
// name, and the title of a copy (marked with the caller's word). No words of their own: those are
// in src/lib/messages.

/** Bytes `text` takes as UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (const ch of text) {
		const cp = ch.codePointAt(0) ?? 0;
		bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	}
	return bytes;
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

/**
 * The title of a copy, within `maxLength`, marked with `copy` (the page's word for one: "copy",
 * "copia", "Kopie"): "Ice (copy)", then "Ice (copy 2)", "Ice (copy 3)".
 */
export function copyTitle(title: string, maxLength: number, copy: string): string {
	const mark = copy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const m = new RegExp(`^(.*) \\(${mark}(?: (\\d+))?\\)$`).exec(title);
	const base = m ? (m[1] ?? '') : title;
	const suffix = m ? ` (${copy} ${Number(m[2] ?? 1) + 1})` : ` (${copy})`;
	return base.slice(0, maxLength - suffix.length).trimEnd() + suffix;
}

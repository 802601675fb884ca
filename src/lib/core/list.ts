// Reordering an editor's list (routine steps, timer phases): one rule for every list.

/**
 * `items` with the one at `from` moved to `to`. A target past either end is clamped, so a drag
 * beyond the list still lands first or last; an unknown `from` changes nothing.
 */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
	const out = [...items];
	if (from < 0 || from >= out.length) return out;
	const target = Math.max(0, Math.min(out.length - 1, to));
	if (target === from) return out;
	const [item] = out.splice(from, 1);
	out.splice(target, 0, item as T);
	return out;
}

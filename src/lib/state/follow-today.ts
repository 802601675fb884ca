// Keeps a view of Today's data current: reads again after a write to one of `stores` in any tab,
// and when midnight has passed while the page stays open (checked every minute, and at once when
// the page is shown again). Used by the episode's card and the weeks after it, which follow for
// as long as the page lives: the data stays true while Today is away, so it returns without a
// flash of what was shown before.
import { localDay } from '$lib/core/days';
import { onDataChange, type DataChange } from '$lib/storage/broadcast';

/** How often to notice that midnight has passed while the page stays open. */
const DAY_CHECK_MS = 60_000;

/** Starts following; returns the function that stops it. */
export function followToday(
	stores: readonly DataChange['store'][],
	today: () => string,
	load: () => Promise<void>
): () => void {
	const stopChanges = onDataChange((change) => {
		if (stores.includes(change.store)) void load();
	});
	const checkDay = () => {
		if (localDay(Date.now()) !== today()) void load();
	};
	const timer = setInterval(checkDay, DAY_CHECK_MS);
	const onVisible = () => {
		if (document.visibilityState === 'visible') checkDay();
	};
	document.addEventListener('visibilitychange', onVisible);
	return () => {
		stopChanges();
		clearInterval(timer);
		document.removeEventListener('visibilitychange', onVisible);
	};
}

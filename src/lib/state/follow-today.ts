// Keeps a view of Today's data current: reads again after a write to one of `stores` in any tab,
// and when midnight has passed while the page stays open (checked every minute, and at once when
// the page is shown again). Used by the episode's card and the weeks after it.
import { localDay } from '$lib/core/days';
import { onDataChange, type DataChange } from '$lib/storage/broadcast';

/** How often to notice that midnight has passed while the page stays open. */
const DAY_CHECK_MS = 60_000;

export function followToday(
	stores: readonly DataChange['store'][],
	today: () => string,
	load: () => Promise<void>
): void {
	onDataChange((change) => {
		if (stores.includes(change.store)) void load();
	});
	const checkDay = () => {
		if (localDay(Date.now()) !== today()) void load();
	};
	setInterval(checkDay, DAY_CHECK_MS);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') checkDay();
	});
}

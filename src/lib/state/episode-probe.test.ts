// The episode probe: finds the open episode (the newest if a restore left several), the newest
// ended one and the note of what helped before the open one; follows episodes changed in any tab
// from then on, with one listener however often it is asked; starts the daily reminder's due
// watch once; and does nothing while prerendering.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Episode } from '$lib/core/model';

const env = vi.hoisted(() => ({ browser: true, building: false, dev: false, version: 't' }));
vi.mock('$app/environment', () => env);
const due = vi.hoisted(() => ({ start: vi.fn() }));
vi.mock('./reminder-due.svelte', () => ({ reminderDue: due }));

const DAY = 86_400_000;

/** A fresh page: the probe, storage and the open episode as a first import finds them. */
async function freshPage() {
	vi.resetModules();
	const testing = await import('$lib/storage/testing');
	await testing.freshStorage();
	return {
		...testing,
		probe: await import('./episode-probe'),
		openEpisode: (await import('./open-episode.svelte')).openEpisode,
		episodes: await import('$lib/storage/episodes'),
		broadcast: await import('$lib/storage/broadcast')
	};
}

let page: Awaited<ReturnType<typeof freshPage>>;

beforeEach(async () => {
	env.browser = true;
	due.start.mockClear();
	page = await freshPage();
});

const ended = (id: string, startedAt: number, helped?: string): Episode => ({
	...page.episode(id, { startedAt }),
	endDay: '2024-05-20',
	endReason: 'settled',
	...(helped ? { helped } : {})
});

describe('watchEpisodes', () => {
	it('finds the open episode, the newest ended one and what helped before the open one', async () => {
		const { T0 } = page;
		for (const e of [
			ended('e1', T0, 'Heat, then walking'),
			ended('e2', T0 + 30 * DAY),
			page.episode('e3', { startedAt: T0 + 60 * DAY }),
			page.episode('e4', { startedAt: T0 + 61 * DAY }),
			ended('e5', T0 + 90 * DAY, 'Written after the open one')
		])
			await page.episodes.put(e);
		await page.probe.watchEpisodes();
		expect(page.openEpisode.current?.id).toBe('e4');
		expect(page.openEpisode.ended?.id).toBe('e5');
		expect(page.openEpisode.helped).toBe('Heat, then walking');
	});

	it('follows episodes changed in any tab, listening once however often asked', async () => {
		await page.probe.watchEpisodes();
		await page.probe.watchEpisodes();
		expect(due.start).toHaveBeenCalledOnce();
		const reads = vi.spyOn(page.episodes, 'all');

		await page.episodes.put(page.episode('e1'));
		await vi.waitFor(() => expect(page.openEpisode.current?.id).toBe('e1'));
		expect(reads).toHaveBeenCalledOnce();

		// Another tab ends it.
		await page.episodes.put(ended('e1', page.T0));
		await vi.waitFor(() => expect(page.openEpisode.current).toBeNull());
		expect(page.openEpisode.ended?.id).toBe('e1');

		// Other stores are not its business.
		reads.mockClear();
		page.broadcast.notifyChange({ store: 'journal', op: 'put', key: '2024-05-01' });
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(reads).not.toHaveBeenCalled();
	});

	it('does nothing while prerendering', async () => {
		env.browser = false;
		await page.episodes.put(page.episode('e1'));
		await page.probe.watchEpisodes();
		expect(page.openEpisode.current).toBeNull();
		expect(due.start).not.toHaveBeenCalled();
	});
});

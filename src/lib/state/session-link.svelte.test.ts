// The shell's light view of a session: on the first look of a page, sessions that ended but were
// not saved are written and never offered as still going, then changes to a running session the
// app was closed on; a session saved by an earlier visit and still running by the clock is
// offered to continue (the newest if several), one that is over or ran in this tab is not; and
// another tab starting or ending a session changes what is offered. A first visit creates no
// database.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Timeline } from '$lib/core/model';

const MIN = 60_000;

/** A localStorage of our own, for what is set aside. */
function memoryStorage() {
	const data = new Map<string, string>();
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}

/** A fresh page: the link, storage and what is set aside, as a first import finds them. */
async function freshPage() {
	vi.resetModules();
	const testing = await import('$lib/storage/testing');
	await testing.freshStorage();
	vi.useFakeTimers({ now: testing.T0 + 5 * MIN, toFake: ['Date'] });
	return {
		...testing,
		link: (await import('./session-link.svelte')).sessionLink,
		active: await import('$lib/storage/active'),
		sessions: await import('$lib/storage/sessions'),
		unsaved: await import('./unsaved'),
		aside: (await import('./timeline-aside')).timelineAside
	};
}

let page: Awaited<ReturnType<typeof freshPage>>;
let kept: ReturnType<typeof memoryStorage>;

beforeEach(async () => {
	kept = memoryStorage();
	vi.stubGlobal('localStorage', kept);
	page = await freshPage();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

const started = (id: string, at: number): Timeline =>
	page.timeline(id, { events: [{ type: 'start', at }] });

describe('sessionLink', () => {
	it('offers nothing on a first visit, and creates no database', async () => {
		await page.link.probe();
		expect(page.link.interrupted).toBeNull();
		expect(await indexedDB.databases()).toEqual([]);
	});

	it('offers to continue a session still running by the clock: the newest of several', async () => {
		await page.active.saveActive(started('t1', page.T0 - MIN));
		await page.active.saveActive(started('t2', page.T0));
		await page.link.probe();
		expect(page.link.interrupted).toMatchObject({
			title: 'Ice 20 / 20',
			step: 'Ice',
			remainingMs: 15 * MIN,
			paused: false
		});
		expect(page.link.interrupted?.timeline.id).toBe('t2');
	});

	it('says a paused session is paused, and offers none that is over or runs in this tab', async () => {
		await page.active.saveActive(
			page.timeline('t1', {
				events: [
					{ type: 'start', at: page.T0 },
					{ type: 'pause', at: page.T0 + MIN }
				]
			})
		);
		await page.link.probe();
		expect(page.link.interrupted).toMatchObject({ paused: true, remainingMs: 19 * MIN });

		page.link.live = { title: 'Ice 20 / 20', step: 'Ice', paused: true };
		await page.link.probe();
		expect(page.link.interrupted).toBeNull();

		page.link.live = null;
		await page.active.clearActive('t1');
		await page.active.saveActive(started('t3', page.T0 - 60 * MIN));
		await page.link.probe();
		expect(page.link.interrupted).toBeNull();
	});

	it('writes a session that ended but was not saved, and never offers it as still going', async () => {
		await page.active.saveActive(started('s00001', page.T0));
		kept.setItem(page.unsaved.UNSAVED_KEY, JSON.stringify({ s00001: page.session(1) }));
		await page.link.probe();
		expect(page.link.interrupted).toBeNull();
		expect(await page.sessions.get('s00001')).toEqual(page.session(1));
		expect(await page.active.getActive('s00001')).toBeUndefined();
		expect(kept.getItem(page.unsaved.UNSAVED_KEY)).toBeNull();
	});

	it('still offers nothing for an ended session whose write fails again', async () => {
		await page.active.saveActive(started('s00001', page.T0));
		kept.setItem(page.unsaved.UNSAVED_KEY, JSON.stringify({ s00001: page.session(1) }));
		const { StorageError } = await import('$lib/storage/errors');
		vi.spyOn(page.active, 'endSession').mockResolvedValue({
			ok: false,
			error: new StorageError('failed', { code: 'refused', problem: 'error', thing: 'session' })
		});
		await page.link.probe();
		expect(page.link.interrupted).toBeNull();
		expect(kept.getItem(page.unsaved.UNSAVED_KEY)).not.toBeNull();
	});

	it('writes the changes the app was closed on, on the first look only', async () => {
		const running = started('t1', page.T0);
		await page.active.saveActive(running);
		const paused: Timeline = {
			...running,
			events: [...running.events, { type: 'pause', at: page.T0 + MIN }]
		};
		page.aside.keep(paused);
		await page.link.probe();
		expect(await page.active.getActive('t1')).toEqual(paused);
		expect(page.link.interrupted?.paused).toBe(true);

		// Set aside later in this page's life: the player writes it, not the next look.
		const resumed: Timeline = {
			...paused,
			events: [...paused.events, { type: 'resume', at: page.T0 + 2 * MIN }]
		};
		page.aside.keep(resumed);
		await page.link.probe();
		expect(await page.active.getActive('t1')).toEqual(paused);
	});

	it('looks again when another tab starts or ends a session', async () => {
		await page.link.probe();
		const other = new BroadcastChannel('limber-data');
		await page.active.saveActive(started('t1', page.T0));
		other.postMessage({ store: 'active', op: 'put', key: 't1' });
		await vi.waitFor(() => expect(page.link.interrupted?.timeline.id).toBe('t1'));

		await page.active.clearActive('t1');
		other.postMessage({ store: 'active', op: 'delete', key: 't1' });
		other.close();
		await vi.waitFor(() => expect(page.link.interrupted).toBeNull());
	});

	it('does not look again for this tab’s own changes', async () => {
		await page.link.probe();
		await page.active.saveActive(started('t1', page.T0));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(page.link.interrupted).toBeNull();
	});
});

// The storage warning's source: the status storage reports, followed while the banner or
// Settings shows it and let go once nothing does; and storage opened at start only when
// something is saved, so a first visit creates no database.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/storage/backend';
import { putJournal } from '$lib/storage/first-use';
import * as status from '$lib/storage/status';
import { entry, freshStorage } from '$lib/storage/testing';
import { StorageHealth } from './storage-health.svelte';
import { settle, show } from './testing.svelte';

const FULL = {
	persistent: false,
	reason: 'quota'
} as const;

beforeEach(freshStorage);
afterEach(() => {
	vi.restoreAllMocks();
	status.resetStorageStatus();
});

/** Counts the status listeners StorageHealth holds. */
function countListeners() {
	const held = { count: 0 };
	const subscribe = status.subscribeStorageStatus;
	vi.spyOn(status, 'subscribeStorageStatus').mockImplementation((listener) => {
		held.count++;
		const stop = subscribe(listener);
		return () => {
			held.count--;
			stop();
		};
	});
	return held;
}

describe('StorageHealth', () => {
	it('an alert shown from an effect does not make the effect depend on the count', () => {
		const health = new StorageHealth();
		let runs = 0;
		const stop = $effect.root(() => {
			$effect(() => {
				runs++;
				return health.alertShown();
			});
		});
		flushSync();
		expect(health.quiet).toBe(true);
		expect(runs).toBe(1);
		stop();
		expect(health.quiet).toBe(false);
	});

	it('keeps the warning quiet while a flow’s own alert is on screen, and only then', () => {
		const health = new StorageHealth();
		const quiet = show(() => health.quiet);
		const gone = health.alertShown();
		const other = health.alertShown();
		flushSync();
		gone();
		gone();
		flushSync();
		// Said gone twice, one alert is still on screen.
		expect(health.quiet).toBe(true);
		other();
		flushSync();
		expect(quiet.seen).toEqual([false, true, false]);
	});

	it('says what storage reports, with or without anything on screen', () => {
		const health = new StorageHealth();
		expect(health.status.persistent).toBe(true);
		status.setStorageStatus(FULL);
		expect(health.status).toEqual(FULL);
	});

	it('updates what is on screen when storage fails, and listens only while shown', async () => {
		const held = countListeners();
		const health = new StorageHealth();
		expect(held.count).toBe(0);

		const banner = show(() => health.status.persistent);
		const settings = show(() => health.status.reason);
		expect(held.count).toBe(1);
		status.setStorageStatus(FULL);
		flushSync();
		expect(banner.seen).toEqual([true, false]);
		expect(settings.seen).toEqual([undefined, FULL.reason]);

		banner.stop();
		await settle();
		expect(held.count).toBe(1);
		settings.stop();
		await settle();
		expect(held.count).toBe(0);

		// Shown again later: what storage says now, and listening again.
		status.resetStorageStatus();
		const again = show(() => health.status.persistent);
		expect(again.seen).toEqual([true]);
		expect(held.count).toBe(1);
		again.stop();
		await settle();
		expect(held.count).toBe(0);
	});

	it('opens storage at start only when something is saved, and once', async () => {
		const opened = vi.spyOn(backend, 'initStorage');
		new StorageHealth().start();
		await settle();
		expect(opened).not.toHaveBeenCalled();
		expect(await indexedDB.databases()).toEqual([]);

		await putJournal(entry('2024-05-01'));
		const health = new StorageHealth();
		health.start();
		health.start();
		await vi.waitFor(() => expect(opened).toHaveBeenCalledOnce());
	});
});

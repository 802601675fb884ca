// The report for a doctor: every episode newest first, the chosen one's report (the newest
// unless another is asked for, and the newest again when the one asked for is gone), read once
// and again whenever episodes, check-ins or sessions change in any tab, not for other stores.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Episode } from '$lib/core/model';
import { notifyChange } from '$lib/storage/broadcast';
import * as episodes from '$lib/storage/episodes';
import * as journal from '$lib/storage/journal';
import { entry, episode, freshStorage, T0 } from '$lib/storage/testing';
import { Report } from './report.svelte';

const DAY = 86_400_000;
let report: Report;

beforeEach(async () => {
	await freshStorage();
	report = new Report();
});
afterEach(() => vi.restoreAllMocks());

const older: Episode = {
	...episode('e1', { startedAt: T0, startDay: '2024-05-01' }),
	endDay: '2024-05-05',
	endReason: 'settled'
};
const newer: Episode = episode('e2', { startedAt: T0 + 20 * DAY, startDay: '2024-05-21' });

async function started(chosen: string | null = null): Promise<void> {
	report.start(chosen);
	await vi.waitFor(() => expect(report.loaded).toBe(true));
}

describe('Report', () => {
	it('has no report until there is an episode', async () => {
		await started();
		expect(report.episodes).toEqual([]);
		expect(report.chosen).toBeNull();
		expect(report.report).toBeNull();
	});

	it('lists episodes newest first and reports on the newest unless another is asked for', async () => {
		await episodes.put(older);
		await episodes.put(newer);
		await journal.put(entry('2024-05-02', { pain: 7 }));
		await started();
		expect(report.episodes.map((e) => e.id)).toEqual(['e2', 'e1']);
		expect(report.chosen?.id).toBe('e2');

		report.start('e1');
		expect(report.chosen?.id).toBe('e1');
		expect(report.report?.until).toBe('2024-05-05');
		expect(report.report?.days.find((d) => d.date === '2024-05-02')?.entry?.pain).toBe(7);

		// An episode no longer there (a link kept from before an erase): the newest instead.
		report.start('gone');
		expect(report.chosen?.id).toBe('e2');
	});

	it('reads again when episodes, check-ins or sessions change, and not for other stores', async () => {
		await episodes.put(older);
		await started('e1');
		const reads = vi.spyOn(episodes, 'all');
		await journal.put(entry('2024-05-03', { pain: 2 }));
		await vi.waitFor(() =>
			expect(report.report?.days.find((d) => d.date === '2024-05-03')?.entry?.pain).toBe(2)
		);
		await episodes.put(newer);
		await vi.waitFor(() => expect(report.episodes).toHaveLength(2));
		notifyChange({ store: 'routines', op: 'put', key: 'r1' });
		notifyChange({ store: 'settings', op: 'put', key: 'pref.voice' });
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(reads).toHaveBeenCalledTimes(2);
	});

	it('reads once however often the page starts it', async () => {
		const reads = vi.spyOn(episodes, 'all');
		await started();
		report.start(null);
		report.start('x');
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(reads).toHaveBeenCalledOnce();
	});

	it('keeps the newer of two reads when the older one answers last', async () => {
		await episodes.put(older);
		await started();
		const all = episodes.all;
		let letGo: () => void = () => {};
		const held = new Promise<void>((resolve) => (letGo = resolve));
		let read = false;
		vi.spyOn(episodes, 'all').mockImplementationOnce(async () => {
			const found = await all();
			read = true;
			await held;
			return found;
		});
		const slow = report.load();
		await vi.waitFor(() => expect(read).toBe(true));
		await episodes.put(newer);
		await report.load();
		letGo();
		await slow;
		expect(report.episodes.map((e) => e.id)).toEqual(['e2', 'e1']);
	});
});

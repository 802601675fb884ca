// Today's cards stay current: read again after a write to one of their stores from any tab (and
// not after others), when midnight passes while the page stays open (looked at each minute), and
// at once when the page is shown again on a new day; stopping leaves nothing listening.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '$lib/core/days';
import { notifyChange } from '$lib/storage/broadcast';
import { freshStorage } from '$lib/storage/testing';
import { followToday } from './follow-today';
import { CountingTarget } from './testing.svelte';

/** 10 May 2024, 23:58 local time. */
const LATE = new Date(2024, 4, 10, 23, 58).getTime();
const MIN = 60_000;

class Page extends CountingTarget {
	visibilityState: DocumentVisibilityState = 'visible';
	show(state: DocumentVisibilityState): void {
		this.visibilityState = state;
		this.fire('visibilitychange');
	}
}

let page: Page;
let day: string;
const load = vi.fn(async () => {
	day = localDay(Date.now());
});
let stop: () => void;

beforeEach(async () => {
	await freshStorage();
	vi.useFakeTimers({ now: LATE, toFake: ['Date', 'setInterval', 'clearInterval'] });
	page = new Page();
	vi.stubGlobal('document', page);
	day = localDay(LATE);
	load.mockClear();
	stop = followToday(['journal', 'sessions'], () => day, load);
});
afterEach(() => {
	stop();
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('followToday', () => {
	it('reads again after a write to a store it follows, and not after others', () => {
		notifyChange({ store: 'journal', op: 'put', key: '2024-05-10' });
		notifyChange({ store: 'sessions', op: 'delete', key: 's1' });
		notifyChange({ store: 'routines', op: 'put', key: 'r1' });
		notifyChange({ store: 'settings', op: 'import' });
		expect(load).toHaveBeenCalledTimes(2);
	});

	it('reads again once midnight has passed while the page stays open', () => {
		vi.advanceTimersByTime(MIN);
		expect(load).not.toHaveBeenCalled();
		vi.advanceTimersByTime(MIN);
		expect(load).toHaveBeenCalledOnce();
		vi.advanceTimersByTime(10 * MIN);
		expect(load).toHaveBeenCalledOnce();
	});

	it('reads at once when shown again on a new day, and only then', () => {
		page.show('visible');
		expect(load).not.toHaveBeenCalled();
		vi.setSystemTime(LATE + 8 * 60 * MIN);
		page.show('hidden');
		expect(load).not.toHaveBeenCalled();
		page.show('visible');
		expect(load).toHaveBeenCalledOnce();
	});

	it('leaves nothing listening once stopped', () => {
		expect(page.listeners()).toBe(1);
		stop();
		expect(page.listeners()).toBe(0);
		vi.advanceTimersByTime(60 * MIN);
		notifyChange({ store: 'journal', op: 'put', key: '2024-05-11' });
		expect(load).not.toHaveBeenCalled();
		expect(vi.getTimerCount()).toBe(0);
	});
});

// Keeping the records safe on this device, for Settings: asking the browser not to evict them
// (and saying what it answered), then the space used and whether it is protected.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshStorage } from '$lib/storage/testing';
import { persistence } from './persistence.svelte';

function fakeStorage(grant: boolean) {
	let persisted = false;
	const storage = {
		persist: vi.fn(async () => (persisted = grant)),
		persisted: vi.fn(async () => persisted),
		estimate: vi.fn(async () => ({ usage: 1_234, quota: 5_000_000 }))
	};
	vi.stubGlobal('navigator', { storage });
	return storage;
}

beforeEach(async () => {
	await freshStorage();
	persistence.outcome = null;
	persistence.estimate = null;
});
afterEach(() => vi.unstubAllGlobals());

describe('persistence', () => {
	it('asks the browser to keep the data, then shows its answer and the space used', async () => {
		fakeStorage(true);
		expect(await persistence.ask()).toBe('persisted');
		expect(persistence.outcome).toBe('persisted');
		expect(persistence.estimate).toEqual({ usage: 1_234, quota: 5_000_000, persisted: true });
	});

	it('says so when the browser declines, and does not ask again', async () => {
		const storage = fakeStorage(false);
		expect(await persistence.ask()).toBe('denied');
		expect(await persistence.ask()).toBe('denied');
		expect(storage.persist).toHaveBeenCalledOnce();
		expect(persistence.estimate?.persisted).toBe(false);
	});

	it('reads the space used without asking anything', async () => {
		const storage = fakeStorage(true);
		await persistence.refresh();
		expect(persistence.estimate).toEqual({ usage: 1_234, quota: 5_000_000, persisted: false });
		expect(persistence.outcome).toBeNull();
		expect(storage.persist).not.toHaveBeenCalled();
	});

	it('says unknown where the browser cannot say', async () => {
		vi.stubGlobal('navigator', {});
		expect(await persistence.ask()).toBe('unsupported');
		expect(persistence.estimate).toEqual({ usage: null, quota: null, persisted: null });
	});
});

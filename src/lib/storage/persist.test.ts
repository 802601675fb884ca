// Asking for persistent storage once, and reading the estimate, with and without browser support.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PERSIST_ASKED_KEY, requestPersistence, storageEstimate } from './persist';
import { getSetting } from './settings';
import { freshStorage } from './testing';

beforeEach(freshStorage);
afterEach(() => {
	vi.unstubAllGlobals();
});

function fakeStorage(grant: boolean) {
	let persisted = false;
	const storage = {
		persist: vi.fn(async () => {
			persisted = grant;
			return grant;
		}),
		persisted: vi.fn(async () => persisted),
		estimate: vi.fn(async () => ({ usage: 1_234, quota: 5_000_000 }))
	};
	vi.stubGlobal('navigator', { storage });
	return storage;
}

describe('requestPersistence', () => {
	it('asks the browser only once, and remembers it asked', async () => {
		const storage = fakeStorage(false);
		expect(await requestPersistence()).toBe('denied');
		expect(await requestPersistence()).toBe('denied');
		expect(storage.persist).toHaveBeenCalledTimes(1);
		expect(await getSetting(PERSIST_ASKED_KEY, 0)).toBeGreaterThan(0);
	});

	it('asks once even when called twice at the same time', async () => {
		const storage = fakeStorage(true);
		const [a, b] = await Promise.all([requestPersistence(), requestPersistence()]);
		expect([a, b]).toEqual(['persisted', 'persisted']);
		expect(storage.persist).toHaveBeenCalledTimes(1);
	});

	it('does not ask when storage is already persistent', async () => {
		const storage = fakeStorage(true);
		storage.persisted.mockResolvedValue(true);
		expect(await requestPersistence()).toBe('persisted');
		expect(storage.persist).not.toHaveBeenCalled();
	});

	it('reports "unsupported" without the StorageManager API', async () => {
		vi.stubGlobal('navigator', {});
		expect(await requestPersistence()).toBe('unsupported');
		vi.stubGlobal('navigator', undefined);
		expect(await requestPersistence()).toBe('unsupported');
	});
});

describe('storageEstimate', () => {
	it('reports usage, quota and persistence', async () => {
		fakeStorage(true);
		expect(await storageEstimate()).toEqual({ usage: 1_234, quota: 5_000_000, persisted: false });
	});

	it('reports unknowns as null without the API', async () => {
		vi.stubGlobal('navigator', {});
		expect(await storageEstimate()).toEqual({ usage: null, quota: null, persisted: null });
	});
});

// Asking the browser to keep Limber's data once there is something worth keeping: the first
// session or check-in saved in this tab (or a restore bringing them), never a write in another
// tab, a deletion, other records, or a write that only reached memory; listening once however
// often the shell starts it.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataChange } from '$lib/storage/broadcast';
import { persistence } from './persistence.svelte';

const ask = vi.spyOn(persistence, 'ask').mockResolvedValue('persisted');

const env = vi.hoisted(() => ({ browser: true, building: false, dev: false, version: 't' }));
vi.mock('$app/environment', () => env);

let notifyChange: (change: DataChange, crossTab?: boolean) => void;
let setStorageStatus: typeof import('$lib/storage/status').setStorageStatus;

beforeAll(async () => {
	// One page, started by the shell twice: the listener must be there once.
	const { freshStorage } = await import('$lib/storage/testing');
	await freshStorage();
	({ notifyChange } = await import('$lib/storage/broadcast'));
	({ setStorageStatus } = await import('$lib/storage/status'));
	const { keepDataOnFirstSave } = await import('./keep-data');
	keepDataOnFirstSave();
	keepDataOnFirstSave();
});
beforeEach(() => {
	ask.mockClear();
	setStorageStatus({ persistent: true });
});

/** Lets the persistence code load and ask. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('keepDataOnFirstSave', () => {
	it('asks once a session or a check-in is saved here, or a restore brings some', async () => {
		const worthKeeping: DataChange[] = [
			{ store: 'sessions', op: 'put', key: 's1' },
			{ store: 'journal', op: 'put', key: '2024-05-01' },
			{ store: 'sessions', op: 'import' },
			{ store: 'journal', op: 'import' }
		];
		for (const [i, change] of worthKeeping.entries()) {
			notifyChange(change);
			await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(i + 1));
		}
	});

	it('does not ask for deletions, for other records, or for what another tab wrote', async () => {
		notifyChange({ store: 'sessions', op: 'delete', key: 's1' });
		notifyChange({ store: 'journal', op: 'clear' });
		notifyChange({ store: 'routines', op: 'put', key: 'r1' });
		notifyChange({ store: 'settings', op: 'import' });
		const tab = new BroadcastChannel('limber-data');
		tab.postMessage({ store: 'sessions', op: 'put', key: 's2' });
		tab.close();
		await settled();
		expect(ask).not.toHaveBeenCalled();
	});

	it('does not ask while what is saved lives only in memory', async () => {
		setStorageStatus({ persistent: false, reason: 'unavailable' });
		notifyChange({ store: 'sessions', op: 'put', key: 's1' }, false);
		await settled();
		expect(ask).not.toHaveBeenCalled();
	});
});

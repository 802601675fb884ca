// Ending a session: the record and the running timeline change together or not at all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession, getActive, reopenSession, saveActive } from './active';
import * as sessions from './sessions';
import { getStorageStatus } from './status';
import { freshStorage, session, timeline } from './testing';

beforeEach(freshStorage);
afterEach(() => vi.restoreAllMocks());

describe('endSession', () => {
	it('stores the record and clears the running timeline in one go', async () => {
		await saveActive(timeline('s00001'));
		const result = await endSession(session(1));
		expect(result.ok && result.value.persisted).toBe(true);
		expect(await sessions.get('s00001')).toEqual(session(1));
		expect(await getActive('s00001')).toBeUndefined();
	});

	it('when the database refuses the write, changes neither and stays on the disk', async () => {
		await saveActive(timeline('s00001'));
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const result = await endSession(session(1));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.code).toBe('quota');
		put.mockRestore();
		// Not swapped for memory: the next try reaches the disk.
		expect(getStorageStatus().persistent).toBe(true);
		expect(await sessions.get('s00001')).toBeUndefined();
		expect(await getActive('s00001')).toBeDefined();
		const again = await endSession(session(1));
		expect(again.ok && again.value.persisted).toBe(true);
		expect(await getActive('s00001')).toBeUndefined();
	});

	it('refuses a record that fails validation, with a reason, and changes nothing', async () => {
		await saveActive(timeline('s00001'));
		const result = await endSession(session(1, { plannedMs: 1e12 }));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.code).toBe('invalid');
		expect(await getActive('s00001')).toBeDefined();
	});

	it('keeps ratings and a note another tab already stored, and the timeline’s rating', async () => {
		await sessions.put(session(1, { painBefore: undefined, painAfter: 3, note: 'better' }));
		const { painBefore: _b, painAfter: _a, ...bare } = session(1);
		const first = await endSession(bare);
		expect(first.ok && first.value.record).toMatchObject({ painAfter: 3, note: 'better' });

		await saveActive(timeline('s00002', { painBefore: 7 }));
		const { painBefore: _c, painAfter: _d, ...second } = session(2);
		const ended = await endSession(second);
		expect(ended.ok && ended.value.record.painBefore).toBe(7);
		expect((await sessions.get('s00002'))?.painBefore).toBe(7);
	});
});

describe('reopenSession', () => {
	it('takes the record back and the timeline returns, together', async () => {
		await saveActive(timeline('s00001'));
		await endSession(session(1));
		expect((await reopenSession(timeline('s00001'))).ok).toBe(true);
		expect(await sessions.get('s00001')).toBeUndefined();
		expect(await getActive('s00001')).toEqual(timeline('s00001'));
	});
});

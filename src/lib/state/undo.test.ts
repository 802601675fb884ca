import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type Result } from '$lib/core/result';
import { StorageError, type WriteResult } from '$lib/storage/errors';
import { resetStorageStatus, setStorageStatus, statusFor } from '$lib/storage/status';
import { UNDO_MS, UndoDelete } from './undo.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
	vi.useRealTimers();
	resetStorageStatus();
});

const ON_DISK: WriteResult = { ok: true, persisted: true };
const IN_MEMORY: WriteResult = { ok: true, persisted: false };

function make(outcome: Result<unknown> = ok(), removal: WriteResult[] = []) {
	const restored: string[] = [];
	const removed: string[] = [];
	const undo = new UndoDelete<string>(
		'routine',
		async (item) => {
			removed.push(item);
			return removal.shift() ?? ON_DISK;
		},
		async (item) => {
			if (outcome.ok) restored.push(item);
			return outcome;
		}
	);
	return { undo, restored, removed };
}

describe('UndoDelete', () => {
	it('offers the deleted item for UNDO_MS, then lets it go', () => {
		const { undo } = make();
		undo.offer('Morning stretch');
		vi.advanceTimersByTime(UNDO_MS - 1);
		expect(undo.item).toBe('Morning stretch');
		vi.advanceTimersByTime(1);
		expect(undo.item).toBeNull();
	});

	it('waits while held and starts the full wait afresh when resumed', () => {
		const { undo } = make();
		undo.offer('Ice 20');
		vi.advanceTimersByTime(UNDO_MS - 100);
		undo.hold();
		vi.advanceTimersByTime(10 * UNDO_MS);
		expect(undo.item).toBe('Ice 20');
		undo.resume();
		vi.advanceTimersByTime(UNDO_MS - 1);
		expect(undo.item).toBe('Ice 20');
		vi.advanceTimersByTime(1);
		expect(undo.item).toBeNull();
	});

	it('puts the item back and clears the offer', async () => {
		const { undo, restored } = make();
		undo.offer('Session');
		expect(await undo.undo()).toBe(true);
		expect(restored).toEqual(['Session']);
		expect(undo.item).toBeNull();
	});

	it('keeps the offer and says why when putting back fails, until dismissed', async () => {
		const { undo } = make(fail('The device is full.'));
		undo.offer('Session');
		expect(await undo.undo()).toBe(false);
		expect(undo.error).toBe('The device is full.');
		vi.advanceTimersByTime(10 * UNDO_MS);
		expect(undo.item).toBe('Session');
		undo.dismiss();
		expect(undo.item).toBeNull();
		expect(undo.error).toBe('');
	});

	it('a newer delete replaces the older offer and its countdown', () => {
		const { undo } = make();
		undo.offer('first');
		vi.advanceTimersByTime(UNDO_MS - 10);
		undo.offer('second');
		vi.advanceTimersByTime(UNDO_MS - 1);
		expect(undo.item).toBe('second');
	});

	it('does nothing when there is nothing to undo', async () => {
		const { undo, restored } = make();
		expect(await undo.undo()).toBe(false);
		expect(restored).toEqual([]);
	});

	it('offers Undo only for a delete that reached the disk', async () => {
		const { undo, removed } = make();
		expect(await undo.delete('Morning stretch')).toEqual(ok());
		expect(removed).toEqual(['Morning stretch']);
		expect(undo.item).toBe('Morning stretch');
		expect(undo.held).toBeNull();
	});

	it('a delete held only in memory offers no Undo, says why, and Try again deletes it', async () => {
		setStorageStatus(statusFor('quota'));
		const { undo, removed } = make(ok(), [IN_MEMORY, ON_DISK]);
		expect(await undo.delete('Morning stretch')).toEqual(ok());
		expect(undo.item).toBeNull();
		expect(undo.held?.item).toBe('Morning stretch');
		expect(undo.held?.message).toMatch(
			/out of storage space, so this routine isn't deleted from this device: Limber hides it only until you close the app/
		);
		vi.advanceTimersByTime(10 * UNDO_MS);
		expect(undo.held).not.toBeNull();
		await undo.retry();
		expect(removed).toEqual(['Morning stretch', 'Morning stretch']);
		expect(undo.held).toBeNull();
		expect(undo.item).toBe('Morning stretch');
	});

	it('a refused delete deletes nothing and offers nothing', async () => {
		const refused: WriteResult = {
			ok: false,
			error: new StorageError('failed', { code: 'refused', problem: 'error', thing: 'session' })
		};
		const { undo } = make(ok(), [refused]);
		expect(await undo.delete('Ice 20')).toEqual(
			fail("Limber couldn't save this session. Please try again.")
		);
		expect(undo.item).toBeNull();
		expect(undo.held).toBeNull();
	});
});

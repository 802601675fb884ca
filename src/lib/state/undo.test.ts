import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type Result } from '$lib/core/result';
import { UNDO_MS, UndoDelete } from './undo.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function make(outcome: Result<unknown> = ok()) {
	const restored: string[] = [];
	const undo = new UndoDelete<string>(async (item) => {
		if (outcome.ok) restored.push(item);
		return outcome;
	});
	return { undo, restored };
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
});

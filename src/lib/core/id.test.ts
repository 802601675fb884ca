import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from './id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('gives distinct UUIDs', () => {
		const ids = new Set(Array.from({ length: 100 }, newId));
		expect(ids.size).toBe(100);
		for (const id of ids) expect(id).toMatch(UUID);
	});

	it('still works where randomUUID is missing (plain http)', () => {
		vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array) => b.fill(0xab) });
		expect(newId()).toMatch(UUID);
		vi.stubGlobal('crypto', undefined);
		expect(newId()).toMatch(UUID);
		expect(newId()).not.toBe(newId());
	});
});

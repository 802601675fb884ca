import { describe, expect, it } from 'vitest';
import { isLyingDownOnly } from './flare';

describe('isLyingDownOnly', () => {
	it('accepts lying on the back, on the front, or both', () => {
		expect(isLyingDownOnly(['lying-back'])).toBe(true);
		expect(isLyingDownOnly(['lying-front'])).toBe(true);
		expect(isLyingDownOnly(['lying-back', 'lying-front'])).toBe(true);
	});

	it('rejects any kneeling, sitting or standing part', () => {
		expect(isLyingDownOnly(['kneeling', 'lying-back'])).toBe(false);
		expect(isLyingDownOnly(['lying-back', 'sitting'])).toBe(false);
		expect(isLyingDownOnly(['standing'])).toBe(false);
	});

	it('rejects a routine with no known position', () => {
		expect(isLyingDownOnly([])).toBe(false);
	});
});

import { describe, expect, it } from 'vitest';
import { moveItem } from './list';

describe('moveItem', () => {
	it('moves an item up or down', () => {
		expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
		expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
	});

	it('clamps a target past either end and ignores an unknown item', () => {
		expect(moveItem(['a', 'b', 'c'], 1, -4)).toEqual(['b', 'a', 'c']);
		expect(moveItem(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
		expect(moveItem(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
	});

	it('leaves the original list alone', () => {
		const items = ['a', 'b'];
		moveItem(items, 0, 1);
		expect(items).toEqual(['a', 'b']);
	});
});

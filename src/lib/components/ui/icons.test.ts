import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconNames } from './Icon.svelte';

describe('icon sprite', () => {
	const sprite = readFileSync(new URL('../../../../static/icons.svg', import.meta.url), 'utf8');

	it('has a drawing for every icon name the app can ask for', () => {
		for (const name of iconNames) expect(sprite).toContain(`<symbol id="${name}"`);
	});
});

// What Today knows of the episodes, set by the modules that load on demand: nothing open, ended
// or noted until they find one, and every change shown on screen at once.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { episode } from '$lib/storage/testing';
import { openEpisode } from './open-episode.svelte';
import { show } from './testing.svelte';

describe('openEpisode', () => {
	it('holds nothing until found, and shows each change at once', () => {
		const card = show(() => [openEpisode.current?.id, openEpisode.ended?.id, openEpisode.helped]);
		expect(card.seen).toEqual([[undefined, undefined, null]]);
		openEpisode.current = episode('e2');
		flushSync();
		openEpisode.ended = episode('e1', { endDay: '2024-05-09' });
		flushSync();
		openEpisode.helped = 'Heat, then a short walk';
		flushSync();
		expect(card.seen).toEqual([
			[undefined, undefined, null],
			['e2', undefined, null],
			['e2', 'e1', null],
			['e2', 'e1', 'Heat, then a short walk']
		]);
		card.stop();
	});
});

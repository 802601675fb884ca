// The episode plan points only at routines, timers and guide pages that exist, and every item
// has its words.
import { describe, expect, it } from 'vitest';
import type { PlanItemSpec } from '$lib/core/episode';
import { EPISODE_PLAN, PLAN_TEXT } from './episode-plan';
import { guideTopicBySlug } from './guide';
import { programById } from './programs';
import { routineById } from './routines';

const specs: PlanItemSpec[] = [
	...Object.values(EPISODE_PLAN.stages).flat(),
	EPISODE_PLAN.heat,
	EPISODE_PLAN.gentlerThan('spasm-relief'),
	EPISODE_PLAN.gentlerThan('in-bed')
];

describe('the episode plan', () => {
	it.each(specs.map((s) => [s.key, s] as const))(
		'%s leads somewhere real and has words',
		(key, spec) => {
			const t = spec.target;
			if (t.type === 'routine') expect(routineById(t.id), t.id).toBeDefined();
			if (t.type === 'program') expect(programById(t.id), t.id).toBeDefined();
			if (t.type === 'guide') expect(guideTopicBySlug(t.slug), t.slug).toBeDefined();
			if (spec.tick.type === 'session') {
				for (const id of spec.tick.sourceIds)
					expect(routineById(id) ?? programById(id), id).toBeDefined();
			}
			expect(PLAN_TEXT[key]?.title).toBeTruthy();
		}
	);

	it('starts with getting into a resting position, not a kneeling stretch', () => {
		const first = EPISODE_PLAN.stages['first-hours'][0];
		expect(first?.target).toEqual({ type: 'routine', id: 'first-hours' });
	});
});

// The episode plan points only at routines, timers and guide pages that exist, and every item
// has its words in every language (messages/episode, by the item's key).
import { describe, expect, it } from 'vitest';
import { itemWords } from '$lib/components/today/plan-words';
import type { PlanItemSpec } from '$lib/core/episode';
import { LANGS } from '$lib/core/lang';
import { care } from '$lib/messages/care';
import { episode } from '$lib/messages/episode';
import { EPISODE_PLAN, WATER_GLASSES } from './episode-plan';
import { guideTopicBySlug } from './guide';
import { programById } from './programs';
import { routineById } from './routines';
import { FIRST_WALK, WALK_LADDER } from './walks';

await Promise.all(LANGS.flatMap((lang) => [episode.load(lang), care.load(lang)]));
const words = (lang: (typeof LANGS)[number], key: string) =>
	itemWords(episode.get(lang), care.get(lang), key);

const specs: PlanItemSpec[] = [
	...Object.values(EPISODE_PLAN.stages).flat(),
	EPISODE_PLAN.heat,
	...EPISODE_PLAN.walks,
	...EPISODE_PLAN.gentler,
	EPISODE_PLAN.noGentler
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
			for (const lang of LANGS) {
				const w = words(lang, key);
				expect(w?.title, `${lang} ${key}`).toBeTruthy();
				expect(w?.text, `${lang} ${key}`).toBeTruthy();
				expect(w?.action, `${lang} ${key}`).toBeTruthy();
			}
		}
	);

	it("walks the ladder's steps, in its order, each ticked by any walk of the ladder", () => {
		expect(EPISODE_PLAN.walks.map((w) => w.target)).toEqual(WALK_LADDER.map((w) => w.target));
		const ids = WALK_LADDER.map((w) => w.target.id);
		for (const w of EPISODE_PLAN.walks) {
			expect(w.role, w.key).toBe('walk');
			expect(w.tick).toEqual({ type: 'session', sourceIds: ids });
		}
	});

	it('lists the first step of the ladder wherever a stage has a walk, and no other walk', () => {
		const first = EPISODE_PLAN.walks[0];
		expect(first?.target).toEqual(FIRST_WALK.target);
		for (const [stage, items] of Object.entries(EPISODE_PLAN.stages)) {
			const walks = items.filter((i) => i.role === 'walk');
			if (stage !== 'settling') expect(walks, stage).toHaveLength(1);
			for (const w of walks) expect(w, stage).toEqual(first);
			// Nothing else in the plan starts one of the ladder's walks.
			for (const i of items.filter((i) => i.role !== 'walk'))
				if ('id' in i.target)
					expect(WALK_LADDER.map((w) => w.target.id)).not.toContain(i.target.id);
		}
	});

	it.each(WALK_LADDER.map((w, i) => [w.minutes, EPISODE_PLAN.walks[i]!] as const))(
		'says the real length of the %i-minute walk on the item and its button',
		(minutes, spec) => {
			const en = words('en', spec.key)!;
			expect(en.title).toContain(`${minutes} minutes`);
			expect(en.action).toBe(`Start a ${minutes}-minute walk`);
			for (const lang of LANGS) {
				const w = words(lang, spec.key)!;
				expect(w.title, lang).toContain(String(minutes));
				expect(w.action, lang).toContain(String(minutes));
				const all = `${w.title} ${w.text} ${w.action}`;
				const lengths = [...all.matchAll(/(\d+)/g)].map((m) => Number(m[1]));
				for (const n of lengths)
					expect(
						WALK_LADDER.map((w) => w.minutes),
						lang
					).toContain(n);
			}
		}
	);

	it('offers gentler routines that are built-in routines on the movement list', () => {
		for (const spec of EPISODE_PLAN.gentler) {
			expect(spec.target.type).toBe('routine');
			if (spec.target.type === 'routine') expect(EPISODE_PLAN.movement).toContain(spec.target.id);
		}
	});

	it('offers heat on days 2–3 only when cold has not helped, not beside cold', () => {
		const keys = EPISODE_PLAN.stages['early-days'].map((s) => s.key);
		expect(keys).toContain('cold');
		expect(keys).not.toContain('heat');
	});

	it('never calls the glasses that tick the water item "more than usual"', () => {
		const fluids = words('en', 'fluids');
		expect(fluids?.text).toContain(`${WATER_GLASSES} glasses`);
		expect(`${fluids?.title} ${fluids?.text}`).not.toMatch(
			new RegExp(`${WATER_GLASSES}[^.]*more than usual|more than usual[^.]*${WATER_GLASSES}`)
		);
	});

	it('starts with getting into a resting position, not a kneeling stretch', () => {
		const first = EPISODE_PLAN.stages['first-hours'][0];
		expect(first?.target).toEqual({ type: 'routine', id: 'first-hours' });
	});
});

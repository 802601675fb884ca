// The episode plan points only at routines, timers and guide pages that exist, and every item
// has its words.
import { describe, expect, it } from 'vitest';
import type { PlanItemSpec } from '$lib/core/episode';
import type { Course } from '$lib/core/episode-course';
import {
	easingText,
	EPISODE_PLAN,
	PLAN_TEXT,
	reasonText,
	stageText,
	WATER_GLASSES
} from './episode-plan';
import { guideTopicBySlug } from './guide';
import { programById } from './programs';
import { routineById } from './routines';
import { FIRST_WALK, WALK_LADDER } from './walks';

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
			expect(PLAN_TEXT[key]?.title).toBeTruthy();
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
			const words = PLAN_TEXT[spec.key]!;
			expect(words.title).toContain(`${minutes} minutes`);
			expect(words.action).toBe(`Start a ${minutes}-minute walk`);
			const all = `${words.title} ${words.text} ${words.action}`;
			const lengths = [...all.matchAll(/(\d+)[- ]minute/g)].map((m) => Number(m[1]));
			for (const n of lengths) expect(WALK_LADDER.map((w) => w.minutes)).toContain(n);
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
		const words = PLAN_TEXT.fluids;
		expect(`${words?.title} ${words?.text}`).not.toMatch(
			new RegExp(`${WATER_GLASSES}[^.]*more than usual|more than usual[^.]*${WATER_GLASSES}`)
		);
	});

	it('starts with getting into a resting position, not a kneeling stretch', () => {
		const first = EPISODE_PLAN.stages['first-hours'][0];
		expect(first?.target).toEqual({ type: 'routine', id: 'first-hours' });
	});
});

describe('what the card says', () => {
	const course = (over: Partial<Course>): Course => ({
		firstDay: '2024-05-13',
		day: 5,
		latest: null,
		spasmsStoppedOn: null,
		painFalling: null,
		easing: false,
		lookAt: null,
		...over
	});
	const names: Record<string, string> = { '2024-05-13': 'Monday', '2024-05-15': 'Wednesday' };
	const dayName = (day: string) => names[day] ?? 'today';

	it.each([
		[
			course({ painFalling: { from: 7, to: 4, since: '2024-05-13' } }),
			'Easing: pain 7 → 4 since Monday.'
		],
		[
			course({
				painFalling: { from: 7, to: 4, since: '2024-05-13' },
				spasmsStoppedOn: '2024-05-15'
			}),
			'Easing: pain 7 → 4 since Monday; no spasms logged since Wednesday.'
		],
		[course({ spasmsStoppedOn: '2024-05-17' }), 'Easing: no spasms logged today.'],
		// Not easing: the facts without the word.
		[
			course({ painFalling: { from: 7, to: 4, since: '2024-05-13' }, lookAt: 'spasms' }),
			'Pain 7 → 4 since Monday.'
		],
		[course({ lookAt: 'pain' }), null]
	])('%#: %s', (c, text) => {
		expect(easingText(c, dayName)).toBe(text);
	});

	it('says why it is time to have it looked at, and never while easing', () => {
		expect(stageText('not-easing', course({ lookAt: 'spasms' }))).toMatch(/spasms have gone on/);
		expect(stageText('not-easing', course({ lookAt: 'pain' }))).toMatch(/pain easing/);
		expect(stageText('easing', course({}))).not.toMatch(/looked at|more than three days/);
	});

	it('words every reason', () => {
		expect(reasonText({ reason: 'heat-helped', change: { before: 5, after: 3 } })).toBe(
			'Heat eased the pain last time (5, then 3 out of 10).'
		);
		expect(reasonText({ reason: 'pain-higher-after', after: 'In bed' })).toMatch(/gentler/);
		expect(reasonText({ reason: 'no-gentler', after: 'Breathe and let go' })).toMatch(
			/warning signs/
		);
	});
});

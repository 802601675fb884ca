// The exercise pictures: one for every exercise, as drawn by the pose definitions, each figure
// filling its frame (each frame of a movement on its own), two-frame pictures still unless
// played, lines readable on light and dark.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../src/lib/content/exercises';
import { FLOOR, FRAME, L, PALETTE } from './lib.mjs';
import { BED, KNEEL_CHAIR, LOG_BED, SEAT, pictures } from './poses.mjs';

const staticRoot = fileURLToPath(new URL('../../static', import.meta.url));
const drawn = pictures();

type Box = { x: number; y: number; w: number; h: number };

/** The figure's extent over the whole movement: every frame's figure together. */
function extent(boxes: Box[]): Box {
	const x = Math.min(...boxes.map((b) => b.x));
	const y = Math.min(...boxes.map((b) => b.y));
	const w = Math.max(...boxes.map((b) => b.x + b.w)) - x;
	const h = Math.max(...boxes.map((b) => b.y + b.h)) - y;
	return { x, y, w, h };
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const v = parseInt(hex.slice(i, i + 2), 16) / 255;
			return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('exercise pictures', () => {
	it.each(exercises.map((e) => [e.id, e.illustration] as const))(
		'%s points at a picture that exists and is drawn by the pose definitions',
		(id, illustration) => {
			expect(illustration).toBe(`/exercises/${id}.svg`);
			expect(existsSync(`${staticRoot}${illustration}`), illustration).toBe(true);
			expect(drawn.map((p) => p.id)).toContain(id);
		}
	);

	it('has no picture file that the pose definitions do not draw', () => {
		const files = readdirSync(`${staticRoot}/exercises`).filter((f) => f.endsWith('.svg'));
		expect(files.sort()).toEqual(drawn.map((p) => `${p.id}.svg`).sort());
	});

	it.each(drawn.map((p) => [p.id, p] as const))(
		'%s.svg is what the pose definitions draw now',
		(id, p) => {
			// Run `node tools/illustrations/poses.mjs` after changing a pose.
			expect(readFileSync(`${staticRoot}/exercises/${id}.svg`, 'utf8')).toBe(p.svg);
		}
	);

	/** How much of the frame a figure spans: across, or top to bottom when it stands upright. */
	const fill = (fig: Box, vb: Box) => {
		const upright = fig.h / fig.w > FRAME.h / FRAME.w;
		return upright ? fig.h / vb.h : fig.w / vb.w;
	};
	const inside = (fig: Box, vb: Box) => {
		expect(fig.x).toBeGreaterThanOrEqual(vb.x);
		expect(fig.y).toBeGreaterThanOrEqual(vb.y);
		expect(fig.x + fig.w).toBeLessThanOrEqual(vb.x + vb.w);
		expect(fig.y + fig.h).toBeLessThanOrEqual(vb.y + vb.h);
	};

	it.each(drawn.map((p) => [p.id, p] as const))(
		'%s: the figure fills at least 70 % of its frame across (or top to bottom, upright)',
		(_id, p) => {
			const vb = p.viewBox;
			// The frame keeps the proportions the pages reserve, so nothing is letterboxed.
			expect(vb.w / vb.h).toBeCloseTo(FRAME.w / FRAME.h, 2);
			const fig = extent(p.figures);
			inside(fig, vb);
			expect(fill(fig, vb)).toBeGreaterThanOrEqual(0.7);
		}
	);

	// A two-frame picture shows one frame at a time, so each frame's figure must fill the frame on
	// its own: the two poses share one area rather than standing side by side.
	it.each(drawn.flatMap((p) => p.figures.map((fig, i) => [p.id, i + 1, fig, p.viewBox] as const)))(
		'%s, frame %i on its own: the figure fills at least 70 % of the frame',
		(_id, _frame, fig, vb) => {
			inside(fig, vb);
			expect(fill(fig, vb)).toBeGreaterThanOrEqual(0.7);
		}
	);

	it('measures the figure, not the props: a chair or bed does not count as the figure', () => {
		const p = drawn.find((d) => d.id === 'rest-legs-on-chair')!;
		const fig = extent(p.figures);
		// The chair stands beyond the feet, so the frame is wider than the figure.
		expect(fig.x + fig.w).toBeLessThan(p.viewBox.x + p.viewBox.w - 10);
	});

	it.each(drawn.filter((p) => p.animated).map((p) => [p.id, p.svg] as const))(
		'%s.svg holds still unless played as #play, and never moves for reduced motion',
		(_id, svg) => {
			expect(svg).toMatch(/^<svg [^>]*id="play"/);
			const style = svg.match(/<style>(.*)<\/style>/)![1]!;
			// Outside the motion query, exactly one frame is hidden and nothing animates.
			const motion = style.match(
				/@media \(prefers-reduced-motion:no-preference\)\{(.*?\}\})(?=@|$)/
			)?.[1];
			expect(motion).toBeDefined();
			expect(motion).toMatch(/:target \.p,:target \.q\{animation:/);
			const outside = style.replace(motion!, '');
			expect(outside).not.toMatch(/animation:/);
			expect([/\.p\{opacity:0\}/.test(outside), /\.q\{opacity:0\}/.test(outside)]).toContain(true);
			expect(/\.p\{opacity:0\}/.test(outside) && /\.q\{opacity:0\}/.test(outside)).toBe(false);
			expect(svg).toMatch(/<g class="p">.*<\/g><g class="q">.*<\/g>/);
		}
	);

	it.each(drawn.filter((p) => !p.animated).map((p) => [p.id, p.svg] as const))(
		'%s.svg, a single frame, carries no animation',
		(_id, svg) => {
			expect(svg).not.toMatch(/animation|@keyframes|id="play"/);
		}
	);

	it.each(['light', 'dark'] as const)('lines stand out from the %s panel', (scheme) => {
		const c = PALETTE[scheme];
		expect(contrast(c.near, c.panel)).toBeGreaterThanOrEqual(4.5);
		for (const role of ['far', 'accent', 'prop', 'floor', 'strap'] as const)
			expect(contrast(c[role], c.panel), role).toBeGreaterThanOrEqual(3);
		// Near and far limbs stay apart from each other, not only from the panel.
		expect(contrast(c.near, c.far)).toBeGreaterThanOrEqual(1.6);
	});

	it.each(drawn.map((p) => [p.id, p.svg] as const))(
		'%s.svg switches to the dark panel with the page',
		(_id, svg) => {
			expect(svg).toContain(`.b{fill:${PALETTE.light.panel}}`);
			expect(svg).toMatch(
				new RegExp(
					`@media \\(prefers-color-scheme:dark\\)\\{[^}]*\\.b\\{fill:${PALETTE.dark.panel}\\}`
				)
			);
		}
	);
});

// The poses drawn as the text says them, checked from each frame's joints (y grows downward).
type Pt = [number, number];
type Limb = { cls: string; pts: Pt[] };
type Joints = { hip: Pt; shoulder: Pt; head: Pt; legs: Limb[]; arms: Limb[] };
const frames = (id: string) => drawn.find((p) => p.id === id)!.joints as Joints[];
/** A segment's angle from the vertical, in degrees (0 upright or hanging, 90 level). */
const fromVertical = (a: Pt, b: Pt) =>
	(Math.atan2(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) * 180) / Math.PI;
const dist = (a: Pt, b: Pt) => Math.hypot(b[0] - a[0], b[1] - a[1]);
/** A joint resting on the floor (or on the mat, its top at 164): its centre about half a limb's
 * width above it. */
const onFloor = (p: Pt) => p[1] >= FLOOR - 1.5 - 10;
const onMat = (p: Pt) => p[1] >= 164 - 10;

describe('exercise pictures match their text', () => {
	it.each(['log-roll-out-of-bed', 'log-roll-into-bed'])(
		'%s: the legs go over the side of the bed, not its foot, and nothing passes through the mattress',
		(id) => {
			const [x0, x1] = LOG_BED;
			frames(id).forEach((j, i) => {
				for (const leg of j.legs)
					for (const p of leg.pts.slice(2)) {
						expect(p[0], `frame ${i + 1}: a foot past the end of the bed`).toBeGreaterThanOrEqual(
							x0
						);
						expect(p[0], `frame ${i + 1}: a foot past the end of the bed`).toBeLessThanOrEqual(x1);
					}
				// Hips, elbows and hands rest on the mattress (a limb's centre line 6 above its top).
				expect(j.hip[1], `frame ${i + 1}: hip`).toBeLessThanOrEqual(BED - 6);
				for (const arm of j.arms)
					for (const p of arm.pts)
						expect(p[1], `frame ${i + 1}: an arm in the mattress`).toBeLessThanOrEqual(BED - 5);
			});
		}
	);

	it.each(['floor-down-in-stages', 'floor-up-in-stages'])(
		'%s: a real half-kneel, one knee on the floor and the front foot flat with its knee at a right angle, hands on the chair',
		(id) => {
			const j = frames(id)[0]!;
			const back = j.legs.find((l) => onFloor(l.pts[1]!));
			expect(back, 'a knee on the floor').toBeDefined();
			const front = j.legs.find((l) => l !== back)!;
			const [hip, knee, ankle] = front.pts as [Pt, Pt, Pt];
			expect(onFloor(knee), 'the front knee is up').toBe(false);
			expect(onFloor(ankle), 'the front foot is flat on the floor').toBe(true);
			expect(fromVertical(knee, ankle), 'front shin about upright').toBeLessThanOrEqual(15);
			expect(fromVertical(hip, knee), 'front thigh about level').toBeGreaterThanOrEqual(65);
			expect(ankle[0], 'the front foot ahead of the back knee').toBeGreaterThan(back!.pts[1]![0]);
			// The back shin lies along the floor behind the kneeling knee.
			expect(onFloor(back!.pts[2]!)).toBe(true);
			for (const arm of j.arms) {
				const hand = arm.pts[2]!;
				expect(hand[0]).toBeGreaterThanOrEqual(KNEEL_CHAIR);
				expect(hand[0]).toBeLessThanOrEqual(KNEEL_CHAIR + 38);
				expect(hand[1]).toBeGreaterThanOrEqual(SEAT - 12);
				expect(hand[1]).toBeLessThanOrEqual(SEAT);
			}
		}
	);

	it('floor-down-in-stages ends on hands and knees; floor-up-in-stages ends standing', () => {
		const down = frames('floor-down-in-stages')[1]!;
		for (const leg of down.legs) expect(onFloor(leg.pts[1]!)).toBe(true);
		for (const arm of down.arms) expect(onFloor(arm.pts[2]!)).toBe(true);
		const up = frames('floor-up-in-stages')[1]!;
		for (const leg of up.legs) {
			expect(onFloor(leg.pts[2]!)).toBe(true);
			// Legs about straight: hip to ankle nearly the leg's full length.
			expect(dist(leg.pts[0]!, leg.pts[2]!)).toBeGreaterThan(0.95 * (L.thigh + L.shin));
		}
	});

	it('bird-dog: one arm reaches forward and the opposite leg straight back at hip height', () => {
		const reaching = frames('bird-dog').filter((j) => j.legs.some((l) => !onMat(l.pts[1]!)));
		expect(reaching.length).toBeGreaterThan(0);
		for (const j of reaching) {
			const leg = j.legs.find((l) => !onMat(l.pts[1]!))!;
			const [hip, , ankle] = leg.pts as [Pt, Pt, Pt];
			// Straight, behind the hip, the foot level with it (not trailing to the floor).
			expect(dist(hip, ankle)).toBeGreaterThan(0.95 * (L.thigh + L.shin));
			expect(ankle[0]).toBeLessThan(hip[0]);
			expect(Math.abs(ankle[1] - hip[1]), 'the raised foot at hip height').toBeLessThanOrEqual(10);
			// The other leg kneels; the raised arm is on the other side of the body (near / far).
			expect(j.legs.filter((l) => onMat(l.pts[1]!))).toHaveLength(1);
			const up = j.arms.filter((a) => !onMat(a.pts[2]!));
			expect(up).toHaveLength(1);
			expect(up[0]!.cls).not.toBe(leg.cls);
			const [shoulder, , hand] = up[0]!.pts as [Pt, Pt, Pt];
			expect(hand[0] - shoulder[0], 'reaching forward').toBeGreaterThan(0.8 * (L.upper + L.fore));
			expect(Math.abs(hand[1] - shoulder[1]), 'about shoulder height').toBeLessThanOrEqual(15);
			// A flat back: the trunk within 20 degrees of level.
			expect(fromVertical(j.hip, j.shoulder)).toBeGreaterThanOrEqual(70);
		}
	});

	it('socks-shoes-sitting: the foot comes up to the hands while the trunk stays upright', () => {
		for (const j of frames('socks-shoes-sitting')) {
			expect(fromVertical(j.hip, j.shoulder), 'trunk lean').toBeLessThanOrEqual(12);
			expect(fromVertical(j.shoulder, j.head), 'head bowed').toBeLessThanOrEqual(30);
			// One foot up at about seat height, the other on the floor, the hands at the raised foot.
			const raised = j.legs.find((l) => l.pts[2]![1] <= j.hip[1] + 12);
			expect(raised, 'a foot brought up').toBeDefined();
			expect(j.legs.filter((l) => onFloor(l.pts[2]!))).toHaveLength(1);
			for (const arm of j.arms) expect(dist(arm.pts[2]!, raised!.pts[2]!)).toBeLessThanOrEqual(16);
		}
	});
});

// The exercise pictures: one for every exercise, as drawn by the pose definitions, each figure
// filling its frame (each frame of a movement on its own), two-frame pictures still unless
// played, lines readable on light and dark.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../src/lib/content/exercises';
import { FRAME, PALETTE } from './lib.mjs';
import { pictures } from './poses.mjs';

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
